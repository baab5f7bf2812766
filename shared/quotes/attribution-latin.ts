import { isGroupNoun, isNameWord } from './phrase-words';
import { phraseAfter, phraseBefore, phraseText, type Phrase } from './noun-phrases';
import { ACCORDING_TO, ENGLISH_SPEECH_VERBS, EUROPEAN_SPEECH_VERBS, isParticiple } from './speech-verbs';
import { ADVERBIALS, DETERMINERS, FUNCTION_WORDS, lower, NOUN_CONTEXT, tokenize, type Range, type Token } from './tokens';

/**
 * Attribution of a quotation in English and other Latin-script languages, within the
 * sentence that holds it:
 *  1. right after it: "…," Mr. Steele said / "…," said Sen. Jim DeMint / », a déclaré X / “…“, sagte er;
 *  2. before it: Mr. Steele said, “…” / He called Steele's comments "unacceptable";
 *  3. later in the sentence: “defects” … were discussed, according to the KCNA.
 */
export interface Attribution {
  speaker: string;
  pronoun?: Phrase['pronoun'];
  /** Offset of the speaker phrase in the text. */
  position: number;
  /** Where it was found: next to the quotation (after or before it), or later in its sentence. */
  how: 'after' | 'before' | 'later';
}

const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'hat', 'haben', 'hatte', 'ha', 'han', 'has', 'had', 'have', 'also', 'then', 'later']);

/** Sentence-initial words that open an introductory phrase ending at the first comma. */
const INTRODUCERS = new Set(
  (
    'in on at after before during while when although though since because as if with without for from by under over despite unlike like ' +
    'following given amid among asked responding speaking trying calling writing appearing addressing interviewed according once upon ' +
    'throughout earlier later last this that prior ahead back down up out across along around behind beyond inside outside near ' +
    'toward towards against between within via including regarding concerning whereas even just only until upon thanks ' +
    'whether unless once where' // "Last week, …", "Prior to the vote, …"
  ).split(' '),
);

const PREPOSITIONS = new Set('in on at after before during for from by under over with without despite amid among throughout following'.split(' '));

/** Sentence-initial words skipped before the subject. */
const LEADING = new Set('but and yet so still meanwhile however instead now then also later earlier separately indeed moreover again finally meanwhile nonetheless nevertheless'.split(' '));

export function isSpeechVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return false;
  const word = lower(token);
  if (ENGLISH_SPEECH_VERBS.has(word)) {
    const previous = tokens[index - 1];
    if (previous && previous.kind === 'word') {
      const before = lower(previous);
      // A noun: "a call", "his claim", "Steele's comments", "his on-camera claim".
      const pastTense = /ed$/u.test(word) || IRREGULAR_PAST.has(word);
      if (!pastTense && (NOUN_CONTEXT.has(before) || /['’]s$/u.test(previous.text))) return false;
      if (!pastTense && !isParticiple(word) && /^\p{Ll}/u.test(previous.text) && !FUNCTION_WORDS.has(before) && !isGroupNoun(previous) && NOUN_CONTEXT.has(lower(tokens[index - 2]))) return false;
    }
    if (/^\p{Lu}/u.test(token.text) && index > 0 && !isParticiple(word)) return false; // "Call" in a name or title
    // "claims", "remarks", "charges" are nouns too: as verbs they follow their subject.
    if (/s$/u.test(word) && word !== 'says' && !isParticiple(word)) {
      let k = index - 1;
      while (k >= 0 && tokens[k]!.kind === 'word' && ADVERBIALS.has(lower(tokens[k]))) k--;
      const subject = tokens[k];
      if (!subject || subject.kind !== 'word') return subject?.kind === 'quote' || subject?.text === ',' || subject?.text === ')';
      if (!/^\p{Lu}/u.test(subject.text) && !['he', 'she', 'it', 'who', 'that', 'which'].includes(lower(subject)) && !isGroupNoun(subject) && !/(?:man|woman|person)$/u.test(lower(subject))) return false;
    }
    return true;
  }
  if (EUROPEAN_SPEECH_VERBS.has(word)) return true;
  return /^[\p{L}]+-t?-?(?:il|elle|ils|elles|on)$/u.test(word) && EUROPEAN_SPEECH_VERBS.has(word.replace(/-t?-?(?:il|elle|ils|elles|on)$/u, ''));
}

/** "had been told", "was asked": the one before a passive verb heard the words, not said them. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const word = lower(tokens[verb]);
  if (!/(?:ed|told|said|written)$/u.test(word)) return false;
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const before = lower(tokens[k]);
    if (/^(?:was|were|is|are|been|being|be|get|got)$/u.test(before)) return true;
    if (!ADVERBIALS.has(before) && before !== 'not') return false;
  }
  return false;
}

/** Past forms that are never nouns (unlike "claim", "call", "remarks"). */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'read', 'thought']);

/** ", said Josh Earnest, the White House press secretary," — the speaker named right after the verb. */
function invertedAfterComma(tokens: readonly Token[], verb: number): Phrase | null {
  const before = tokens[verb - 1];
  if (!before || (before.text !== ',' && before.kind !== 'quote')) return null;
  if (isParticiple(lower(tokens[verb]))) return null;
  const phrase = phraseAfter(tokens, verb + 1, tokens.length);
  if (!phrase || phrase.pronoun) return phrase;
  const first = tokens[phrase.start]!;
  if (!isNameWord(first) && !DETERMINERS.has(lower(first)) && !/^\p{Lu}/u.test(first.text)) return null;
  const next = tokens[phrase.end];
  return !next || next.kind === 'punct' ? phrase : null;
}

/** How many tokens "according to" (selon, laut, según …) takes at `index`; 0 when it is not there. */
function isAccordingTo(tokens: readonly Token[], index: number): number {
  const word = lower(tokens[index]);
  if (word === 'according') return lower(tokens[index + 1]) === 'to' ? 2 : 0;
  return ACCORDING_TO.test(word) ? 1 : 0;
}

/** Characters read on either side of a quotation. */
const WINDOW = 400;

export interface LatinContext {
  text: string;
  /** All quotations of the text, in order (for opaque tokens). */
  quotes: readonly Range[];
  /** The index of the quotation being attributed. */
  index: number;
  /** The sentence the quotation opens in, and the one it closes in. */
  openSentence: Range;
  closeSentence: Range;
  /** The sentence after the quotation's, in the same block (for "…?" Obama said.). */
  nextSentence?: Range;
  /** Tokens of a range (defaults to tokenising it). */
  tokensOf?: (from: number, to: number) => Token[];
}

export function attributeLatin(context: LatinContext): Attribution | null {
  const { text, quotes, index } = context;
  const quote = quotes[index]!;
  const tokensOf = context.tokensOf ?? ((from: number, to: number) => tokenize(text, from, to, quotes));
  // A window around the quotation (an attribution sits close to it); whole sentences
  // would make a text that is one endless sentence quadratic.
  const beforeStart = Math.max(context.openSentence.start, quote.start - WINDOW);
  const before = tokensOf(beforeStart, quote.start);
  const after = tokensOf(quote.end, Math.min(context.closeSentence.end, quote.end + WINDOW));
  const quoteToken: Token = { text: text.slice(quote.start, quote.end), lower: '', start: quote.start, end: quote.end, kind: 'quote', quote: index };
  const tokens = [...before, quoteToken, ...after];
  const q = before.length;
  // The sentence from its start, for its subject.
  const sentenceTokens =
    beforeStart > context.openSentence.start
      ? tokensOf(context.openSentence.start, context.openSentence.start + WINDOW)
      : context.openSentence === context.closeSentence
        ? tokens
        : before;

  if (isTitleOfWork(quoteToken.text, before[before.length - 1])) return null;
  let source: readonly Token[] = tokens;
  let found: Phrase | null = attributeAfter(tokens, q);
  let how: Attribution['how'] = 'after';
  if (!found && context.nextSentence && after.every((token) => token.kind === 'punct')) {
    // "…?" Obama said.  — a short sentence of its own right after the quotation.
    const next = tokensOf(context.nextSentence.start, context.nextSentence.end);
    if (next.length <= 12) {
      source = [...tokens, ...next];
      found = attributeAfter(source, q);
      if (!found) source = tokens;
    }
  }
  if (!found) {
    found = attributeBefore(tokens, q, sentenceTokens);
    how = 'before';
  }
  if (!found) {
    found = attributeLater(tokens, q, sentenceTokens);
    how = 'later';
  }
  if (!found && before.length > 0 && before[before.length - 1]!.text === ':') {
    // "A top Senate Democratic aide put it bluntly in an email: “…”": the sentence introduces the quotation.
    found = sentenceSubject(before);
    how = 'before';
  }
  if (!found) return null;
  return { speaker: phraseText(text, source, found), pronoun: found.pronoun, position: source[found.start]!.start, how };
}

/**
 * The name of a show, a book or a bill in quotation marks after a preposition or a
 * possessive ("on ABC’s “This Week,”", "in “The Book of Mormon.”"): nobody says it.
 */
function isTitleOfWork(quoted: string, before: Token | undefined): boolean {
  if (!before || before.kind !== 'word') return false;
  if (!PREPOSITION_BEFORE_TITLE.has(before.lower) && !/['’]s$/u.test(before.text)) return false;
  const words = quoted.replace(/^[\s"'“”‘’«»„‚‹›「」『』]+|[\s"'“”‘’«»„‚‹›「」『』.,!?]+$/gu, '').split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:a|an|the|of|on|in|for|and|to|at|by|with)$/u.test(word));
}

const PREPOSITION_BEFORE_TITLE = new Set(['on', 'in', 'at', 'from', 'to', 'of', 'for', 'by', 'about']);

/**
 * A quotation that opens a block after one ending in a colon ("Trump responded in a
 * statement:"): the speaker of that sentence. With `requireVerb`, only a sentence with
 * a speech verb counts ("Dukes walked out …, saying she feels no anger. “Wal-Mart …”").
 */
export function attributeIntroduced(
  text: string,
  quotes: readonly Range[],
  index: number,
  introduction: Range,
  requireVerb = false,
  tokensOf: (from: number, to: number) => Token[] = (from, to) => tokenize(text, from, to, quotes),
): Attribution | null {
  const quote = quotes[index]!;
  const tokens = tokensOf(introduction.start, introduction.end);
  while (tokens.length > 0 && tokens[tokens.length - 1]!.text === ':') tokens.pop();
  const quoteToken: Token = { text: text.slice(quote.start, quote.end), lower: '', start: quote.start, end: quote.end, kind: 'quote', quote: index };
  const all = [...tokens, quoteToken];
  const found = attributeBefore(all, tokens.length, tokens) ?? (requireVerb ? null : sentenceSubject(tokens));
  if (!found) return null;
  return { speaker: phraseText(text, all, found), pronoun: found.pronoun, position: all[found.start]!.start, how: 'before' };
}

/** "…," Mr. Steele said / "…," said Steele / "…," according to the KCNA / », a-t-il ajouté. */
function attributeAfter(tokens: readonly Token[], q: number): Phrase | null {
  // "“…,” he said" / "“…!” she shouted" / "“…” — Steele": a quotation followed by its speaker
  // ends in a comma, a question or exclamation mark, or a dash (not “misleading” media reports).
  const inner = tokens[q]!.text.replace(/[\s"'“”‘’«»„‚‹›」』]+$/u, '');
  const punctuated = /[,!?…—–\-:;]$/u.test(inner) || /^[,—–―‒\-]$/u.test(tokens[q + 1]?.text ?? '');
  if (!punctuated && !(tokens[q + 1] && /^(?:he|she|they|il|elle|er|sie)$/iu.test(tokens[q + 1]!.text))) return null;
  let k = q + 1;
  while (k < tokens.length && tokens[k]!.kind === 'punct' && /^[,—–―‒\-]$/u.test(tokens[k]!.text)) k++;
  if (k >= tokens.length || tokens[k]!.kind !== 'word') return null;
  const according = isAccordingTo(tokens, k);
  if (according) return phraseAfter(tokens, k + according, tokens.length);
  let verb = k;
  if (AUXILIARIES.has(lower(tokens[verb])) && isSpeechVerb(tokens, verb + 1)) verb++;
  if (isSpeechVerb(tokens, verb)) {
    const inverted = /^[\p{L}]+-t?-?(?:il|elle|ils|elles|on)$/u.exec(lower(tokens[verb]));
    if (inverted) return phraseBefore(tokens, verb, verb);
    if (isParticiple(lower(tokens[verb]))) return null;
    return phraseAfter(tokens, verb + 1, tokens.length);
  }
  // German "so der Kanzler", "so Merz".
  if (lower(tokens[k]) === 'so' && (isNameWord(tokens[k + 1]) || /^(?:der|die|das)$/u.test(lower(tokens[k + 1])))) return phraseAfter(tokens, k + 1, tokens.length);
  // The speaker, then the verb: "Mr. Steele said", "Michael Bloomberg, the former mayor, said".
  for (let v = k + 1; v < tokens.length && v - k < 40; v++) {
    if (tokens[v]!.kind === 'quote') break;
    if (!isSpeechVerb(tokens, v)) continue;
    const inverted = invertedAfterComma(tokens, v);
    if (inverted) return inverted;
    const phrase = phraseBefore(tokens, v - 1, k);
    if (phrase && (phrase.start === k || isDescriptionBefore(tokens, k, phrase.start))) return phrase;
    if (phrase && /^[\p{L}]+-t-(?:il|elle)$/u.test(lower(tokens[v - 1]))) return phrase;
    break;
  }
  return null;
}

/** "Obama's campaign press secretary, Ben LaBolt, said": a description set off before the name. */
function isDescriptionBefore(tokens: readonly Token[], from: number, name: number): boolean {
  if (name - from > 12 || tokens[name - 1]?.text !== ',') return false;
  for (let i = from; i < name - 1; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    const word = lower(token);
    if (FUNCTION_WORDS.has(word) && !DESCRIPTION_WORDS.has(word)) return false;
  }
  return true;
}

const DESCRIPTION_WORDS = new Set(['of', 'for', 'at', 'from', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'and']);

/** Mr. Steele said, “…” / He called it “a war of Obama’s choosing” / according to X, “…”. */
function attributeBefore(tokens: readonly Token[], q: number, sentence: readonly Token[]): Phrase | null {
  let sawVerb = false;
  for (let v = q - 1; v >= 0; v--) {
    const according = isAccordingTo(tokens, v);
    if (according) return phraseAfter(tokens, v + according, q);
    if (!isSpeechVerb(tokens, v)) continue;
    sawVerb = true;
    const word = lower(tokens[v]);
    if (isParticiple(word)) {
      // "the KCNA quoted a speaker as saying": the one who quotes.
      if (lower(tokens[v - 1]) === 'as') {
        for (let u = v - 2; u >= 0 && v - u < 12; u--) {
          if (/^quot(?:ed|es|ing)$/u.test(lower(tokens[u]))) {
            const quoting = phraseBefore(tokens, u - 1, 0);
            if (quoting) return quoting;
          }
        }
      }
      return sentenceSubject(sentence);
    }
    const inverted = invertedAfterComma(tokens, v);
    if (inverted) return inverted;
    if (isPassive(tokens, v)) continue;
    let last = v - 1;
    if (lower(tokens[last]) === 'who') last--;
    const phrase = phraseBefore(tokens, last, 0);
    if (phrase) return phrase;
    const after = phraseAfter(tokens, v + 1, q);
    if (after && (tokens[after.end]?.text === ',' || after.end === q) && isNameWord(tokens[after.start])) return after;
    // No subject next to this verb ("… but said", "who had called him"): an earlier verb may have one.
  }
  return sawVerb ? sentenceSubject(sentence) : null;
}

/** A speech verb later in the sentence: “defects” … were also discussed, according to the KCNA. */
function attributeLater(tokens: readonly Token[], q: number, sentence: readonly Token[]): Phrase | null {
  for (let v = q + 1; v < tokens.length; v++) {
    const according = isAccordingTo(tokens, v);
    if (according) return phraseAfter(tokens, v + according, tokens.length);
    if (!isSpeechVerb(tokens, v)) continue;
    // "…his comment that Obama subscribed to a “phony theology,” saying he …": the subject's words.
    if (isParticiple(lower(tokens[v]))) return sentenceSubject(sentence);
    const inverted = invertedAfterComma(tokens, v);
    if (inverted) return inverted;
    const phrase = phraseBefore(tokens, v - 1, q + 1);
    if (phrase) return phrase;
  }
  return null;
}

/** Nouns of time: "A year later, …", "Two weeks ago, …" open a sentence without being its subject. */
const TIME_NOUNS = /^(?:year|years|day|days|week|weeks|month|months|time|times|hour|hours|minute|minutes|morning|afternoon|evening|night|weekend|decade|decades|moment|moments)$/u;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|\d.*)$/u;

/**
 * The subject of a sentence: its first phrase after a dateline ("WASHINGTON —"),
 * leading conjunctions and an introductory phrase. `isNameLike` tells whether a
 * capitalised first word is a name (it is written capitalised inside sentences too).
 */
export function sentenceSubject(tokens: readonly Token[], isNameLike?: (word: string) => boolean): Phrase | null {
  let i = 0;
  // A dateline: "WASHINGTON —", "NEW YORK (AP) —".
  if (tokens[0]?.kind === 'word' && /^\p{Lu}[\p{Lu}.\-]+$/u.test(tokens[0].text)) {
    const dash = tokens.findIndex((token, k) => k < 8 && /^[—–―‒\-]$/u.test(token.text));
    if (dash > 0) {
      i = dash;
      while (/^[—–―‒\-]$/u.test(tokens[i]?.text ?? '')) i++;
    }
  }
  while (i < tokens.length && tokens[i]!.kind === 'word' && LEADING.has(lower(tokens[i]))) {
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  // "Updated: Rick Santorum …"
  if (tokens[i]?.kind === 'word' && tokens[i + 1]?.text === ':') i += 2;
  const first = tokens[i];
  if (!first) return null;
  if (first.kind === 'quote') {
    // “…,” Mr. Steele said: the subject follows the quotation.
    i++;
    while (tokens[i]?.kind === 'punct') i++;
  } else if (INTRODUCERS.has(lower(first)) || CALENDAR.test(lower(first)) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text) || isTimePhrase(tokens, i)) {
    // "In Wednesday's speech the senator …": a prepositional phrase without a comma.
    if (PREPOSITIONS.has(lower(first))) {
      let k = i + 1;
      for (let hops = 0; hops < 3; hops++) {
        const object = phraseAfter(tokens, k, tokens.length);
        if (!object) break;
        k = object.end;
        if (!PREPOSITIONS.has(lower(tokens[k]))) break;
        k++;
      }
      const startsSubject = (t: Token | undefined): boolean => !!t && t.text !== ',' && (DETERMINERS.has(lower(t)) || isNameWord(t) || ['he', 'she', 'they'].includes(lower(t)));
      if (k > i + 1 && startsSubject(tokens[k])) return phraseAfter(tokens, k, tokens.length);
      // "In Wednesday's speech the senator …": a lower-case noun, then the subject.
      for (let m = i + 2; k === i + 1 && m < tokens.length && m - i < 8; m++) {
        const previous = tokens[m - 1]!;
        if (previous.kind !== 'word' || tokens[m]!.text === ',') break;
        if (/^\p{Ll}/u.test(previous.text) && !FUNCTION_WORDS.has(previous.lower) && !DETERMINERS.has(previous.lower) && startsSubject(tokens[m])) return phraseAfter(tokens, m, tokens.length);
      }
    }
    // Skip the introductory phrase up to its comma, which may sit inside a quotation:
    // Speaking on "Fox News Sunday," Sen. Jim DeMint …
    let j = i + 1;
    for (; j < tokens.length && j - i < 30; j++) {
      const token = tokens[j]!;
      if (token.text === ',' || (token.kind === 'quote' && /,\s*$/u.test(token.text.slice(0, -1)))) break;
    }
    if (j >= tokens.length || j - i >= 30) return null;
    i = j + 1;
  }
  const subject = tokens[i];
  if (!subject || (FUNCTION_WORDS.has(lower(subject)) && !['he', 'she', 'they'].includes(lower(subject)))) return null;
  const phrase = phraseAfter(tokens, i, tokens.length);
  if (!phrase || phrase.pronoun || !isNameLike) return phrase;
  // A capitalised first word that is written in lower case elsewhere is no name ("Progressivism is …").
  const word = tokens[phrase.start]!;
  if (word.start === tokens[0]!.start && phrase.end - phrase.start === 1 && /^\p{Lu}\p{Ll}/u.test(word.text) && !isNameLike(word.text)) return null;
  return phrase;
}

/** "A year later," / "Two weeks ago," / "Last month," at the start of a sentence. */
function isTimePhrase(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k - i < 4; k++) {
    const word = lower(tokens[k]);
    if (TIME_NOUNS.test(word) || CALENDAR.test(word)) {
      const next = lower(tokens[k + 1]);
      return /^(?:later|ago|earlier|prior|before|after|,)$/u.test(next);
    }
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}
