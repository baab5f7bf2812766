import search from 'approx-string-match';
import { contextDistance, editDistance } from './edit-distance';
import { type NormalizedText, normalizeText, toNormalizedOffset, toOriginalRange } from './normalize-text';

/**
 * Finding an annotation's quote again after its clipping's text changed. A wrong
 * placement is worse than an orphan: every step below accepts a place only when the
 * quote and its context agree with it and no other place agrees about as well.
 *
 * Matching is done on normalised copies (./normalize-text.ts), so changes of white
 * space and of quote-mark, apostrophe and dash style are not changes; results are
 * mapped back to the new text's own characters.
 *
 * 1. position: the quote is still at its old offsets, and its context does not say
 *    otherwise.
 * 2. exact: the quote occurs (normalised) in the text; the occurrence whose prefix and
 *    suffix match best is taken if its context supports it and no other occurrence is
 *    nearly as good (context first, then the distance from the old place).
 * 3. approximate: the quote with up to a quarter of its characters changed, where
 *    prefix and suffix both match (or, for a long quote, one of them); or, failing
 *    that, the text between a well-matching prefix and suffix when it is still close
 *    to the quote ("context-pinned": a changed word in a short quote).
 * 4. otherwise an orphan.
 */

export type AnchorMethod = 'position' | 'exact' | 'approximate';
export type AnchorResult = { start: number; end: number; exact: string; method: AnchorMethod } | { orphan: true };

export interface ReanchorTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** A context side counts as matching when at least this share of it matches. */
const STRONG_CONTEXT = 0.75;
/** Both sides, when the quote itself is found only between them. */
const PINNED_CONTEXT = 0.85;
/** Quote plus matching context must add up to this many characters of evidence. */
const MIN_EVIDENCE = 24;
/** What the empty prefix (the quote began the text) or suffix (ended it) weighs. */
const BOUNDARY_WEIGHT = 8;
/** Between the best place and the next best, at least this much of the score. */
const MARGIN = 0.15;
/** The approximate search allows this share of the quote's characters to differ. */
const MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this are only found exactly (with context). */
const MIN_APPROXIMATE_LENGTH = 4;
/** The quote found between its context may differ this much (1 − distance / length). */
const MIN_PINNED_QUOTE_SIMILARITY = 0.4;
/** A quote at least this long needs the context of one side only, if it nearly matches. */
const LONG_QUOTE = 32;
/** Extra text characters a context alignment may stretch over. */
const CONTEXT_SLACK = 8;
/** Exact occurrences whose context is measured in full (chosen by a quick count). */
const MAX_SCORED = 16;

interface Query {
  doc: NormalizedText;
  text: string;
  quote: string;
  prefix: string | undefined;
  suffix: string | undefined;
  /** The old start, as an offset of the normalised new text (an estimate). */
  oldAt: number | undefined;
}

interface Candidate {
  start: number;
  end: number;
  /** 1 − errors / quote length. */
  quoteSim: number;
  prefixSim: number | null;
  suffixSim: number | null;
  /** Context agreement in [0, 1], weighted by the sides' lengths (null: no context given). */
  contextScore: number | null;
  /** Characters of quote and context that agree. */
  evidence: number;
  distance: number;
  /** Found as the text between a matching prefix and suffix, not by the quote. */
  pinned?: boolean;
}

export function reanchor(text: string, target: ReanchorTarget): AnchorResult {
  const { exact } = target;
  if (typeof exact !== 'string' || exact.length === 0) return { orphan: true };
  const doc = normalized(text);
  const quote = normalizeText(exact).text;
  if (quote.length === 0 || quote === ' ') return { orphan: true };
  const oldRange = validRange(target.start, target.end, text.length);
  const query: Query = {
    doc,
    text: doc.text,
    quote,
    prefix: target.prefix === undefined ? undefined : normalizeText(target.prefix).text,
    suffix: target.suffix === undefined ? undefined : normalizeText(target.suffix).text,
    oldAt: target.start === undefined || !Number.isFinite(target.start) ? undefined : toNormalizedOffset(doc, Math.max(0, Math.min(text.length, Math.round(target.start)))),
  };

  // 1. Still where it was.
  if (oldRange && text.slice(oldRange.start, oldRange.end) === exact) {
    const start = toNormalizedOffset(doc, oldRange.start);
    const end = toNormalizedOffset(doc, oldRange.end);
    if (end > start && doc.starts[start] === oldRange.start && doc.ends[end - 1] === oldRange.end) {
      const candidate = evaluate(query, start, end, 1);
      if (supportsExact(query, candidate)) return result(text, doc, start, end, 'position');
    }
  }

  // 2. The quote as it was, elsewhere.
  const exactStep = findExact(query);
  if (exactStep === 'ambiguous') return { orphan: true };
  if (exactStep) return result(text, doc, exactStep.start, exactStep.end, 'exact');

  // 3. The quote with some changes.
  if (quote.length >= MIN_APPROXIMATE_LENGTH) {
    const approximate = findApproximate(query);
    if (approximate) return result(text, doc, approximate.start, approximate.end, 'approximate');
  }
  return { orphan: true };
}

function result(text: string, doc: NormalizedText, start: number, end: number, method: AnchorMethod): AnchorResult {
  const range = toOriginalRange(doc, start, end);
  return { start: range.start, end: range.end, exact: text.slice(range.start, range.end), method };
}

function validRange(start: number | undefined, end: number | undefined, length: number): { start: number; end: number } | null {
  if (start === undefined || end === undefined) return null;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > length || end <= start) return null;
  return { start, end };
}

// ---- the normalised text, kept for the next call on the same text -------------------

let cachedText: string | null = null;
let cachedDoc: NormalizedText | null = null;

/** Re-anchoring all annotations of a clipping calls this with one text many times. */
function normalized(text: string): NormalizedText {
  if (cachedText !== text || !cachedDoc) {
    cachedDoc = normalizeText(text);
    cachedText = text;
  }
  return cachedDoc;
}

// ---- scoring a place ----------------------------------------------------------------

function sideSimilarity(context: string | undefined, text: string, anchor: number, direction: 'before' | 'after'): number | null {
  if (context === undefined) return null;
  if (context.length === 0) return (direction === 'before' ? anchor === 0 : anchor === text.length) ? 1 : 0;
  return 1 - contextDistance(context, text, anchor, direction, CONTEXT_SLACK) / context.length;
}

function sideWeight(context: string | undefined): number {
  if (context === undefined) return 0;
  return context.length === 0 ? BOUNDARY_WEIGHT : context.length;
}

function evaluate(query: Query, start: number, end: number, quoteSim: number): Candidate {
  const prefixSim = sideSimilarity(query.prefix, query.text, start, 'before');
  const suffixSim = sideSimilarity(query.suffix, query.text, end, 'after');
  const prefixWeight = sideWeight(query.prefix);
  const suffixWeight = sideWeight(query.suffix);
  const weights = prefixWeight + suffixWeight;
  const contextScore = weights === 0 ? null : ((prefixSim ?? 0) * prefixWeight + (suffixSim ?? 0) * suffixWeight) / weights;
  const evidence = quoteSim * query.quote.length + (prefixSim ?? 0) * prefixWeight + (suffixSim ?? 0) * suffixWeight;
  const distance = query.oldAt === undefined ? 0 : Math.abs(start - query.oldAt);
  return { start, end, quoteSim, prefixSim, suffixSim, contextScore, evidence, distance };
}

function strongSides(candidate: Candidate, threshold = STRONG_CONTEXT): number {
  return (candidate.prefixSim !== null && candidate.prefixSim >= threshold ? 1 : 0) + (candidate.suffixSim !== null && candidate.suffixSim >= threshold ? 1 : 0);
}

function hasContext(query: Query): boolean {
  return query.prefix !== undefined || query.suffix !== undefined;
}

/** The quote is there exactly: is the context for it (or at least not against it)? */
function supportsExact(query: Query, candidate: Candidate): boolean {
  if (!hasContext(query)) return true;
  return strongSides(candidate) >= 1 && candidate.evidence >= MIN_EVIDENCE;
}

// ---- 2. exact occurrences -----------------------------------------------------------

function findExact(query: Query): Candidate | 'ambiguous' | null {
  const { text, quote } = query;
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return null;

  if (!hasContext(query)) {
    if (starts.length === 1) return evaluate(query, starts[0]!, starts[0]! + quote.length, 1);
    return nearestIfClear(query, starts);
  }

  const candidates = quickPick(query, starts).map((start) => evaluate(query, start, start + quote.length, 1));
  candidates.sort(byContextThenDistance);
  const best = candidates[0]!;
  if (!supportsExact(query, best)) return null;
  const second = candidates[1];
  if (second && supportsExact(query, second) && second.contextScore! > best.contextScore! - MARGIN) {
    // Two places fit about as well. Only the old place itself settles it.
    return best.distance === 0 && second.distance !== 0 ? best : 'ambiguous';
  }
  return best;
}

function byContextThenDistance(a: Candidate, b: Candidate): number {
  return b.contextScore! - a.contextScore! || a.distance - b.distance;
}

/** Without any context: the occurrence nearest the old place, if it is clearly nearest. */
function nearestIfClear(query: Query, starts: number[]): Candidate | 'ambiguous' {
  if (query.oldAt === undefined) return 'ambiguous';
  const byDistance = starts.map((start) => ({ start, distance: Math.abs(start - query.oldAt!) })).sort((a, b) => a.distance - b.distance);
  const [first, second] = byDistance;
  if (second && second.distance <= 3 * first!.distance + 64) return 'ambiguous';
  return evaluate(query, first!.start, first!.start + query.quote.length, 1);
}

/**
 * Many occurrences (a short quote): a quick count of the context characters that match
 * in place picks the few worth measuring properly, plus the one nearest the old place.
 */
function quickPick(query: Query, starts: number[]): number[] {
  if (starts.length <= MAX_SCORED) return starts;
  const { text, quote, prefix = '', suffix = '' } = query;
  const quick = starts.map((start) => {
    let before = 0;
    for (let k = 1; k <= prefix.length && start - k >= 0; k++) if (prefix.charCodeAt(prefix.length - k) === text.charCodeAt(start - k)) before++;
    let after = 0;
    const end = start + quote.length;
    for (let k = 0; k < suffix.length && end + k < text.length; k++) if (suffix.charCodeAt(k) === text.charCodeAt(end + k)) after++;
    return { start, score: Math.max(before, after) * 2 + Math.min(before, after) };
  });
  quick.sort((a, b) => b.score - a.score);
  const picked = quick.slice(0, MAX_SCORED).map((q) => q.start);
  if (query.oldAt !== undefined) {
    let nearest = starts[0]!;
    for (const start of starts) if (Math.abs(start - query.oldAt) < Math.abs(nearest - query.oldAt)) nearest = start;
    if (!picked.includes(nearest)) picked.push(nearest);
  }
  return picked;
}

// ---- 3. approximate -----------------------------------------------------------------

function findApproximate(query: Query): Candidate | null {
  const candidates = [...quoteMatches(query), ...pinnedMatches(query)];
  if (candidates.length === 0) return null;
  const accepted = candidates.filter((candidate) => supportsApproximate(query, candidate));
  if (accepted.length === 0) return null;
  accepted.sort((a, b) => approximateScore(b) - approximateScore(a) || a.distance - b.distance);
  const best = accepted[0]!;
  // Any other place (not overlapping the best) that is acceptable and about as good?
  for (const other of accepted.slice(1)) {
    if (other.end <= best.start || other.start >= best.end) {
      if (approximateScore(other) > approximateScore(best) - MARGIN) return null;
    }
  }
  return best;
}

function approximateScore(candidate: Candidate): number {
  return candidate.quoteSim + (candidate.contextScore ?? 0);
}

function supportsApproximate(query: Query, candidate: Candidate): boolean {
  const m = query.quote.length;
  if (candidate.evidence < MIN_EVIDENCE) return false;
  if (!hasContext(query)) return candidate.quoteSim >= 0.85 && m >= 16;
  const both = query.prefix !== undefined && query.suffix !== undefined;
  if (candidate.pinned) {
    return strongSides(candidate, PINNED_CONTEXT) === 2 && candidate.quoteSim >= MIN_PINNED_QUOTE_SIMILARITY;
  }
  if (candidate.quoteSim < 1 - MAX_ERROR_RATE) return false;
  const strong = strongSides(candidate);
  if (both && strong === 2) return true;
  return strong >= 1 && candidate.quoteSim >= 0.9 && m >= LONG_QUOTE;
}

/** Places where the quote occurs with up to a quarter of its characters changed. */
function quoteMatches(query: Query): Candidate[] {
  const { text, quote } = query;
  const m = quote.length;
  const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  const matches = search(text, quote, maxErrors);
  const candidates: Candidate[] = [];
  // The search reports every end of an equally good match; keep the best of each overlapping group.
  let group: Candidate | null = null;
  for (const match of matches.slice(0, 200)) {
    if (match.errors === 0) continue; // found exactly already, and rejected
    const candidate = evaluate(query, match.start, match.end, 1 - match.errors / m);
    if (group && candidate.start < group.end) {
      if (approximateScore(candidate) > approximateScore(group)) group = candidate;
      continue;
    }
    if (group) candidates.push(group);
    group = candidate;
  }
  if (group) candidates.push(group);
  return candidates;
}

/** Longest quote the context-pinned search compares in full. */
const MAX_PINNED_QUOTE = 256;
/** A prefix or suffix shorter than this pins nothing (except the empty one: the text's edge). */
const MIN_PIN_CONTEXT = 8;
/** More places than this for a context: it pins nothing. */
const MAX_PINS = 20;

/** The text between a place where the prefix ends and one where the suffix starts, when it is still like the quote. */
function pinnedMatches(query: Query): Candidate[] {
  const { text, quote, prefix, suffix } = query;
  const m = quote.length;
  if (prefix === undefined || suffix === undefined || m > MAX_PINNED_QUOTE) return [];
  const starts = pins(text, prefix, 'before');
  const ends = starts && pins(text, suffix, 'after');
  if (!starts || !ends) return [];
  const minLength = Math.max(1, Math.ceil(m / 2));
  const maxLength = 2 * m + 16;
  const candidates: Candidate[] = [];
  for (const start of starts) {
    for (const end of ends) {
      const length = end - start;
      if (length < minLength || length > maxLength) continue;
      const longer = Math.max(m, length);
      const limit = Math.floor(longer * (1 - MIN_PINNED_QUOTE_SIMILARITY));
      const distance = editDistance(quote, text.slice(start, end), limit);
      if (distance > limit) continue;
      candidates.push({ ...evaluate(query, start, end, 1 - distance / longer), pinned: true });
    }
  }
  return candidates;
}

/** Where a context, found with few changes, ends (prefix) or starts (suffix); null when it is too short or too common. */
function pins(text: string, context: string, direction: 'before' | 'after'): number[] | null {
  if (context.length === 0) return [direction === 'before' ? 0 : text.length];
  if (context.length < MIN_PIN_CONTEXT) return null;
  const matches = search(text, context, Math.floor(context.length * (1 - PINNED_CONTEXT)));
  const anchors = [...new Set(matches.map((match) => (direction === 'before' ? match.end : match.start)))];
  return anchors.length > MAX_PINS ? null : anchors;
}
