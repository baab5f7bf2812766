import { isNameWord, phraseAfter, phraseBefore, phraseText, type Phrase } from './noun-phrases';
import { ACCORDING_TO, ENGLISH_SPEECH_VERBS, EUROPEAN_SPEECH_VERBS, isParticiple } from './speech-verbs';
import { DETERMINERS, FUNCTION_WORDS, lower, NOUN_CONTEXT, tokenize, type Range, type Token } from './tokens';

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
    'throughout earlier later last this that' // "Last week, …", "This month, …"
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
    if (previous && previous.kind === 'word' && NOUN_CONTEXT.has(lower(previous))) return false;
    if (/^\p{Lu}/u.test(token.text) && index > 0 && !isParticiple(word)) return false; // "Call" in a name or title
    return true;
  }
  if (EUROPEAN_SPEECH_VERBS.has(word)) return true;
  return /^[\p{L}]+-t?-?(?:il|elle|ils|elles|on)$/u.test(word) && EUROPEAN_SPEECH_VERBS.has(word.replace(/-t?-?(?:il|elle|ils|elles|on)$/u, ''));
}

/** How many tokens "according to" (selon, laut, según …) takes at `index`; 0 when it is not there. */
function isAccordingTo(tokens: readonly Token[], index: number): number {
  const word = lower(tokens[index]);
  if (word === 'according') return lower(tokens[index + 1]) === 'to' ? 2 : 0;
  return ACCORDING_TO.test(word) ? 1 : 0;
}

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
}

export function attributeLatin(context: LatinContext): Attribution | null {
  const { text, quotes, index } = context;
  const quote = quotes[index]!;
  const before = tokenize(text, context.openSentence.start, quote.start, quotes);
  const after = tokenize(text, quote.end, context.closeSentence.end, quotes);
  const quoteToken: Token = { text: text.slice(quote.start, quote.end), start: quote.start, end: quote.end, kind: 'quote', quote: index };
  const tokens = [...before, quoteToken, ...after];
  const q = before.length;
  const sentenceTokens = context.openSentence === context.closeSentence ? tokens : before;

  let source: readonly Token[] = tokens;
  let found: Phrase | null = attributeAfter(tokens, q);
  let how: Attribution['how'] = 'after';
  if (!found && context.nextSentence && after.every((token) => token.kind === 'punct')) {
    // "…?" Obama said.  — a short sentence of its own right after the quotation.
    const next = tokenize(text, context.nextSentence.start, context.nextSentence.end, quotes);
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
  if (!found) return null;
  return { speaker: phraseText(text, source, found), pronoun: found.pronoun, position: source[found.start]!.start, how };
}

/**
 * A quotation that opens a block after one ending in a colon ("Trump responded in a
 * statement:"): the speaker of that sentence. With `requireVerb`, only a sentence with
 * a speech verb counts ("Dukes walked out …, saying she feels no anger. “Wal-Mart …”").
 */
export function attributeIntroduced(text: string, quotes: readonly Range[], index: number, introduction: Range, requireVerb = false): Attribution | null {
  const quote = quotes[index]!;
  const tokens = tokenize(text, introduction.start, introduction.end, quotes);
  while (tokens.length > 0 && tokens[tokens.length - 1]!.text === ':') tokens.pop();
  const quoteToken: Token = { text: text.slice(quote.start, quote.end), start: quote.start, end: quote.end, kind: 'quote', quote: index };
  const all = [...tokens, quoteToken];
  const found = attributeBefore(all, tokens.length, tokens) ?? (requireVerb ? null : sentenceSubject(tokens));
  if (!found) return null;
  return { speaker: phraseText(text, all, found), pronoun: found.pronoun, position: all[found.start]!.start, how: 'before' };
}

/** "…," Mr. Steele said / "…," said Steele / "…," according to the KCNA / », a-t-il ajouté. */
function attributeAfter(tokens: readonly Token[], q: number): Phrase | null {
  let k = q + 1;
  while (k < tokens.length && tokens[k]!.kind === 'punct' && /^[,—–\-]$/u.test(tokens[k]!.text)) k++;
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
  for (let v = q - 1; v >= 0; v--) {
    const according = isAccordingTo(tokens, v);
    if (according) return phraseAfter(tokens, v + according, q);
    if (!isSpeechVerb(tokens, v)) continue;
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
    let last = v - 1;
    if (lower(tokens[last]) === 'who') last--;
    const phrase = phraseBefore(tokens, last, 0);
    if (phrase) return phrase;
    const inverted = phraseAfter(tokens, v + 1, q);
    if (inverted && (tokens[inverted.end]?.text === ',' || inverted.end === q) && isNameWord(tokens[inverted.start])) return inverted;
    return sentenceSubject(sentence);
  }
  return null;
}

/** A speech verb later in the sentence: “defects” … were also discussed, according to the KCNA. */
function attributeLater(tokens: readonly Token[], q: number, sentence: readonly Token[]): Phrase | null {
  for (let v = q + 1; v < tokens.length; v++) {
    const according = isAccordingTo(tokens, v);
    if (according) return phraseAfter(tokens, v + according, tokens.length);
    if (!isSpeechVerb(tokens, v)) continue;
    // "…his comment that Obama subscribed to a “phony theology,” saying he …": the subject's words.
    if (isParticiple(lower(tokens[v]))) return sentenceSubject(sentence);
    const phrase = phraseBefore(tokens, v - 1, q + 1);
    if (phrase) return phrase;
  }
  return null;
}

/** The subject of a sentence: its first phrase after leading conjunctions and an introductory phrase. */
export function sentenceSubject(tokens: readonly Token[]): Phrase | null {
  let i = 0;
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
  } else if (INTRODUCERS.has(lower(first)) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text)) {
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
      if (k > i + 1 && tokens[k] && tokens[k]!.text !== ',' && (DETERMINERS.has(lower(tokens[k])) || isNameWord(tokens[k]) || ['he', 'she', 'they'].includes(lower(tokens[k])))) {
        return phraseAfter(tokens, k, tokens.length);
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
  return phraseAfter(tokens, i, tokens.length);
}
