import { bothSides, type Candidate, errors, evaluate, good, hasContext, makeContext, type Query } from './anchor-place';
import {
  APPROXIMATE_MARGIN,
  FAIR_CONTEXT,
  INTACT_CONTEXT,
  LONG_QUOTE,
  MARGIN,
  MAX_ERROR_RATE,
  MIN_APPROXIMATE_LENGTH,
  MIN_EVIDENCE,
  MIN_PINNED_QUOTE_SIMILARITY,
  PINNED_CONTEXT,
  SELF_EVIDENT_QUOTE,
  STRONG_CONTEXT,
} from './anchor-thresholds';
import { bestOfOverlapping, NEARBY, pinnedMatches, quoteMatches } from './approximate-places';
import { type NormalizedText, normalizeText, originalEnd, originalStart, toNormalizedOffset, toOriginalRange } from './normalize-text';
import { ANCHOR_CONTEXT } from './text-anchor';

/**
 * Finding an annotation's quote again after its clipping's text changed. A wrong
 * placement is worse than an orphan: a place is accepted only when the quote and its
 * context agree with it and no other place agrees about as well.
 *
 * Matching is done on normalised copies (./normalize-text.ts): changes of white space
 * and of quote-mark, apostrophe and dash style are not changes. Results are mapped back
 * to the new text's own characters.
 *
 * 0. unchanged: prefix, quote and suffix as they were, at the old place or once in the
 *    text (nothing is normalised: most annotations, after an edit elsewhere).
 * 1. position: the quote still at its old offsets, and its context agrees (or the quote
 *    is long enough to speak for itself).
 * 2. exact: an occurrence of the quote whose context agrees (one side all but intact,
 *    or both sides mostly). Two occurrences that agree about as well are ambiguous:
 *    the annotation becomes an orphan.
 * 3. approximate: the quote with up to a quarter of its characters changed, near the old
 *    place first, then anywhere, where both sides of the context agree (one side, for a
 *    long quote that nearly matches), its edges fitted to where the context ends and
 *    starts; failing that, near the old place, the text between an all-but-intact
 *    prefix and suffix, if it is still like the quote (a changed word in a short quote).
 * 4. otherwise an orphan.
 * Quotes of 1–3 characters are found by steps 0–2 only.
 */

export type AnchorMethod = 'position' | 'exact' | 'approximate';
export type AnchorResult = { start: number; end: number; exact: string; method: AnchorMethod } | { orphan: true };

/** What reanchor is given: the quote selector's parts and, if known, the old position. */
export interface ReanchorTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** Where the quote is in `text` now. `start`/`end` are the old position (optional, e.g. from the CLI --start). */
export function reanchor(text: string, target: ReanchorTarget): AnchorResult {
  const { exact } = target;
  if (typeof exact !== 'string' || exact.trim().length === 0 || typeof text !== 'string') return { orphan: true };
  const old = validRange(target.start, target.end, text.length);
  const unchanged = findUnchanged(text, target, old);
  if (unchanged) return unchanged;

  const doc = normalized(text);
  const quote = normalizeText(exact).text;
  if (quote.length === 0 || quote === ' ') return { orphan: true };
  const query: Query = {
    text: doc.text,
    quote,
    prefix: makeContext(target.prefix),
    suffix: makeContext(target.suffix),
    oldAt: typeof target.start === 'number' && Number.isFinite(target.start) ? toNormalizedOffset(doc, Math.max(0, Math.min(text.length, Math.round(target.start)))) : undefined,
  };

  // 1. Still where it was.
  if (old && text.slice(old.start, old.end) === exact) {
    const start = toNormalizedOffset(doc, old.start);
    const end = toNormalizedOffset(doc, old.end);
    if (end > start && originalStart(doc, start) === old.start && originalEnd(doc, end - 1) === old.end) {
      const candidate = evaluate(query, start, end, 0);
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
    const approximate = overExact(query, occurrences, findApproximate(query, occurrences));
    if (approximate && approximate.quoteSim === 1 && !approximate.pinned) return result(text, doc, approximate.start, approximate.end, 'exact');
    if (approximate) {
      const { start, end } = tidyEdges(query, approximate);
      return result(text, doc, start, end, 'approximate');
    }
  }
  return { orphan: true };
}

/**
 * The quote with its whole context, character for character: at the old place, or
 * once in the text (a context cut short by the text's edge must still be at the edge).
 * Most annotations are like this after an edit elsewhere; nothing needs normalising.
 */
function findUnchanged(text: string, target: ReanchorTarget, old: { start: number; end: number } | null): AnchorResult | null {
  const { exact, prefix, suffix } = target;
  if (typeof prefix !== 'string' || typeof suffix !== 'string') return null;
  const fits = (start: number) => {
    const end = start + exact.length;
    if (prefix.length < ANCHOR_CONTEXT - 1 && start !== prefix.length) return false;
    if (suffix.length < ANCHOR_CONTEXT - 1 && end + suffix.length !== text.length) return false;
    return text.startsWith(prefix, start - prefix.length) && text.startsWith(exact, start) && text.startsWith(suffix, end);
  };
  if (old && old.end - old.start === exact.length && old.start >= prefix.length && fits(old.start)) return { start: old.start, end: old.end, exact, method: 'position' };
  const whole = prefix + exact + suffix;
  const at = text.indexOf(whole);
  if (at === -1 || text.indexOf(whole, at + 1) !== -1 || !fits(at + prefix.length)) return null;
  return { start: at + prefix.length, end: at + prefix.length + exact.length, exact, method: 'exact' };
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

// ---- when a place is accepted ---------------------------------------------------------

/**
 * The quote is there exactly: does its context agree? One side all but intact, or both
 * fairly; and a quote that began (ended) with a whole word does not now begin (end)
 * inside one ("a right to" is not in "Obama right to").
 */
function supportsExact(query: Query, c: Candidate): boolean {
  if (!hasContext(query)) return true;
  if (c.evidence < MIN_EVIDENCE || cutsWord(query, c)) return false;
  if (good(c.prefix, INTACT_CONTEXT) || good(c.suffix, INTACT_CONTEXT)) return true;
  // Both sides changed a little (a word on each side): both must still mostly match, and one of them next to the quote.
  return bothSides(c, FAIR_CONTEXT);
}

/** The quote is there with changes: both sides must agree, or one side and a long, nearly unchanged quote. */
function supportsApproximate(query: Query, c: Candidate): boolean {
  const m = query.quote.length;
  if (!hasContext(query)) return c.quoteSim >= 0.85 && m >= 16;
  if (c.evidence < MIN_EVIDENCE) return false;
  if (c.pinned) return good(c.prefix, PINNED_CONTEXT) && good(c.suffix, PINNED_CONTEXT) && c.quoteSim >= MIN_PINNED_QUOTE_SIMILARITY && edgesAgree(query, c);
  if (c.quoteSim < 1 - MAX_ERROR_RATE) return false;
  if (bothSides(c, STRONG_CONTEXT)) return true;
  return (good(c.prefix, INTACT_CONTEXT) || good(c.suffix, INTACT_CONTEXT)) && c.quoteSim >= 0.9 && m >= LONG_QUOTE;
}

/** Characters at each edge compared by edgesAgree. */
const EDGE = 2;

/**
 * Where a side of the context is not intact, it pins its edge loosely: the quote's
 * edge there must then be the place's edge too (else the place may have taken in
 * changed context, or lost changed quote).
 */
function edgesAgree(query: Query, c: Candidate): boolean {
  const { text, quote } = query;
  const region = text.slice(c.start, c.end);
  if (c.prefix && c.prefix.sim < 1 && region.slice(0, EDGE) !== quote.slice(0, EDGE)) return false;
  if (c.suffix && c.suffix.sim < 1 && region.slice(-EDGE) !== quote.slice(-EDGE)) return false;
  return true;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(c: string | undefined): boolean {
  return c !== undefined && WORD_CHARACTER.test(c);
}

/** The quote's edge was between words, and the place's edge is inside a word. */
function cutsWord(query: Query, c: Candidate): boolean {
  const { text, quote, prefix, suffix } = query;
  if (prefix !== undefined && isWordCharacter(quote[0]) && !isWordCharacter(prefix.text.at(-1)) && isWordCharacter(text[c.start - 1])) return true;
  if (suffix !== undefined && isWordCharacter(quote.at(-1)) && !isWordCharacter(suffix.text[0]) && isWordCharacter(text[c.end])) return true;
  return false;
}

/** How far tidyEdges looks for the quote's opening or closing mark. */
const MARK_REACH = 12;

/**
 * The edges of a place found with changes, made like the quote's: a quote that begins
 * (ends) with a mark such as “ or . begins (ends) with it if it is close by, after
 * (before) a space; and a quote whose edge was not inside a word does not begin (end)
 * inside one: the edge moves out to the word's edge (its first letters were replaced),
 * taking in the quote's opening (closing) mark if it is there.
 */
function tidyEdges(query: Query, c: Candidate): { start: number; end: number } {
  const { text, quote, prefix, suffix } = query;
  let { start, end } = c;
  const first = quote[0]!;
  const last = quote.at(-1)!;
  if (!isWordCharacter(first) && first !== ' ' && text[start] !== first) {
    const at = text.slice(start, Math.min(end, start + MARK_REACH)).indexOf(` ${first}`);
    if (at !== -1) start += at + 1;
  }
  if (!isWordCharacter(last) && last !== ' ' && text[end - 1] !== last) {
    const at = text.slice(Math.max(start, end - MARK_REACH), end).lastIndexOf(`${last} `);
    if (at !== -1) end = Math.max(start, end - MARK_REACH) + at + 1;
  }
  if (prefix !== undefined && !(isWordCharacter(prefix.text.at(-1)) && isWordCharacter(quote[0])) && isWordCharacter(text[start - 1]) && isWordCharacter(text[start])) {
    while (start > 0 && isWordCharacter(text[start - 1])) start--;
    if (!isWordCharacter(quote[0]) && text[start - 1] === quote[0]) start--;
  }
  if (suffix !== undefined && !(isWordCharacter(quote.at(-1)) && isWordCharacter(suffix.text[0])) && isWordCharacter(text[end - 1]) && isWordCharacter(text[end])) {
    while (end < text.length && isWordCharacter(text[end])) end++;
    if (!isWordCharacter(quote.at(-1)) && text[end] === quote.at(-1)) end++;
  }
  return { start, end };
}

// ---- 2. exact occurrences -----------------------------------------------------------

/** Exact occurrences whose context is measured in full (chosen by a quick count). */
const MAX_SCORED = 16;

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
    if (starts.length === 1) return evaluate(query, starts[0]!, starts[0]! + m, 0);
    return nearestIfClear(query, starts);
  }
  const candidates = quickPick(query, starts).map((start) => evaluate(query, start, start + m, 0));
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
  return evaluate(query, first!.start, first!.start + query.quote.length, 0);
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
  return choose(query, [...bestOfOverlapping(query, [...nearby, ...far]), ...pinned]);
}

/**
 * The place found overlaps an occurrence of the quote as it was (rejected in step 2 for
 * want of context): where quote and context differ no more, the occurrence's edges are
 * the quote's own.
 */
function overExact(query: Query, occurrences: number[], found: Candidate | null): Candidate | null {
  if (!found) return null;
  const m = query.quote.length;
  for (const start of occurrences) {
    if (start >= found.end || start + m <= found.start) continue;
    const exact = evaluate(query, start, start + m, 0);
    if (!cutsWord(query, exact) && errors(query, exact) <= errors(query, found) + 1e-6) return exact;
  }
  return found;
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
