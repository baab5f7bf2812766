import search from 'approx-string-match';
import { contextDistance, editDistance } from './edit-distance';
import { type NormalizedText, normalizeText, originalEnd, originalStart, toNormalizedOffset, toOriginalRange } from './normalize-text';
import { ANCHOR_CONTEXT } from './text-anchor';

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

/** A context side counts as matching when at least this share of it matches (weighted)… */
const STRONG_CONTEXT = 0.75;
/** …and as all but intact above this. */
const INTACT_CONTEXT = 0.9;
/** When both sides agree with an exact quote, each needs only this much. */
const FAIR_CONTEXT = 0.6;
/** Both sides, when the quote itself is found only between them. */
const PINNED_CONTEXT = 0.85;
/** The characters of a context next to the quote… */
const NEAR_CONTEXT = 12;
/** …of which at least this share must match for the side to count at all. */
const NEAR_MIN = 0.5;
/** Quote plus matching context must add up to this many characters of evidence. */
const MIN_EVIDENCE = 24;
/** What a prefix (suffix) that reached the start (end) of the text weighs in addition. */
const BOUNDARY_WEIGHT = 8;
/** Between the best place and the next best, at least this much of the context score… */
const MARGIN = 0.15;
/** …or of the approximate score (quote + 2 × context). */
const APPROXIMATE_MARGIN = 0.3;
/** The approximate search allows this share of the quote's characters to differ. */
const MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this are only found exactly (with context). */
const MIN_APPROXIMATE_LENGTH = 4;
/** The quote found between its context may differ this much (1 − distance / length). */
const MIN_PINNED_QUOTE_SIMILARITY = 0.4;
/** A quote at least this long needs the context of one side only, if it nearly matches. */
const LONG_QUOTE = 32;
/** A quote at least this long, still at its old offsets, stays even if its context changed. */
const SELF_EVIDENT_QUOTE = 64;
/** Extra text characters a context alignment may stretch over. */
const CONTEXT_SLACK = 8;
/** Exact occurrences whose context is measured in full (chosen by a quick count). */
const MAX_SCORED = 16;

interface Query {
  doc: NormalizedText;
  text: string;
  quote: string;
  prefix: Context | undefined;
  suffix: Context | undefined;
  /** The old start, as an offset of the normalised new text (an estimate). */
  oldAt: number | undefined;
}

/** A prefix or suffix, normalised. */
interface Context {
  text: string;
  /**
   * The text began (prefix) or ended (suffix) right there: describeRange keeps
   * ANCHOR_CONTEXT characters (one fewer not to cut a surrogate pair), so a shorter
   * context reached the edge.
   */
  atEdge: boolean;
}

/** How well one side's context matches at a place. */
interface Side {
  /** 1 − edit distance / length over the whole context. */
  sim: number;
  /** The same over the characters next to the quote. */
  near: number;
}

interface Candidate {
  start: number;
  end: number;
  /** 1 − errors / quote length. */
  quoteSim: number;
  prefix: Side | null;
  suffix: Side | null;
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
  if (typeof exact !== 'string' || exact.length === 0 || typeof text !== 'string') return { orphan: true };
  const doc = normalized(text);
  const quote = normalizeText(exact).text;
  if (quote.length === 0 || quote === ' ') return { orphan: true };
  const query: Query = {
    doc,
    text: doc.text,
    quote,
    prefix: context(target.prefix),
    suffix: context(target.suffix),
    oldAt: typeof target.start === 'number' && Number.isFinite(target.start) ? toNormalizedOffset(doc, Math.max(0, Math.min(text.length, Math.round(target.start)))) : undefined,
  };

  // 1. Still where it was.
  const old = validRange(target.start, target.end, text.length);
  if (old && text.slice(old.start, old.end) === exact) {
    const start = toNormalizedOffset(doc, old.start);
    const end = toNormalizedOffset(doc, old.end);
    if (end > start && originalStart(doc, start) === old.start && originalEnd(doc, end - 1) === old.end) {
      const candidate = evaluate(query, start, end, 1);
      if (quote.length >= SELF_EVIDENT_QUOTE || supportsExact(query, candidate)) return result(text, doc, start, end, 'position');
    }
  }

  // 2. The quote as it was, elsewhere.
  const occurrences = exactOccurrences(query);
  const exactStep = findExact(query, occurrences);
  if (exactStep === 'ambiguous') return { orphan: true };
  if (exactStep) return result(text, doc, exactStep.start, exactStep.end, 'exact');

  // 3. The quote with some changes.
  if (quote.length >= MIN_APPROXIMATE_LENGTH) {
    const approximate = findApproximate(query, occurrences);
    if (approximate) return result(text, doc, approximate.start, approximate.end, 'approximate');
  }
  return { orphan: true };
}

function context(original: string | undefined): Context | undefined {
  if (typeof original !== 'string') return undefined;
  return { text: normalizeText(original).text, atEdge: original.length < ANCHOR_CONTEXT - 1 };
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

function side(context: Context | undefined, text: string, anchor: number, direction: 'before' | 'after'): Side | null {
  if (context === undefined) return null;
  const pattern = context.text;
  const m = pattern.length;
  // Text between the edge and the anchor that a context at the edge does not cover.
  const uncovered = context.atEdge ? (direction === 'before' ? anchor : text.length - anchor) - m : 0;
  if (m === 0) return uncovered === 0 ? { sim: 1, near: 1 } : { sim: 0, near: 0 };
  const distance = Math.max(contextDistance(pattern, text, anchor, direction, CONTEXT_SLACK), uncovered);
  const sim = Math.max(0, 1 - distance / m);
  if (sim < FAIR_CONTEXT) return { sim, near: 0 };
  const near = direction === 'before' ? pattern.slice(-NEAR_CONTEXT) : pattern.slice(0, NEAR_CONTEXT);
  return { sim, near: 1 - contextDistance(near, text, anchor, direction, 2) / near.length };
}

/** What a side weighs: its characters, and being at the text's edge. */
function weight(context: Context | undefined): number {
  if (context === undefined) return 0;
  return context.text.length + (context.atEdge ? BOUNDARY_WEIGHT : 0);
}

function evaluate(query: Query, start: number, end: number, quoteSim: number): Candidate {
  const prefix = side(query.prefix, query.text, start, 'before');
  const suffix = side(query.suffix, query.text, end, 'after');
  const prefixWeight = weight(query.prefix);
  const suffixWeight = weight(query.suffix);
  const context = (prefix?.sim ?? 0) * prefixWeight + (suffix?.sim ?? 0) * suffixWeight;
  return {
    start,
    end,
    quoteSim,
    prefix,
    suffix,
    contextScore: prefixWeight + suffixWeight === 0 ? null : context / (prefixWeight + suffixWeight),
    evidence: quoteSim * query.quote.length + context,
    distance: query.oldAt === undefined ? 0 : Math.abs(start - query.oldAt),
  };
}

/** The side's context matches at least `threshold`, and so do the characters next to the quote. */
function good(s: Side | null, threshold: number): boolean {
  return s !== null && s.sim >= threshold && s.near >= NEAR_MIN;
}

function hasContext(query: Query): boolean {
  return query.prefix !== undefined || query.suffix !== undefined;
}

/** The quote is there exactly: does its context agree? One side all but intact, or both fairly. */
function supportsExact(query: Query, c: Candidate): boolean {
  if (!hasContext(query)) return true;
  if (c.evidence < MIN_EVIDENCE) return false;
  return good(c.prefix, INTACT_CONTEXT) || good(c.suffix, INTACT_CONTEXT) || (good(c.prefix, FAIR_CONTEXT) && good(c.suffix, FAIR_CONTEXT));
}

/** The quote is there with changes: both sides must agree, or one side and a long, nearly unchanged quote. */
function supportsApproximate(query: Query, c: Candidate): boolean {
  const m = query.quote.length;
  if (!hasContext(query)) return c.quoteSim >= 0.85 && m >= 16;
  if (c.evidence < MIN_EVIDENCE) return false;
  if (c.pinned) return good(c.prefix, PINNED_CONTEXT) && good(c.suffix, PINNED_CONTEXT) && c.quoteSim >= MIN_PINNED_QUOTE_SIMILARITY;
  if (c.quoteSim < 1 - MAX_ERROR_RATE) return false;
  if (good(c.prefix, STRONG_CONTEXT) && good(c.suffix, STRONG_CONTEXT)) return true;
  return (good(c.prefix, INTACT_CONTEXT) || good(c.suffix, INTACT_CONTEXT)) && c.quoteSim >= 0.9 && m >= LONG_QUOTE;
}

// ---- 2. exact occurrences -----------------------------------------------------------

function exactOccurrences(query: Query): number[] {
  const { text, quote } = query;
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

function findExact(query: Query, starts: number[]): Candidate | 'ambiguous' | null {
  const m = query.quote.length;
  if (starts.length === 0) return null;
  if (!hasContext(query)) {
    if (starts.length === 1) return evaluate(query, starts[0]!, starts[0]! + m, 1);
    return nearestIfClear(query, starts);
  }
  const candidates = quickPick(query, starts).map((start) => evaluate(query, start, start + m, 1));
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
  const { text, quote } = query;
  const prefix = query.prefix?.text ?? '';
  const suffix = query.suffix?.text ?? '';
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

/** Part of the text: [from, to). */
interface Area {
  from: number;
  to: number;
}

/**
 * First around the old place (where an edited quote usually still is), and if what is
 * found there is not beyond doubt, in the whole text.
 */
function findApproximate(query: Query, occurrences: number[]): Candidate | null {
  const { text, quote, oldAt } = query;
  const whole = { from: 0, to: text.length };
  if (oldAt === undefined || text.length <= 2 * NEARBY + quote.length) return choose(query, [...quoteMatches(query, occurrences, whole), ...pinnedMatches(query, whole)]);
  const near = { from: Math.max(0, oldAt - NEARBY), to: Math.min(text.length, oldAt + quote.length + NEARBY) };
  const nearby = quoteMatches(query, occurrences, near);
  let found = choose(query, nearby);
  if (found && beyondDoubt(found)) return found;
  // Between its old prefix and suffix (looked for near the old place only).
  const pinned = pinnedMatches(query, near);
  found = choose(query, [...nearby, ...pinned]);
  if (found && beyondDoubt(found)) return found;
  // The rest of the text, overlapping the part searched by a quote's length (and its errors).
  const overlap = Math.ceil(quote.length * (1 + MAX_ERROR_RATE));
  const before = { from: 0, to: Math.min(text.length, near.from + overlap) };
  const after = { from: Math.max(0, near.to - overlap), to: text.length };
  const far = [...(near.from > 0 ? quoteMatches(query, occurrences, before) : []), ...(near.to < text.length ? quoteMatches(query, occurrences, after) : [])];
  return choose(query, [...bestOfOverlapping([...nearby, ...far]), ...pinned]);
}

/** Found with both sides of the context all but intact (or pinned by them): no other place could do better. */
function beyondDoubt(candidate: Candidate): boolean {
  return candidate.pinned === true || (good(candidate.prefix, INTACT_CONTEXT) && good(candidate.suffix, INTACT_CONTEXT));
}

/** The best acceptable candidate, unless another place (not overlapping it) is about as good. */
function choose(query: Query, candidates: Candidate[]): Candidate | null {
  const accepted = candidates.filter((candidate) => supportsApproximate(query, candidate));
  if (accepted.length === 0) return null;
  accepted.sort((a, b) => approximateScore(b) - approximateScore(a) || a.distance - b.distance);
  const best = accepted[0]!;
  for (const other of accepted.slice(1)) {
    if ((other.end <= best.start || other.start >= best.end) && approximateScore(other) > approximateScore(best) - APPROXIMATE_MARGIN) return null;
  }
  return best;
}

/**
 * Quote and context together; the context counts twice, since it is what tells two
 * places apart, and since a match that stops short of a changed last word scores a
 * better quote than the whole span does (the difference moves into the context).
 */
function approximateScore(candidate: Candidate): number {
  return candidate.quoteSim + 2 * (candidate.contextScore ?? 0);
}

/** The approximate search looks this far around the old place first. */
const NEARBY = 1024;
/** Text searched at once: the search reports only the best matches of each piece. */
const SEARCH_PIECE = 2048;
/** Most matches taken from one piece. */
const MAX_MATCHES_PER_PIECE = 32;
/** Quotes longer than this are searched by their first and last LONG_QUOTE_END characters. */
const MAX_SEARCHED_QUOTE = 512;
const LONG_QUOTE_END = 128;

/**
 * Places where the quote occurs with up to a quarter of its characters changed. The
 * search (approx-string-match) reports only the matches with the fewest errors, so the
 * text is searched in pieces, leaving out the exact occurrences (rejected already):
 * a worse match that is in the right place is not hidden by a better one elsewhere.
 */
function quoteMatches(query: Query, occurrences: number[], area: Area): Candidate[] {
  const { text, quote } = query;
  const m = quote.length;
  if (m > MAX_SEARCHED_QUOTE) return longQuoteMatches(query, occurrences, area);
  const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  const found: Array<{ start: number; end: number; errors: number }> = [];
  for (const [from, to] of pieces(area, occurrences, m, m + maxErrors)) {
    const matches = search(text.slice(from, to), quote, maxErrors);
    for (const match of matches.slice(0, MAX_MATCHES_PER_PIECE)) found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
  }
  return bestOfOverlapping(found.map((match) => evaluate(query, match.start, match.end, 1 - match.errors / m))).map((candidate) => refine(query, candidate));
}

/** The area in pieces of about SEARCH_PIECE characters, overlapping by `overlap`, around the excluded occurrences. */
function pieces(area: Area, occurrences: number[], m: number, overlap: number): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let from = area.from;
  for (const start of occurrences) {
    if (start + m <= area.from || start >= area.to) continue;
    if (start > from) gaps.push([from, start]);
    from = Math.max(from, start + m);
  }
  if (from < area.to) gaps.push([from, area.to]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of gaps) {
    for (let at = a; at < b; at += SEARCH_PIECE) {
      const end = Math.min(b, at + SEARCH_PIECE + overlap);
      out.push([at, end]);
      if (end === b) break;
    }
  }
  return out;
}

/** Of candidates that overlap one another, the best. */
function bestOfOverlapping(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const last = out.at(-1);
    if (last && candidate.start < last.end) {
      if (approximateScore(candidate) > approximateScore(last)) out[out.length - 1] = candidate;
    } else out.push(candidate);
  }
  return out;
}

/**
 * The quote's edges may have changed (a first or last word replaced): the search then
 * ends the match early or starts it late. Where the prefix ends and the suffix starts
 * near the match, and quote and context differ no more in all, that is the place.
 */
function refine(query: Query, candidate: Candidate): Candidate {
  const { text, quote, prefix, suffix } = query;
  const settled = (s: Side | null) => s === null || s.sim === 1;
  if (settled(candidate.prefix) && settled(candidate.suffix)) return candidate;
  const reach = 8 + Math.ceil(quote.length * MAX_ERROR_RATE);
  const start = prefix === undefined || settled(candidate.prefix) ? candidate.start : nearestPin(text, prefix, 'before', candidate.start, reach);
  const end = suffix === undefined || settled(candidate.suffix) ? candidate.end : nearestPin(text, suffix, 'after', candidate.end, reach);
  if ((start === candidate.start && end === candidate.end) || end <= start) return candidate;
  const longer = Math.max(quote.length, end - start);
  const quoteSim = quote.length > MAX_PINNED_QUOTE ? candidate.quoteSim : 1 - editDistance(quote, text.slice(start, end)) / longer;
  const refined = evaluate(query, start, end, quoteSim);
  // Characters skipped at an edge move from the quote's errors to the context's: at no
  // more errors in all, the edges where the context fits are the right ones.
  return errors(query, refined) <= errors(query, candidate) ? refined : candidate;
}

/** Characters of quote and context that differ at a place. */
function errors(query: Query, c: Candidate): number {
  const m = query.quote.length;
  return (1 - c.quoteSim) * Math.max(m, c.end - c.start) + (1 - (c.prefix?.sim ?? 1)) * (query.prefix?.text.length ?? 0) + (1 - (c.suffix?.sim ?? 1)) * (query.suffix?.text.length ?? 0);
}

/** Where the context, found with few changes within `reach` of `anchor`, ends (prefix) or starts (suffix). */
function nearestPin(text: string, context: Context, direction: 'before' | 'after', anchor: number, reach: number): number {
  const pattern = context.text;
  if (context.atEdge) {
    const at = direction === 'before' ? pattern.length : text.length - pattern.length;
    return Math.abs(at - anchor) <= reach ? at : anchor;
  }
  const from = direction === 'before' ? Math.max(0, anchor - reach - pattern.length) : Math.max(0, anchor - reach);
  const to = direction === 'before' ? Math.min(text.length, anchor + reach) : Math.min(text.length, anchor + reach + pattern.length);
  const window = text.slice(from, to);
  const places: number[] = [];
  if (pattern.length < MIN_PIN_CONTEXT) {
    for (let at = window.indexOf(pattern); at !== -1; at = window.indexOf(pattern, at + 1)) places.push(from + (direction === 'before' ? at + pattern.length : at));
  } else {
    for (const match of search(window, pattern, Math.floor(pattern.length * (1 - STRONG_CONTEXT)))) places.push(from + (direction === 'before' ? match.end : match.start));
  }
  let best = anchor;
  for (const at of places) if (best === anchor || Math.abs(at - anchor) < Math.abs(best - anchor)) best = at;
  return best;
}

/**
 * A quote too long to search whole: its first and last characters are searched, and
 * what lies between a match of each is compared piece by piece.
 */
function longQuoteMatches(query: Query, occurrences: number[], area: Area): Candidate[] {
  const { text, quote } = query;
  const m = quote.length;
  const head = quote.slice(0, LONG_QUOTE_END);
  const tail = quote.slice(-LONG_QUOTE_END);
  const maxErrors = Math.floor(LONG_QUOTE_END * MAX_ERROR_RATE);
  const heads: number[] = [];
  const tails: number[] = [];
  for (const [from, to] of pieces(area, occurrences, m, LONG_QUOTE_END + maxErrors)) {
    const piece = text.slice(from, to);
    for (const match of search(piece, head, maxErrors).slice(0, MAX_MATCHES_PER_PIECE)) heads.push(from + match.start);
    for (const match of search(piece, tail, maxErrors).slice(0, MAX_MATCHES_PER_PIECE)) tails.push(from + match.end);
  }
  const candidates: Candidate[] = [];
  for (const start of new Set(heads)) {
    for (const end of new Set(tails)) {
      const length = end - start;
      if (length < m * (1 - MAX_ERROR_RATE) || length > m * (1 + MAX_ERROR_RATE)) continue;
      candidates.push(evaluate(query, start, end, shareOfPiecesFound(quote, text.slice(start, end))));
    }
  }
  return bestOfOverlapping(candidates);
}

/** Of the quote's 32-character pieces, the share found, in order, in `region`. */
function shareOfPiecesFound(quote: string, region: string): number {
  const size = 32;
  let found = 0;
  let total = 0;
  let cursor = 0;
  for (let at = 0; at < quote.length; at += size) {
    total++;
    const index = region.indexOf(quote.slice(at, at + size), cursor);
    if (index !== -1) {
      found++;
      cursor = index + 1;
    }
  }
  return found / total;
}

/** Longest quote the context-pinned search compares in full. */
const MAX_PINNED_QUOTE = 256;
/** A prefix or suffix shorter than this pins nothing (unless it reached the text's edge). */
const MIN_PIN_CONTEXT = 8;
/** More places than this for a context: it pins nothing. */
const MAX_PINS = 20;

/** The text between a place where the prefix ends and one where the suffix starts, when it is still like the quote. */
function pinnedMatches(query: Query, area: Area): Candidate[] {
  const { text, quote, prefix, suffix } = query;
  const m = quote.length;
  if (prefix === undefined || suffix === undefined || m > MAX_PINNED_QUOTE || m < MIN_APPROXIMATE_LENGTH) return [];
  const starts = pins(text, prefix, 'before', area);
  const ends = starts && starts.length > 0 ? pins(text, suffix, 'after', area) : null;
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

/** Most places of a context's pieces looked at before searching the whole text for it instead. */
const MAX_PIECE_HITS = 48;

/**
 * Where a context, found with few changes in `area`, ends (prefix) or starts (suffix); null when
 * it is too short or too common to pin anything. With at most k changes, one of k + 1
 * pieces of the context is unchanged: the places of the pieces (indexOf) are checked
 * with an approximate search of the context around each.
 */
function pins(text: string, context: Context, direction: 'before' | 'after', area: Area): number[] | null {
  const pattern = context.text;
  const m = pattern.length;
  if (context.atEdge) return [direction === 'before' ? m : text.length - m];
  if (m < MIN_PIN_CONTEXT) return null;
  const maxErrors = Math.floor(m * (1 - PINNED_CONTEXT));
  const size = Math.floor(m / (maxErrors + 1));
  // The context ends (prefix) or starts (suffix) in the area.
  const from = Math.max(0, area.from - (direction === 'before' ? m + maxErrors : 0));
  const to = Math.min(text.length, area.to + (direction === 'before' ? 0 : m + maxErrors));
  const windows: Area[] = [];
  for (let piece = 0; piece <= maxErrors; piece++) {
    const offset = piece * size;
    const chunk = pattern.slice(offset, offset + size);
    for (let at = text.indexOf(chunk, from); at !== -1 && at < to; at = text.indexOf(chunk, at + 1)) {
      if (windows.length >= MAX_PIECE_HITS) return anchorsOf(text, pattern, direction, maxErrors, [{ from, to }]);
      windows.push({ from: Math.max(0, at - offset - maxErrors), to: Math.min(text.length, at - offset + m + maxErrors) });
    }
  }
  return anchorsOf(text, pattern, direction, maxErrors, mergeAreas(windows));
}

function anchorsOf(text: string, pattern: string, direction: 'before' | 'after', maxErrors: number, areas: Area[]): number[] | null {
  const anchors = new Set<number>();
  for (const area of areas) {
    for (const match of search(text.slice(area.from, area.to), pattern, maxErrors)) anchors.add(area.from + (direction === 'before' ? match.end : match.start));
    if (anchors.size > MAX_PINS) return null;
  }
  return [...anchors];
}

function mergeAreas(areas: Area[]): Area[] {
  areas.sort((a, b) => a.from - b.from);
  const merged: Area[] = [];
  for (const area of areas) {
    const last = merged.at(-1);
    if (last && area.from <= last.to) last.to = Math.max(last.to, area.to);
    else merged.push({ ...area });
  }
  return merged;
}
