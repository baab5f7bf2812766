import { attributeCjk, cjkLanguage } from './attribution-cjk';
import { attributeIntroduced, attributeLatin, isSpeechVerb, sentenceSubject, type Attribution } from './attribution-latin';
import { phraseBefore, phraseText } from './noun-phrases';
import { isParticiple } from './speech-verbs';
import { blocksOf, findQuoteSpans, type Block, type QuoteSpan } from './quote-spans';
import { sentencesOf } from './sentences';
import { issuingPattern } from './documents';
import { isScareQuote } from './scare-quotes';
import { SpeakerResolver } from './speakers';
import { TokenIndex, type Range, type Token } from './tokens';

/**
 * Quotations in a clipping's canonical text, with who said them: the reader shows
 * them as suggestions, and one click makes one a quote annotation.
 *
 * The text is read block by block (blocks are separated by a blank line):
 * quote-spans.ts pairs the marks (“…” "…" ‘…’ '…' «…» „…“ 「…」 『…』, quotations
 * continued across paragraphs), sentences.ts finds the sentence around each one,
 * attribution-latin.ts (with noun-phrases.ts and speech-verbs.ts) / attribution-cjk.ts
 * find the speaker phrase next to a verb of saying, speakers.ts resolves pronouns, roles
 * ("the governor") and bare surnames, documents.ts gives "the statement continued" to
 * whoever issued it, and scare-quotes.ts leaves out a quoted word or two inside the
 * journalist's own sentence.
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
  const index = new TokenIndex(text, spans);
  const tokensOf = (from: number, to: number) => index.range(from, to);
  rememberSubjects(text, sentences, tokensOf, resolver);

  /** The subject of a sentence shortly before `position` that matches `pattern` ("The Romney campaign retorted with an ad"). */
  const issuerBefore = (pattern: RegExp, position: number): string | null => {
    const at = sentenceIndexAt(sentences, position);
    for (let i = at; i >= 0 && i > at - 6; i--) {
      const sentence = sentences[i]!;
      if (sentence.start >= position) continue;
      if (sentences[at]!.block - sentence.block > 1) break;
      if (!pattern.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400)))) continue;
      const tokens = tokensOf(sentence.start, Math.min(sentence.end, sentence.start + 400));
      const subject = sentenceSubject(tokens);
      if (subject && !subject.pronoun) return phraseText(text, tokens, subject);
    }
    return null;
  };

  const results: DetectedQuote[] = [];
  /** Quotations attributed so far, for "the statement continued" and for quotations standing alone. */
  const attributed: Array<{ speaker: string; sentence: Sentence; how: Attribution['how'] | 'inherited' }> = [];
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const openIndex = sentenceIndexAt(sentences, span.start);
    const closeIndex = Math.max(openIndex, sentenceIndexAt(sentences, span.end - 1));
    const openSentence = sentences[openIndex]!;
    const closeSentence = sentences[closeIndex]!;
    const nextSentence = sentences[closeIndex + 1]?.block === closeSentence.block ? sentences[closeIndex + 1] : undefined;
    const standalone = isStandalone(text, span, openSentence, closeSentence);

    let attribution = attribute(text, spans, q, openSentence, closeSentence, nextSentence, tokensOf);
    if (!attribution && standalone && openSentence.start === blocks[openSentence.block]!.start && openIndex > 0) {
      // A block quotation after "Trump responded in a statement:".
      const introduction = sentences[openIndex - 1]!;
      const introductionText = text.slice(Math.max(introduction.start, introduction.end - 300), introduction.end);
      if (introduction.block === openSentence.block - 1 && /:\s*$/u.test(introductionText)) {
        attribution = cjkLanguage(introductionText) ? null : attributeIntroduced(text, spans, q, introduction, false, tokensOf);
      }
    }

    if (!attribution && standalone && openIndex > 0) {
      // A quotation after a sentence that reports speech: "Dukes walked out …, saying she feels no anger."
      const previous = sentences[openIndex - 1]!;
      const previousText = text.slice(Math.max(previous.start, previous.end - 300), previous.end);
      const previousHasQuote = q > 0 && spans[q - 1]!.start >= previous.start;
      if (previous.block === openSentence.block && !previousHasQuote && !cjkLanguage(previousText)) {
        attribution = attributeIntroduced(text, spans, q, previous, true, tokensOf);
      }
    }

    let speaker: string | null = null;
    let how: Attribution['how'] | 'inherited' | null = null;
    if (attribution) {
      speaker = resolve(attribution, resolver, attributed, issuerBefore, openSentence.block);
      how = attribution.how;
      if (speaker && !attribution.pronoun) resolver.mention(attribution.position, speaker);
    } else if (standalone) {
      // A quotation that is a sentence of its own continues the last speaker's words.
      let previous: (typeof attributed)[number] | undefined;
      for (let i = attributed.length - 1; i >= 0 && i >= attributed.length - 10 && !previous; i--) if (attributed[i]!.how !== 'later') previous = attributed[i];
      if (previous && openSentence.block - previous.sentence.block <= 1) {
        speaker = previous.speaker;
        how = 'inherited';
      }
    }
    if (speaker && how) attributed.push({ speaker, sentence: openSentence === closeSentence ? openSentence : closeSentence, how });
    if (isScareQuote(text, span, openSentence, attribution?.how === 'after', speaker !== null)) continue;
    results.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker });
  }
  return results;
}

function resolve(
  attribution: Attribution,
  resolver: SpeakerResolver,
  attributed: ReadonlyArray<{ speaker: string; sentence: Sentence }>,
  issuerBefore: (pattern: RegExp, position: number) => string | null,
  block: number,
): string | null {
  if (attribution.pronoun) return resolver.resolvePronoun(attribution.position, attribution.pronoun);
  const phrase = attribution.speaker;
  const issuing = issuingPattern(phrase);
  if (issuing) {
    // The statement speaks for whoever issued it: a quotation's speaker or a sentence's subject nearby.
    for (let i = attributed.length - 1; i >= 0 && i >= attributed.length - 4; i--) {
      const earlier = attributed[i]!;
      if (block - earlier.sentence.block > 2) break;
      if (issuing.test(resolver.textOf(earlier.sentence)) && !/^the\s/iu.test(earlier.speaker)) return earlier.speaker;
    }
    return issuerBefore(issuing, attribution.position) ?? phrase;
  }
  if (/^the\s/iu.test(phrase)) return resolver.resolveRole(phrase, attribution.position) ?? phrase;
  return resolver.fullName(phrase, attribution.position);
}

function attribute(
  text: string,
  spans: readonly QuoteSpan[],
  index: number,
  openSentence: Sentence,
  closeSentence: Sentence,
  nextSentence: Sentence | undefined,
  tokensOf: (from: number, to: number) => Token[],
): Attribution | null {
  const span = spans[index]!;
  const outside = text.slice(Math.max(openSentence.start, span.start - 200), span.start) + text.slice(span.end, Math.min(closeSentence.end, span.end + 200));
  const language = cjkLanguage(outside);
  if (language) return attributeCjk({ text, quote: span, openSentence, closeSentence, language });
  return attributeLatin({ text, quotes: spans, index, openSentence, closeSentence, nextSentence, tokensOf });
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
function rememberSubjects(text: string, sentences: readonly Sentence[], tokensOf: (from: number, to: number) => Token[], resolver: SpeakerResolver): void {
  for (const sentence of sentences) {
    const tokens = tokensOf(sentence.start, sentence.end);
    if (tokens.length === 0 || cjkLanguage(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 300)))) continue;
    // Whoever a sentence reports as speaking ("…, Mr. Kim said.") is mentioned too.
    const verb = tokens.findIndex((token, i) => token.kind === 'word' && isSpeechVerb(tokens, i) && !isParticiple(token.lower));
    if (verb > 0) {
      const speaker = phraseBefore(tokens, verb - 1, 0);
      if (speaker && !speaker.pronoun) {
        const position = tokens[speaker.start]!.start;
        resolver.mention(position, resolver.fullName(phraseText(text, tokens, speaker), position));
      }
    }
    const subject = sentenceSubject(tokens, (word) => resolver.isNameLike(word));
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
  if (span.start - openSentence.start > 20 || closeSentence.end - span.end > 20) return false;
  const before = text.slice(openSentence.start, span.start);
  const after = text.slice(span.end, closeSentence.end);
  return /^[\s\p{P}]*$/u.test(before) && /^[\s\p{P}]*$/u.test(after);
}
