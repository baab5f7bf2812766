import { type CompiledPattern, compilePattern, type Match, searchIn } from './approx-search';
import { type Area, type Candidate, type Context, errors, evaluate, good, type Query, type Side, side } from './anchor-place';
import { INTACT_CONTEXT, MAX_ERROR_RATE, MIN_APPROXIMATE_LENGTH, MIN_PINNED_QUOTE_SIMILARITY, PINNED_CHANGE, PINNED_CONTEXT } from './anchor-thresholds';
import { editDistance } from './edit-distance';

/**
 * Where an annotation's quote might be now that it has changed: places found by an
 * approximate search of the quote (./approx-search.ts), with their edges fitted to
 * the context, and places between a matching prefix and suffix ("pinned").
 */

/** The approximate search looks this far around the old place first. */
export const NEARBY = 1024;
/** Text searched at once: the search reports only the best matches of each piece. */
const SEARCH_PIECE = 2048;
/** Most matches taken from one piece. */
const MAX_MATCHES_PER_PIECE = 32;
/** Quotes longer than this are searched by their first and last LONG_QUOTE_END characters. */
const MAX_SEARCHED_QUOTE = 512;
const LONG_QUOTE_END = 128;
/** Shortest stretch of context that contextTaken gives back. */
const MIN_TAKEN = 3;
/** Longest quote compared in full with a place (edit distance); longer ones are searched and pinned otherwise. */
const MAX_COMPARED_QUOTE = 256;
/** A prefix or suffix shorter than this pins nothing (unless it reached the text's edge). */
const MIN_PIN_CONTEXT = 8;
/** More places than this for a context: it pins nothing. */
const MAX_PINS = 20;
/** Most places of a context's pieces looked at before searching the whole text for it instead. */
const MAX_PIECE_HITS = 48;

/**
 * Places where the quote occurs with up to a quarter of its characters changed. The
 * search (./approx-search.ts) reports only the matches with the fewest errors, so the
 * text is searched in pieces, leaving out the exact occurrences (rejected already):
 * a worse match that is in the right place is not hidden by a better one elsewhere.
 */
export function quoteMatches(query: Query, occurrences: number[], area: Area): Candidate[] {
  const { text, quote } = query;
  const m = quote.length;
  if (m > MAX_SEARCHED_QUOTE) return longQuoteMatches(query, occurrences, area);
  const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  const found: Array<{ start: number; end: number; errors: number }> = [];
  for (const [from, to] of pieces(area, occurrences, m, m + maxErrors)) {
    const matches = search(text, from, to, quote, maxErrors);
    for (const match of matches.slice(0, MAX_MATCHES_PER_PIECE)) found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
  }
  const candidates = found.map((match) => {
    // The search takes the longest of equally good matches: it may begin or end with a space the quote has not.
    let { start, end } = match;
    if (quote[0] !== ' ') while (start < end && text[start] === ' ') start++;
    if (quote[m - 1] !== ' ') while (end > start && text[end - 1] === ' ') end--;
    start += contextTaken(query.prefix, quote, text.slice(start, end), 'before');
    end -= contextTaken(query.suffix, quote, text.slice(start, end), 'after');
    const trimmed = start !== match.start || end !== match.end;
    return evaluate(query, start, end, !trimmed ? match.errors : m <= MAX_COMPARED_QUOTE ? editDistance(quote, text.slice(start, end)) : match.errors + (match.end - match.start) - (end - start));
  });
  return bestOfOverlapping(query, candidates).map((candidate) => refine(query, candidate));
}

/**
 * How many characters at the match's start (end) are the end of the prefix (start of
 * the suffix) and not the quote's own: a changed first (last) word may let the search
 * take in the context next to it.
 */
function contextTaken(context: Context | undefined, quote: string, region: string, direction: 'before' | 'after'): number {
  if (!context) return 0;
  const c = context.text;
  for (let j = Math.min(c.length, region.length - 1); j >= MIN_TAKEN; j--) {
    const piece = direction === 'before' ? c.slice(-j) : c.slice(0, j);
    if (direction === 'before' ? region.startsWith(piece) && !quote.startsWith(piece) : region.endsWith(piece) && !quote.endsWith(piece)) return j;
  }
  return 0;
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

/** Of candidates that overlap one another (one place), the one whose quote and context differ least. */
export function bestOfOverlapping(query: Query, candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const last = out.at(-1);
    if (last && candidate.start < last.end) {
      if (errors(query, candidate) < errors(query, last)) out[out.length - 1] = candidate;
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
  // An edge moves only to where its side of the context is all but intact.
  let { start, end } = candidate;
  if (prefix !== undefined && !settled(candidate.prefix)) {
    const at = nearestPin(text, prefix, 'before', start, reach);
    if (at !== start && good(side(prefix, text, at, 'before'), INTACT_CONTEXT)) start = at;
  }
  if (suffix !== undefined && !settled(candidate.suffix)) {
    const at = nearestPin(text, suffix, 'after', end, reach);
    if (at !== end && good(side(suffix, text, at, 'after'), INTACT_CONTEXT)) end = at;
  }
  if ((start === candidate.start && end === candidate.end) || end <= start) return candidate;
  const quoteErrors = quote.length > MAX_COMPARED_QUOTE ? candidate.quoteErrors + Math.abs(end - start - (candidate.end - candidate.start)) : editDistance(quote, text.slice(start, end));
  const refined = evaluate(query, start, end, quoteErrors);
  // Characters skipped at an edge move from the quote's errors to the context's: at no
  // more errors in all, the edges where the context fits exactly are the right ones.
  const before = errors(query, candidate);
  const after = errors(query, refined);
  const exactFit = (start === candidate.start || refined.prefix?.sim === 1) && (end === candidate.end || refined.suffix?.sim === 1);
  return after < before - 1e-6 || (exactFit && after <= before + 1e-6) ? refined : candidate;
}

/** A shortened context that is, as it is, the text's start (prefix) or end (suffix): where it ends (starts). */
function edgePin(text: string, context: Context, direction: 'before' | 'after'): number | null {
  if (!context.shortened) return null;
  if (direction === 'before') return text.startsWith(context.text) ? context.text.length : null;
  return text.endsWith(context.text) ? text.length - context.text.length : null;
}

/** Where the context, found with few changes within `reach` of `anchor`, ends (prefix) or starts (suffix). */
function nearestPin(text: string, context: Context, direction: 'before' | 'after', anchor: number, reach: number): number {
  const pattern = context.text;
  const edge = edgePin(text, context, direction);
  if (edge !== null && Math.abs(edge - anchor) <= reach) return edge;
  if (pattern.length < MIN_PIN_CONTEXT) return anchor;
  const from = direction === 'before' ? Math.max(0, anchor - reach - pattern.length) : Math.max(0, anchor - reach);
  const to = direction === 'before' ? Math.min(text.length, anchor + reach) : Math.min(text.length, anchor + reach + pattern.length);
  const places: number[] = [];
  for (const match of search(text, from, to, pattern, Math.floor(pattern.length * (1 - INTACT_CONTEXT)))) places.push(from + (direction === 'before' ? match.end : match.start));
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
    for (const match of search(text, from, to, head, maxErrors).slice(0, MAX_MATCHES_PER_PIECE)) heads.push(from + match.start);
    for (const match of search(text, from, to, tail, maxErrors).slice(0, MAX_MATCHES_PER_PIECE)) tails.push(from + match.end);
  }
  const candidates: Candidate[] = [];
  for (const start of new Set(heads)) {
    for (const end of new Set(tails)) {
      const length = end - start;
      if (length < m * (1 - MAX_ERROR_RATE) || length > m * (1 + MAX_ERROR_RATE)) continue;
      candidates.push(evaluate(query, start, end, Math.round((1 - shareOfPiecesFound(quote, text.slice(start, end))) * Math.max(m, end - start))));
    }
  }
  return bestOfOverlapping(query, candidates);
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

/** The text between a place where the prefix ends and one where the suffix starts, when it is still like the quote. */
export function pinnedMatches(query: Query, area: Area): Candidate[] {
  const { text, quote, prefix, suffix } = query;
  const m = quote.length;
  if (prefix === undefined || suffix === undefined || m > MAX_COMPARED_QUOTE || m < MIN_APPROXIMATE_LENGTH) return [];
  const starts = pins(text, prefix, 'before', area);
  const ends = starts && starts.length > 0 ? pins(text, suffix, 'after', area) : null;
  if (!starts || !ends) return [];
  // About one word changed: the text between may differ from the quote by a word's length and a quarter of the quote.
  const change = PINNED_CHANGE + Math.floor(m * MAX_ERROR_RATE);
  const candidates: Candidate[] = [];
  for (const start of starts) {
    for (const end of ends) {
      const length = end - start;
      if (length < 1 || Math.abs(length - m) > change) continue;
      const longer = Math.max(m, length);
      const limit = Math.min(change, Math.floor(longer * (1 - MIN_PINNED_QUOTE_SIMILARITY)));
      const distance = editDistance(quote, text.slice(start, end), limit);
      if (distance > limit) continue;
      candidates.push({ ...evaluate(query, start, end, distance), pinned: true });
    }
  }
  return candidates;
}

/**
 * Where a context, found with few changes in `area`, ends (prefix) or starts (suffix); null when
 * it is too short or too common to pin anything. With at most k changes, one of k + 1
 * pieces of the context is unchanged: the places of the pieces (indexOf) are checked
 * with an approximate search of the context around each.
 */
function pins(text: string, context: Context, direction: 'before' | 'after', area: Area): number[] | null {
  const pattern = context.text;
  const m = pattern.length;
  const edge = edgePin(text, context, direction);
  if (m < MIN_PIN_CONTEXT) return edge === null ? null : [edge];
  const found = piecePins(text, pattern, direction, area);
  if (edge === null || found === null) return found;
  return found.includes(edge) ? found : [...found, edge];
}

function piecePins(text: string, pattern: string, direction: 'before' | 'after', area: Area): number[] | null {
  const m = pattern.length;
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
    for (const match of search(text, area.from, area.to, pattern, maxErrors)) anchors.add(area.from + (direction === 'before' ? match.end : match.start));
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

// ---- the approximate search, each pattern prepared once --------------------------------

/** Patterns prepared lately: re-anchoring looks for one quote (and its context) in many pieces. */
const compiled = new Map<string, CompiledPattern>();
const MAX_COMPILED = 16;

/** The best matches of `pattern` with at most `maxErrors` errors in `text` from `from` to `to` (offsets from `from`). */
function search(text: string, from: number, to: number, pattern: string, maxErrors: number): Match[] {
  let prepared = compiled.get(pattern);
  if (!prepared) {
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    prepared = compilePattern(pattern);
    compiled.set(pattern, prepared);
  }
  return searchIn(prepared, text, from, to, maxErrors);
}
