import { DETERMINERS, FUNCTION_WORDS, ROLE_WORDS, TITLES } from './tokens';

/**
 * Who a speaker phrase refers to: a pronoun ("he said") becomes the most recent
 * fitting person or group mentioned before it (the subjects of sentences and the
 * speakers of quotations), and a bare surname ("Steele") the full name written
 * earlier in the article ("Michael Steele").
 */
export type PronounKind = 'he' | 'she' | 'they' | 'it';

interface Mention {
  position: number;
  name: string;
  kind: 'person' | 'group' | 'organisation' | 'other';
}

/** Words that make a capitalised phrase an organisation rather than a person. */
const ORGANISATION_WORDS = new Set(
  (
    'committee party agency association campaign department ministry office council union organization organisation foundation ' +
    'institute center centre court congress senate house administration government news times post journal network press service ' +
    'group corp inc co company university church coalition alliance bureau commission board tribune daily reuters cnn ap abc nbc ' +
    'cbs bbc fox msnbc kcna yonhap xinhua tass afp npr pbs club league team council federation assembly parliament cabinet ' +
    'embassy army navy police force forces times guardian telegraph herald gazette review magazine channel radio television tv ' +
    'america states nations'
  ).split(' '),
);

/** Lower-case heads that make "the …" an organisation ("the campaign", "the committee"). */
const GROUP_HEADS = new Set(['campaign', 'committee', 'agency', 'group', 'administration', 'government', 'party', 'ministry', 'department', 'office', 'coalition', 'organization', 'organisation', 'union', 'company', 'court', 'council', 'network', 'newspaper', 'magazine', 'station', 'website', 'association', 'league', 'team']);

const FEMALE_TITLES = /^(?:mrs\.|ms\.|miss|mme\.?|mlle|frau|sra\.|doña|madam|queen|princess|sister|congresswoman|chairwoman|spokeswoman)$/iu;
const MALE_TITLES = /^(?:mr\.|m\.|herr|sr\.|don|king|prince|father|brother|congressman|chairman|spokesman)$/iu;

export function classify(name: string): Mention['kind'] {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 'other';
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!;
  const lowerWords = words.map((word) => word.toLowerCase().replace(/[.,]$/u, ''));
  // "Mr. Trump’s assertions", "Santorum's remarks": about something, not someone.
  if (words.some((word, i) => /['’]s$/u.test(word) && i < words.length - 1 && /^\p{Ll}/u.test(words[i + 1]!))) return 'other';
  if (TITLES.has(first) || ((ROLE_WORDS.has(first) || /^\p{Lu}/u.test(words[0]!)) && words.length > 1 && TITLES.has((words[1] ?? '').toLowerCase()))) return 'person';
  if (lowerWords.some((word) => ORGANISATION_WORDS.has(word))) return 'organisation';
  if (/^\p{Lu}{2,}$/u.test(last)) return 'organisation';
  if (/\p{Ll}s$/u.test(last) && !/['’]s$/u.test(last)) return 'group';
  if (/^(?:the|a|an|le|la|les|der|die|das|el|los|las)$/u.test(first)) {
    if (/^\p{Lu}/u.test(words[1] ?? '')) return 'organisation';
    return GROUP_HEADS.has(last.toLowerCase()) ? 'organisation' : 'other';
  }
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu.test(last)) return 'other';
  if (words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|van|von|der|bin|al|of)$/u.test(word))) return 'person';
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) return 'person';
  return 'other';
}

function fits(mention: Mention, pronoun: PronounKind | 'person'): boolean {
  if (pronoun === 'person') return mention.kind === 'person';
  if (pronoun === 'they') return mention.kind === 'group' || mention.kind === 'organisation';
  if (pronoun === 'it') return mention.kind === 'organisation';
  if (mention.kind !== 'person') return false;
  const first = mention.name.split(/\s+/u)[0] ?? '';
  if (pronoun === 'he' && FEMALE_TITLES.test(first)) return false;
  if (pronoun === 'she' && MALE_TITLES.test(first)) return false;
  return true;
}

/** Role words and the titles a name is written with ("the governor" → Gov. Mike Pence). */
const ROLE_TITLES: Readonly<Record<string, string>> = {
  president: 'President',
  governor: 'Gov\\.|Governor',
  senator: 'Sen\\.|Senator',
  congressman: 'Rep\\.|Representative|Congressman',
  congresswoman: 'Rep\\.|Representative|Congresswoman',
  representative: 'Rep\\.|Representative',
  mayor: 'Mayor',
  sheriff: 'Sheriff',
  chairman: 'Chairman',
  chairwoman: 'Chairwoman',
  speaker: 'Speaker',
  chancellor: 'Chancellor',
  minister: 'Minister',
  general: 'Gen\\.|General',
  judge: 'Judge',
  secretary: 'Secretary',
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MID_SENTENCE_BEFORE = /[\p{Ll}\p{N},;]/u;
const SKIPPED_BEFORE_NAME = new Set([' ', '\n', '\t', '\u00a0', '“', '‘', '"', "'", '(']);

const TRAILING_DATE = /(?:[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Administration))+$/u;

export class SpeakerResolver {
  private readonly mentions: Mention[] = [];
  private readonly firstFullName = new Map<string, { position: number; text: string } | null>();
  private readonly kinds = new Map<string, Mention['kind']>();
  private readonly titled = new Map<string, Array<{ position: number; name: string }>>();
  private readonly nameLike = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** Whether a capitalised word is also written capitalised inside a sentence (a name, not a sentence's first word). */
  isNameLike(word: string): boolean {
    const bare = word.replace(/['’]s$/u, '');
    const cached = this.nameLike.get(bare);
    if (cached !== undefined) return cached;
    let found = false;
    for (let at = this.text.indexOf(bare); at >= 0 && !found; at = this.text.indexOf(bare, at + 1)) {
      const after = this.text[at + bare.length];
      if ((at > 0 && LETTER_OR_DIGIT.test(this.text[at - 1]!)) || (after !== undefined && LETTER_OR_DIGIT.test(after))) continue;
      found = this.isInsideSentence(at);
    }
    this.nameLike.set(bare, found);
    return found;
  }

  /** Whether the word at `at` is preceded by running text (a lower-case word, a comma, a title, another name inside the sentence). */
  private isInsideSentence(at: number, depth = 0): boolean {
    let k = at - 1;
    while (k >= 0 && SKIPPED_BEFORE_NAME.has(this.text[k]!)) k--;
    if (k < 0) return false;
    const before = this.text[k]!;
    if (MID_SENTENCE_BEFORE.test(before)) return true;
    const wordStart = Math.max(this.text.lastIndexOf(' ', k), this.text.lastIndexOf('\n', k)) + 1;
    const previous = this.text.slice(wordStart, k + 1);
    // After a title or an initial ("Gov. Chris Christie", "Michael J. Fox"), or the first
    // name of a name that is inside a sentence ("said Chris Christie").
    if (before === '.') return TITLES.has(previous.toLowerCase()) || /^\p{Lu}\.$/u.test(previous);
    return depth < 4 && /^\p{Lu}[\p{L}'’\-]*$/u.test(previous) && wordStart > 0 && this.isInsideSentence(wordStart, depth + 1);
  }

  textOf(range: { start: number; end: number }): string {
    return this.text.slice(range.start, range.end);
  }

  /** Remember a named person or group mentioned (a sentence's subject, a quotation's speaker). */
  mention(position: number, name: string): void {
    let kind = this.kinds.get(name);
    if (kind === undefined) {
      kind = classify(name);
      this.kinds.set(name, kind);
    }
    const entry: Mention = { position, name, kind };
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.position > position) i--;
    this.mentions.splice(i, 0, entry);
  }

  /** The most recent fitting mention before `position`, within `window` characters. */
  resolvePronoun(position: number, pronoun: PronounKind | 'person', window = 3000): string | null {
    // The mentions before `position` (they are kept in order).
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.mentions[mid]!.position < position) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (position - mention.position > window) break;
      if (fits(mention, pronoun)) return mention.name;
    }
    return null;
  }

  /**
   * A definite role ("the president", "the Texas governor", "the four-term congressman")
   * → the latest name written with that title before it ("President Trump", "Gov. Mike
   * Pence"); null when there is none.
   */
  resolveRole(phrase: string, position: number): string | null {
    const words = phrase.split(/\s+/u);
    if (words.length < 2 || !/^the$/iu.test(words[0]!)) return null;
    const role = words[words.length - 1]!.toLowerCase();
    if (!ROLE_TITLES[role]) return null;
    const titled = this.titledNames(role);
    let found: string | null = null;
    for (const entry of titled) {
      if (entry.position >= position) break;
      if (position - entry.position <= 6000) found = entry.name;
    }
    // Without a title to go by, the person last spoken of ("the Texas governor continues").
    return found ?? this.resolvePronoun(position, 'person', 1500);
  }

  /** Every "President Trump", "Gov. Mike Pence" … written with a role's titles, in order. */
  private titledNames(role: string): ReadonlyArray<{ position: number; name: string }> {
    let names = this.titled.get(role);
    if (names) return names;
    names = [];
    const pattern = new RegExp(`(?<![\\p{L}.])(?:${ROLE_TITLES[role]})[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)*\\p{Lu}[\\p{L}'’\\-]+(?:[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)*\\p{Lu}[\\p{L}'’\\-]+)*`, 'gu');
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      const preceding = this.text.slice(Math.max(0, match.index - 8), match.index);
      if (/(?:vice|former|ex-)[ \u00a0-]*$/iu.test(preceding)) continue;
      names.push({ position: match.index, name: match[0].replace(/['’]s$/u, '').replace(TRAILING_DATE, '') });
    }
    this.titled.set(role, names);
    return names;
  }

  /** A bare surname → the full name written earlier ("Steele" → "Michael Steele"); otherwise the name itself. */
  fullName(name: string, position: number): string {
    if (!/^\p{Lu}[\p{L}'’\-]+$/u.test(name) || /(?:ans|ats|ics|ists)$/u.test(name) || FUNCTION_WORDS.has(name.toLowerCase())) return name;
    let first = this.firstFullName.get(name);
    if (first === undefined) {
      first = this.findFullName(name);
      this.firstFullName.set(name, first);
    }
    return first && first.position < position ? first.text : name;
  }

  /** The first "First Last" (titles and roles left out) that ends with the surname. */
  private findFullName(surname: string): { position: number; text: string } | null {
    const text = this.text;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if ((at > 0 && !/[ \u00a0]/u.test(text[at - 1]!)) || (end < text.length && LETTER_OR_DIGIT.test(text[end]!))) continue;
      // Possessives end a name ("Steele’s"); another capitalised word after it continues one ("Steele Foundation").
      if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      const words: Array<{ start: number; word: string }> = [];
      let start = at;
      for (let steps = 0; steps < 6; steps++) {
        const k = start - 1;
        if (k < 1 || !/[ \u00a0]/u.test(text[k]!)) break;
        const wordStart = Math.max(text.lastIndexOf(' ', k - 1), text.lastIndexOf('\u00a0', k - 1), text.lastIndexOf('\n', k - 1)) + 1;
        const word = text.slice(wordStart, k);
        if (!/^\p{Lu}[\p{L}'’\-]*\p{L}$/u.test(word) && !/^\p{Lu}\.$/u.test(word)) break;
        words.unshift({ start: wordStart, word });
        start = wordStart;
      }
      // Leave out titles, roles and sentence-initial words that are not names.
      while (words.length > 0) {
        const { start: wordStart, word } = words[0]!;
        const lower = word.toLowerCase();
        if (!(ROLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || ORGANISATION_WORDS.has(lower) || /^\p{Lu}\.$/u.test(word))) break;
        words.shift();
      }
      if (words.filter((entry) => !/^\p{Lu}\.$/u.test(entry.word)).length < 1) continue;
      return { position: words[0]!.start, text: text.slice(words[0]!.start, end) };
    }
    return null;
  }
}
