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

const FEMALE_TITLES = /^(?:mrs\.|ms\.|miss|mme\.?|mlle|frau|sra\.|doña|madam|queen|princess|sister|congresswoman|chairwoman|spokeswoman)$/iu;
const MALE_TITLES = /^(?:mr\.|m\.|herr|sr\.|don|king|prince|father|brother|congressman|chairman|spokesman)$/iu;

export function classify(name: string): Mention['kind'] {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 'other';
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!;
  const lowerWords = words.map((word) => word.toLowerCase().replace(/[.,]$/u, ''));
  if (TITLES.has(first) || ((ROLE_WORDS.has(first) || /^\p{Lu}/u.test(words[0]!)) && words.length > 1 && TITLES.has((words[1] ?? '').toLowerCase()))) return 'person';
  if (lowerWords.some((word) => ORGANISATION_WORDS.has(word))) return 'organisation';
  if (/^\p{Lu}{2,}$/u.test(last)) return 'organisation';
  if (/\p{Ll}s$/u.test(last) && !/['’]s$/u.test(last)) return 'group';
  if (/^(?:the|a|an|le|la|les|der|die|das|el|los|las)$/u.test(first)) {
    return ROLE_WORDS.has((words[1] ?? '').toLowerCase()) || ROLE_WORDS.has(last.toLowerCase()) ? 'other' : 'organisation';
  }
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

const TRAILING_DATE = /(?:[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Administration))+$/u;

export class SpeakerResolver {
  private readonly mentions: Mention[] = [];
  private nameRuns: Array<{ position: number; words: string[]; text: string }> | null = null;

  constructor(private readonly text: string) {}

  textOf(range: { start: number; end: number }): string {
    return this.text.slice(range.start, range.end);
  }

  /** Remember a named person or group mentioned (a sentence's subject, a quotation's speaker). */
  mention(position: number, name: string): void {
    const entry: Mention = { position, name, kind: classify(name) };
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.position > position) i--;
    this.mentions.splice(i, 0, entry);
  }

  /** The most recent fitting mention before `position`, within `window` characters. */
  resolvePronoun(position: number, pronoun: PronounKind | 'person', window = 3000): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.position >= position) continue;
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
    const title = ROLE_TITLES[words[words.length - 1]!.toLowerCase()];
    if (!title) return null;
    const pattern = new RegExp(`(?<![\\p{L}.])(?:${title})[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)*\\p{Lu}[\\p{L}'’\\-]+(?:[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)*\\p{Lu}[\\p{L}'’\\-]+)*`, 'gu');
    const before = this.text.slice(Math.max(0, position - 6000), position);
    let found: string | null = null;
    for (let match = pattern.exec(before); match; match = pattern.exec(before)) {
      const preceding = before.slice(Math.max(0, match.index - 8), match.index);
      if (/(?:vice|former|ex-)[ \u00a0-]*$/iu.test(preceding)) continue;
      found = match[0].replace(/['’]s$/u, '').replace(TRAILING_DATE, '');
    }
    // Without a title to go by, the person last spoken of ("the Texas governor continues").
    return found ?? this.resolvePronoun(position, 'person', 1500);
  }

  /** A bare surname → the full name written earlier ("Steele" → "Michael Steele"); otherwise the name itself. */
  fullName(name: string, position: number): string {
    if (!/^\p{Lu}[\p{L}'’\-]+$/u.test(name) || /(?:ans|ats|ics|ists)$/u.test(name) || FUNCTION_WORDS.has(name.toLowerCase())) return name;
    for (const run of this.runs()) {
      if (run.position >= position) break;
      if (run.words[run.words.length - 1] === name && run.words.length >= 2) return run.text;
    }
    return name;
  }

  /** Capitalised runs of two or more words, titles and roles stripped from their start. */
  private runs(): Array<{ position: number; words: string[]; text: string }> {
    if (this.nameRuns) return this.nameRuns;
    const runs: Array<{ position: number; words: string[]; text: string }> = [];
    const pattern = /\p{Lu}[\p{L}'’\-]*\p{L}(?:[ \u00a0]+(?:\p{Lu}\.[ \u00a0]+)*\p{Lu}[\p{L}'’\-]*\p{L})+/gu;
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      let words = match[0].split(/[ \u00a0]+/u);
      let offset = match.index;
      while (words.length > 0 && (ROLE_WORDS.has(words[0]!.toLowerCase()) || FUNCTION_WORDS.has(words[0]!.toLowerCase()) || DETERMINERS.has(words[0]!.toLowerCase()) || ORGANISATION_WORDS.has(words[0]!.toLowerCase()))) {
        offset += words[0]!.length + 1;
        words = words.slice(1);
      }
      const names = words.filter((word) => !/^\p{Lu}\.$/u.test(word));
      if (names.length < 2) continue;
      // Possessives ("Obama’s") end a run.
      if (/['’]s$/u.test(words[words.length - 1]!)) continue;
      runs.push({ position: offset, words: names, text: this.text.slice(offset, match.index + match[0].length) });
    }
    this.nameRuns = runs;
    return runs;
  }
}
