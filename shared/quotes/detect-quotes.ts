import { attributeCjk, cjkLanguage } from './attribution-cjk';
import { attributeIntroduced, attributeLatin, sentenceSubject, type Attribution } from './attribution-latin';
import { phraseText } from './noun-phrases';
import { blocksOf, findQuoteSpans, type Block, type QuoteSpan } from './quote-spans';
import { sentencesOf } from './sentences';
import { SpeakerResolver } from './speakers';
import { tokenize, type Range } from './tokens';

/**
 * Quotations in a clipping's canonical text, with who said them: the reader shows
 * them as suggestions, and one click makes one a quote annotation.
 *
 * The text is read block by block (blocks are separated by a blank line):
 * quote-spans.ts pairs the marks (“…” "…" ‘…’ '…' «…» „…“ 「…」 『…』, quotations
 * continued across paragraphs), sentences.ts finds the sentence around each one,
 * attribution-latin.ts / attribution-cjk.ts find the speaker phrase next to a speech
 * verb, and speakers.ts resolves pronouns and bare surnames.
 */
export interface DetectedQuote {
  /** Offsets in the text, INCLUDING the quotation marks. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Who said it, as written in the text ("Mr. Steele", "Michael Steele", "the KCNA", "House Democrats"); null when no attribution is found. */
  speaker: string | null;
}

interface Sentence extends Range {
  block: number;
}

export function detectQuotes(text: string): DetectedQuote[] {
  const blocks = blocksOf(text);
  const spans = findQuoteSpans(text, blocks);
  if (spans.length === 0) return [];
  const sentences = allSentences(text, blocks, spans);
  const resolver = new SpeakerResolver(text);
  rememberSubjects(text, sentences, spans, resolver);

  const results: DetectedQuote[] = [];
  /** Quotations attributed so far, for "the statement continued" and for quotations standing alone. */
  const attributed: Array<{ speaker: string; sentence: Sentence; how: Attribution['how'] | 'inherited' }> = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const openIndex = sentenceIndexAt(sentences, span.start);
    const closeIndex = Math.max(openIndex, sentenceIndexAt(sentences, span.end - 1));
    const openSentence = sentences[openIndex]!;
    const closeSentence = sentences[closeIndex]!;
    const nextSentence = sentences[closeIndex + 1]?.block === closeSentence.block ? sentences[closeIndex + 1] : undefined;
    const standalone = isStandalone(text, span, openSentence, closeSentence);

    let attribution = attribute(text, spans, index, openSentence, closeSentence, nextSentence);
    if (!attribution && standalone && openSentence.start === blocks[openSentence.block]!.start && openIndex > 0) {
      // A block quotation after "Trump responded in a statement:".
      const introduction = sentences[openIndex - 1]!;
      if (introduction.block === openSentence.block - 1 && /:\s*$/u.test(text.slice(introduction.start, introduction.end))) {
        attribution = cjkLanguage(text.slice(introduction.start, introduction.end)) ? null : attributeIntroduced(text, spans, index, introduction);
      }
    }

    if (!attribution && standalone && openIndex > 0) {
      // A quotation after a sentence that reports speech: "Dukes walked out …, saying she feels no anger."
      const previous = sentences[openIndex - 1]!;
      const previousText = text.slice(previous.start, previous.end);
      if (previous.block === openSentence.block && !spans.some((other) => other.start >= previous.start && other.start < previous.end) && !cjkLanguage(previousText)) {
        attribution = attributeIntroduced(text, spans, index, previous, true);
      }
    }

    let speaker: string | null = null;
    let how: Attribution['how'] | 'inherited' | null = null;
    if (attribution) {
      speaker = resolve(attribution, resolver, attributed);
      how = attribution.how;
      if (speaker && !attribution.pronoun) resolver.mention(attribution.position, speaker);
    } else if (standalone) {
      // A quotation that is a sentence of its own continues the last speaker's words.
      const previous = attributed.findLast((earlier) => earlier.how !== 'later');
      if (previous && openSentence.block - previous.sentence.block <= 1) {
        speaker = previous.speaker;
        how = 'inherited';
      }
    }
    if (speaker && how) attributed.push({ speaker, sentence: openSentence === closeSentence ? openSentence : closeSentence, how });
    results.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker });
  }
  return results;
}

/** Nouns for what a speaker wrote or issued: "the statement continued" speaks for whoever issued it. */
const DOCUMENTS = new Set(['statement', 'letter', 'ad', 'advertisement', 'tweet', 'post', 'release', 'memo', 'email', 'e-mail', 'op-ed', 'essay', 'message', 'video', 'filing', 'complaint', 'speech']);

function resolve(attribution: Attribution, resolver: SpeakerResolver, attributed: ReadonlyArray<{ speaker: string; sentence: Sentence }>): string | null {
  if (attribution.pronoun) return resolver.resolvePronoun(attribution.position, attribution.pronoun);
  const phrase = attribution.speaker;
  const words = phrase.split(/\s+/u);
  if (words.length >= 2 && /^the$/iu.test(words[0]!)) {
    const head = words[words.length - 1]!.toLowerCase();
    if (DOCUMENTS.has(head)) {
      for (let i = attributed.length - 1; i >= 0 && i >= attributed.length - 4; i--) {
        const earlier = attributed[i]!;
        if (attribution.position - earlier.sentence.end > 4000) break;
        if (new RegExp(`\\b${head}\\b`, 'iu').test(resolver.textOf(earlier.sentence)) && !/^the\s/iu.test(earlier.speaker)) return earlier.speaker;
      }
      return phrase;
    }
    return resolver.resolveRole(phrase, attribution.position) ?? phrase;
  }
  return resolver.fullName(phrase, attribution.position);
}

function attribute(text: string, spans: readonly QuoteSpan[], index: number, openSentence: Sentence, closeSentence: Sentence, nextSentence: Sentence | undefined): Attribution | null {
  const span = spans[index]!;
  const outside = text.slice(openSentence.start, span.start) + text.slice(span.end, closeSentence.end);
  const language = cjkLanguage(outside);
  if (language) return attributeCjk({ text, quote: span, openSentence, closeSentence, language });
  return attributeLatin({ text, quotes: spans, index, openSentence, closeSentence, nextSentence });
}

function allSentences(text: string, blocks: readonly Block[], spans: readonly Range[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    for (const sentence of sentencesOf(text, block, spans)) sentences.push({ ...sentence, block: b });
  });
  return sentences;
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  // Between sentences (white space): the one before.
  return Math.max(0, high);
}

/** The subject of each sentence, so that a later "he said" can find who "he" is. */
function rememberSubjects(text: string, sentences: readonly Sentence[], spans: readonly Range[], resolver: SpeakerResolver): void {
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end, spans);
    if (tokens.length === 0 || cjkLanguage(text.slice(sentence.start, sentence.end))) continue;
    const subject = sentenceSubject(tokens);
    if (!subject) continue;
    const position = tokens[subject.start]!.start;
    if (subject.pronoun) {
      const resolved = resolver.resolvePronoun(position, subject.pronoun);
      if (resolved) resolver.mention(position, resolved);
      continue;
    }
    resolver.mention(position, resolver.fullName(phraseText(text, tokens, subject), position));
  }
}

/** Whether the quotation is a sentence (or more) of its own, with nothing of the journalist's around it. */
function isStandalone(text: string, span: Range, openSentence: Range, closeSentence: Range): boolean {
  const before = text.slice(openSentence.start, span.start);
  const after = text.slice(span.end, closeSentence.end);
  return /^[\s\p{P}]*$/u.test(before) && /^[\s\p{P}]*$/u.test(after);
}
