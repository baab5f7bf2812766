import { CONTEXT_SLACK, EDGE_WEIGHT, FAIR_CONTEXT, MIN_SIDE, NEAR_CONTEXT, NEAR_MIN } from './anchor-thresholds';
import { contextDistance } from './edit-distance';
import { normalizeText } from './normalize-text';
import { ANCHOR_CONTEXT } from './text-anchor';

/**
 * A place in the normalised text where an annotation's quote might be, and how well
 * the quote and its prefix and suffix agree with the text there.
 */

/** What is looked for, and where: all of it normalised. */
export interface Query {
  /** The new text. */
  text: string;
  quote: string;
  prefix: Context | undefined;
  suffix: Context | undefined;
  /** The old start, as an offset of the normalised new text (an estimate). */
  oldAt: number | undefined;
}

/** A prefix or suffix, normalised. */
export interface Context {
  text: string;
  /**
   * Shorter than describeRange makes a context (ANCHOR_CONTEXT characters, or one fewer
   * not to cut a surrogate pair): the text began (prefix) or ended (suffix) there. A
   * context given by hand may just be short, so this is evidence when it holds, not a
   * penalty when it does not.
   */
  shortened: boolean;
}

/** How well one side's context matches at a place. */
export interface Side {
  /** 1 − edit distance / length over the whole context. */
  sim: number;
  /** The same over the characters next to the quote. */
  near: number;
  /** What the match is worth, in characters: the context's length, and more when a shortened context meets the text's edge. */
  weight: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** Characters by which the text at the place differs from the quote (edit distance). */
  quoteErrors: number;
  /** 1 − quoteErrors / the longer of quote and place. */
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

/** Part of the text: [from, to). */
export interface Area {
  from: number;
  to: number;
}

/** The normalised prefix or suffix of a target (undefined when not given). */
export function makeContext(original: string | undefined): Context | undefined {
  if (typeof original !== 'string') return undefined;
  return { text: normalizeText(original).text, shortened: original.length < ANCHOR_CONTEXT - 1 };
}

export function side(context: Context | undefined, text: string, anchor: number, direction: 'before' | 'after'): Side | null {
  if (context === undefined) return null;
  const pattern = context.text;
  const m = pattern.length;
  // A shortened context reaches the text's edge (or beyond: deletions, counted below).
  const atEdge = context.shortened && (direction === 'before' ? anchor : text.length - anchor) <= m;
  const weight = m + (atEdge ? EDGE_WEIGHT : 0);
  if (m === 0) return atEdge ? { sim: 1, near: 1, weight } : { sim: 0, near: 0, weight: 0 };
  const sim = Math.max(0, 1 - contextDistance(pattern, text, anchor, direction, CONTEXT_SLACK) / m);
  if (sim < FAIR_CONTEXT) return { sim, near: 0, weight };
  const near = direction === 'before' ? pattern.slice(-NEAR_CONTEXT) : pattern.slice(0, NEAR_CONTEXT);
  return { sim, near: 1 - contextDistance(near, text, anchor, direction, 2) / near.length, weight };
}

/** What a side can weigh at most. */
function weight(context: Context | undefined): number {
  if (context === undefined) return 0;
  return context.text.length + (context.shortened ? EDGE_WEIGHT : 0);
}

export function evaluate(query: Query, start: number, end: number, quoteErrors: number): Candidate {
  const quoteSim = 1 - quoteErrors / Math.max(query.quote.length, end - start);
  const prefix = side(query.prefix, query.text, start, 'before');
  const suffix = side(query.suffix, query.text, end, 'after');
  const prefixWeight = weight(query.prefix);
  const suffixWeight = weight(query.suffix);
  const context = (prefix ? prefix.sim * prefix.weight : 0) + (suffix ? suffix.sim * suffix.weight : 0);
  return {
    start,
    end,
    quoteErrors,
    quoteSim,
    prefix,
    suffix,
    contextScore: prefixWeight + suffixWeight === 0 ? null : context / (prefixWeight + suffixWeight),
    evidence: quoteSim * query.quote.length + context,
    distance: query.oldAt === undefined ? 0 : Math.abs(start - query.oldAt),
  };
}

/** Characters of quote and context that differ at a place. */
export function errors(query: Query, c: Candidate): number {
  return c.quoteErrors + (1 - (c.prefix?.sim ?? 1)) * (query.prefix?.text.length ?? 0) + (1 - (c.suffix?.sim ?? 1)) * (query.suffix?.text.length ?? 0);
}

/** The side's context matches at least `threshold`, and so do the characters next to the quote. */
export function good(s: Side | null, threshold: number): boolean {
  return s !== null && s.sim >= threshold && s.near >= NEAR_MIN && s.weight >= MIN_SIDE;
}

/** Both sides match at least `threshold`, and one of them next to the quote (a word changed beside the quote spoils the other). */
export function bothSides(c: Candidate, threshold: number): boolean {
  const { prefix, suffix } = c;
  if (!prefix || !suffix || prefix.weight < MIN_SIDE || suffix.weight < MIN_SIDE) return false;
  return prefix.sim >= threshold && suffix.sim >= threshold && (prefix.near >= NEAR_MIN || suffix.near >= NEAR_MIN);
}

export function hasContext(query: Query): boolean {
  return query.prefix !== undefined || query.suffix !== undefined;
}
