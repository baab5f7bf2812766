import type { Attribution } from './attribution-latin';
import { CHINESE_SPEECH_VERBS, JAPANESE_SPEECH_VERB, KOREAN_SPEECH_VERB } from './speech-verbs';
import type { Range } from './tokens';

/**
 * Attribution in Korean, Japanese and Chinese news style:
 *  - Korean: 김 대변인은 “…”라고 말했다 / “…”고 조선중앙통신이 보도했다;
 *  - Japanese: 岸田首相は「…」と述べた / 「…」と、首相は語った;
 *  - Chinese: 外交部发言人毛宁表示：“…” / “…”，王毅说。/ 据新华社报道，“…”.
 */
export type CjkLanguage = 'ko' | 'ja' | 'zh';

const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

/** The CJK language of a sentence (quotations left out), or null for other scripts. */
export function cjkLanguage(outside: string): CjkLanguage | null {
  if (HANGUL.test(outside)) return 'ko';
  if (KANA.test(outside)) return 'ja';
  if (HAN.test(outside)) return 'zh';
  return null;
}

/** Characters read on either side of a quotation. */
const WINDOW = 300;

export interface CjkContext {
  text: string;
  quote: Range;
  openSentence: Range;
  closeSentence: Range;
  language: CjkLanguage;
}

export function attributeCjk(whole: CjkContext): Attribution | null {
  // A window around the quotation: its speaker is written close to it.
  const context: CjkContext = {
    ...whole,
    openSentence: { start: Math.max(whole.openSentence.start, whole.quote.start - WINDOW), end: whole.openSentence.end },
    closeSentence: { start: whole.closeSentence.start, end: Math.min(whole.closeSentence.end, whole.quote.end + WINDOW) },
  };
  switch (context.language) {
    case 'ko':
      return attributeKorean(context);
    case 'ja':
      return attributeJapanese(context);
    case 'zh':
      return attributeChinese(context);
  }
}

// ---- Korean --------------------------------------------------------------------

const KOREAN_QUOTATIVE = /^\s*(?:이?라고|이?라며|이?라면서|고|며|면서|하고)(?=\s|$)/u;
const KOREAN_PRONOUNS: Record<string, Attribution['pronoun']> = { 그: 'he', 그녀: 'she', 그들: 'they', 이들: 'they' };
const KOREAN_TIME = /^(?:이날|지난|오늘|어제|내일|당시|현지시간|한편|또|또한|이어|특히|그러면서|전날|앞서|최근|이번|다만|하지만|그러나|이와\s*관련해|\d+일|\d+월|\d+년|[0-9]+)$/u;

function attributeKorean({ text, quote, openSentence, closeSentence }: CjkContext): Attribution | null {
  const after = text.slice(quote.end, closeSentence.end);
  const quotative = KOREAN_QUOTATIVE.exec(after);
  if (!quotative) return null;
  // “…”라고 김 대변인은 말했다: a subject between the quotation and the verb.
  const rest = quote.end + quotative[0].length;
  const words = wordsOf(text, rest, closeSentence.end);
  const verb = words.findIndex((word) => KOREAN_SPEECH_VERB.test(word.text));
  if (verb > 0) {
    const subject = koreanSubject(words.slice(0, verb), 'last');
    if (subject) return subject;
  }
  // 김 대변인은 이날 “…”라고 말했다: the subject of the sentence.
  return koreanSubject(wordsOf(text, openSentence.start, quote.start), 'first');
}

function koreanSubject(words: Word[], which: 'first' | 'last'): Attribution | null {
  const marked = (pattern: RegExp): number => {
    const indices = words.map((word, i) => (pattern.test(word.text) ? i : -1)).filter((i) => i >= 0);
    return (which === 'first' ? indices[0] : indices[indices.length - 1]) ?? -1;
  };
  let at = marked(/[은는][,]?$/u);
  if (at < 0) at = marked(/\p{Script=Hangul}[이가][,]?$/u);
  if (at < 0) return null;
  const head = words[at]!.text.replace(/[,]$/u, '');
  const stem = head.replace(/(?:은|는|이|가)$/u, '');
  if (!stem) return null;
  const pronoun = KOREAN_PRONOUNS[stem];
  // Preceding words that are nouns of the same phrase (북한 외무성 대변인은).
  let first = at;
  while (first > 0 && at - first < 3) {
    const previous = words[first - 1]!.text;
    if (KOREAN_TIME.test(previous) || /[은는이가을를에의도와과로서며고,.]$/u.test(previous)) break;
    first--;
  }
  return { speaker: spanText(words, first, at, stem), pronoun, position: words[first]!.start, how: which === 'last' ? 'after' : 'before' };
}

// ---- Japanese ------------------------------------------------------------------

const JAPANESE_PRONOUNS: Record<string, Attribution['pronoun']> = { 彼: 'he', 彼女: 'she', 彼ら: 'they' };

function attributeJapanese({ text, quote, openSentence, closeSentence }: CjkContext): Attribution | null {
  const after = text.slice(quote.end, closeSentence.end);
  if (!/^\s*(?:と|って|との)/u.test(after)) return null;
  // 「…」と、岸田首相は述べた
  const afterTo = after.replace(/^\s*(?:と|って)/u, '');
  const later = japaneseTopic(afterTo);
  if (later && later.before.length > 0 && JAPANESE_SPEECH_VERB.test(afterTo.slice(later.after))) {
    return japaneseAttribution(later.phrase, quote.end + (after.length - afterTo.length) + later.offset, 'after');
  }
  if (!JAPANESE_SPEECH_VERB.test(afterTo) && !/^\s*との/u.test(after)) return null;
  const before = text.slice(openSentence.start, quote.start);
  const topic = japaneseTopic(before);
  return topic ? japaneseAttribution(topic.phrase, openSentence.start + topic.offset, 'before') : null;
}

function japaneseAttribution(phrase: string, position: number, how: Attribution['how']): Attribution {
  return { speaker: phrase, pronoun: JAPANESE_PRONOUNS[phrase], position, how };
}

/** The first "Xは" / "Xが" whose X ends in kanji, katakana or a Latin letter (not a particle). */
function japaneseTopic(clause: string): { phrase: string; offset: number; after: number; before: string } | null {
  for (let i = 1; i < clause.length; i++) {
    const ch = clause[i]!;
    if (ch !== 'は' && ch !== 'が') continue;
    const previous = clause[i - 1]!;
    if (/[\p{Script=Hiragana}、。「」『』\s]/u.test(previous)) continue;
    // The phrase runs back to the previous comma, quotation or sentence start.
    let start = i - 1;
    while (start > 0 && !/[、，,。「」『』\s]/u.test(clause[start - 1]!)) start--;
    // A title or name in quotation marks may lead the phrase: 『鬼滅の刃』の作者は
    while (start > 1 && /[」』]/u.test(clause[start - 1]!) && clause[start] === 'の') {
      const open = clause.lastIndexOf(clause[start - 1] === '」' ? '「' : '『', start - 1);
      if (open < 0) break;
      start = open;
    }
    let phrase = clause.slice(start, i);
    // Leading dates ("31日") are not part of the speaker.
    const date = /^(?:\d+|[０-９]+)日/u.exec(phrase);
    if (date) phrase = phrase.slice(date[0].length);
    if (!phrase || phrase.length > 25) continue;
    return { phrase, offset: i - phrase.length, after: i + 1, before: clause.slice(0, i) };
  }
  return null;
}

// ---- Chinese -------------------------------------------------------------------

const CHINESE_PRONOUNS: Record<string, Attribution['pronoun']> = { 他: 'he', 她: 'she', 他们: 'they', 他們: 'they', 她们: 'they', 她們: 'they' };
/** Where a speaker phrase ends and the circumstances begin: 毛宁7日在例行记者会上表示. */
const CHINESE_CIRCUMSTANCE = /(?:在|于|於|对|對|向|接受|今天|昨天|今日|昨日|日前|近日|当天|當天|周[一二三四五六日]|週[一二三四五六日]|星期|\d+月|\d+日|[一二三四五六七八九十]+日|也|还|還|则|則|再次|曾|已|更|并|並|又)/u;

function attributeChinese({ text, quote, openSentence, closeSentence }: CjkContext): Attribution | null {
  // “…”，王毅说。
  const after = text.slice(quote.end, closeSentence.end);
  // …and the clause ends there ("王毅说。"), not "外交部長林佳龍表示：「…」", which introduces the next one.
  const later = /^[，,]?\s*([^，,。！？：:“”「」『』]{1,20}?)(?:在[^，,。]{0,20})?(表示|指出|强调|強調|说|說|称|稱|写道|寫道|说道|說道|透露|认为|認為|补充|補充|道)(?=[。，,！!？?]|$)/u.exec(after);
  if (later) {
    const phrase = chinesePhrase(later[1]!);
    if (phrase) return { speaker: phrase, pronoun: CHINESE_PRONOUNS[phrase], position: quote.end + later[0].indexOf(later[1]!), how: 'after' };
  }
  // 外交部发言人毛宁表示：“…” / 据新华社报道，“…”
  const before = text.slice(openSentence.start, quote.start);
  const according = /据([^，,。：:]{1,20}?)(?:报道|報道|報導|消息|称|稱)[，,：:]?\s*$/u.exec(before);
  if (according) return { speaker: according[1]!, position: openSentence.start + according.index + 1, how: 'before' };
  const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('”'), before.lastIndexOf('」')) + 1;
  for (const clause of [before.slice(clauseStart), before]) {
    const trimmed = clause.replace(/[\s：:，,]+$/u, '');
    for (const verb of CHINESE_SPEECH_VERBS) {
      const at = trimmed.lastIndexOf(verb);
      if (at <= 0) continue;
      const subjectText = trimmed.slice(0, at);
      const subjectStart = Math.max(subjectText.lastIndexOf('，'), subjectText.lastIndexOf(','), subjectText.lastIndexOf('。'), subjectText.lastIndexOf('”'), subjectText.lastIndexOf('」')) + 1;
      const phrase = chinesePhrase(subjectText.slice(subjectStart));
      if (phrase) {
        const offsetInBefore = before.length - clause.length + subjectStart + subjectText.slice(subjectStart).indexOf(phrase);
        return { speaker: phrase, pronoun: CHINESE_PRONOUNS[phrase], position: openSentence.start + offsetInBefore, how: 'before' };
      }
    }
  }
  return null;
}

function chinesePhrase(raw: string): string | null {
  let phrase = raw.trim();
  const circumstance = CHINESE_CIRCUMSTANCE.exec(phrase);
  if (circumstance && circumstance.index > 0) phrase = phrase.slice(0, circumstance.index);
  phrase = phrase.replace(/[\s：:，,]+$/u, '');
  if (!phrase || phrase.length > 20 || !/[\p{Script=Han}\p{L}]/u.test(phrase)) return null;
  return phrase;
}

// ---- Words (space-separated, for Korean) --------------------------------------------

interface Word {
  text: string;
  start: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const pattern = /\S+/gu;
  const slice = text.slice(from, to);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) words.push({ text: match[0], start: from + match.index });
  return words;
}

function spanText(words: Word[], first: number, last: number, lastStem: string): string {
  return [...words.slice(first, last).map((word) => word.text), lastStem].join(' ');
}
