import { stripMarks } from '../../../shared/compare/quote-links';
import { tokenize } from '../../../shared/compare/tokens';
import { BLOCK_SEPARATOR } from '../../../shared/document/canonical-text';
import type { CompareCell, CompareRow, DiffOp, LinkedQuote } from '../../../shared/compare/types';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import type { Comparison } from '../../../shared/domain/comparison';

/**
 * What the Markdown and HTML exports of a comparison have in common: how a source is
 * named and dated, where a passage's diff marks go in its own text, how each source
 * quotes a shared quotation, and the export's file name. Article text is untrusted:
 * the serializers escape everything that comes from here.
 */

export interface ExportOptions {
  /** When the export is made (default: now). */
  now?: Date;
}

/** `[1]`…`[4]`: how the exports refer to the sources. */
export const sourceTag = (index: number): string => `[${index + 1}]`;

export function outletOf(source: ClippingSummary): string | null {
  return source.outletName ?? source.meta.outlet ?? source.meta.siteDomain ?? null;
}

/** The article's address, when it is an http(s) URL that can be linked. */
export function urlOf(source: ClippingSummary): string | null {
  const url = source.meta.canonicalUrl ?? source.sourceUrl;
  return url && isWebUrl(url) ? url : null;
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function headlineOf(source: ClippingSummary): string {
  return oneLine(source.meta.title ?? source.title);
}

/** Titles and names on one line (a newline would end a Markdown heading or list item). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A date as the page gave it, readable: "2025-03-31", "2025-03-31 11:10 +09:00",
 * "2025-03-31 02:10 UTC". The page's own offset is kept: it says where the outlet was.
 */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = DATE_TIME.exec(value);
  if (match) {
    const [, day, time, zone] = match;
    return zone === undefined ? `${day} ${time}` : `${day} ${time} ${zone === 'Z' ? 'UTC' : zone}`;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? oneLine(value) : formatUtc(new Date(parsed));
}

export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

export const percent = (share: number): string => `${Math.round(share * 100)} %`;

export function comparisonTitle(comparison: Comparison): string {
  const first = comparison.sources[0];
  const others = comparison.sources.length - 1;
  const title = first ? headlineOf(first) : 'clippings';
  return `Comparison: ${title} and ${others} ${others === 1 ? 'other' : 'others'}`;
}

/** "By Kim Jae-won and Lee Min-ji", "By A, B and C", or null. */
export function bylineOf(source: ClippingSummary): string | null {
  const authors = source.meta.authors.map(oneLine).filter(Boolean);
  if (authors.length === 0) return null;
  const last = authors.pop()!;
  return `By ${authors.length > 0 ? `${authors.join(', ')} and ${last}` : last}`;
}

/** The sentence about captures of one article, with each version's capture time. */
export function versionsSentence(comparison: Comparison): string | null {
  if (!comparison.versions) return null;
  const captures = comparison.sources.map((s, i) => `${sourceTag(i)} version ${s.version} captured ${formatUtc(new Date(s.createdAt))}`);
  return `These ${comparison.sources.length} sources are captures of one article (${captures.join('; ')}): the rows show what the outlet changed between captures.`;
}

// ---- Diff marks placed in a passage's own text ----

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; from: string; to: string };

/** The index of the cell a row's diffs are against (its first non-null cell). */
export function baseIndex(row: CompareRow): number {
  return row.cells.findIndex((cell) => cell !== null);
}

/**
 * A cell's text cut into paragraphs of segments: unchanged text as written, and the
 * diff's additions, removals and changes where they fall. The diff's ops are words
 * spans (punctuation and spaces between them are not in any op), so each op's text is
 * found in the cell's text in order and what lies between is kept as written: with the
 * removals left out, the segments give back the cell's text exactly. Removed text (from
 * the other passage) shows its own paragraph breaks as ¶.
 */
export function cellParagraphs(cell: CompareCell, ops: DiffOp[] | null): Segment[][] {
  return splitParagraphs(ops ? placeOps(cell.text, ops) : [{ kind: 'text', text: cell.text }]);
}

function placeOps(text: string, ops: DiffOp[]): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  let pending: string[] = [];
  const plain = (value: string) => {
    if (value) out.push({ kind: 'text', text: value });
  };
  for (const op of ops) {
    if (op.op === 'removed') {
      pending.push(op.text);
      continue;
    }
    const shown = op.op === 'changed' ? op.to : op.text;
    const at = text.indexOf(shown, cursor);
    // Not where the diff says: show the passage unmarked rather than marks in the wrong place.
    if (at < 0 || shown === '') return [{ kind: 'text', text }];
    plain(text.slice(cursor, at));
    if (pending.length > 0) {
      const removed = pending.join(' ');
      // Hangul is diffed by character, so a removal may be part of a word: a space only at a word's start.
      const wordStart = at === 0 || /\s$/.test(text.slice(0, at));
      out.push({ kind: 'removed', text: removed + separator(removed, shown, wordStart) });
      pending = [];
    }
    if (op.op === 'same') plain(shown);
    else if (op.op === 'added') out.push({ kind: 'added', text: shown });
    else out.push({ kind: 'changed', from: op.from, to: shown });
    cursor = at + shown.length;
  }
  if (pending.length > 0) {
    const removed = pending.join(' ');
    out.push({ kind: 'removed', text: separator(text.slice(0, cursor), removed, true) + removed });
  }
  plain(text.slice(cursor));
  return out;
}

/** Scripts written without spaces between words (Han, kana). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;

/**
 * What goes between a removal and the text beside it, inside the removal's mark (so
 * that without the removals the passage is exactly as written): a space between words,
 * none between Chinese or Japanese characters or inside a Korean word.
 */
function separator(before: string, after: string, wordBoundary: boolean): string {
  if (before === '' || after === '') return '';
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  if (UNSPACED.test(a) || UNSPACED.test(b)) return '';
  if (HANGUL.test(a) || HANGUL.test(b)) return wordBoundary ? ' ' : '';
  return ' ';
}

/** Blocks are split exactly as the comparison split them, so paragraphs join back to the text. */
const PARAGRAPH_BREAK = BLOCK_SEPARATOR;

function splitParagraphs(segments: Segment[]): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  const push = (segment: Segment) => paragraphs[paragraphs.length - 1]!.push(segment);
  for (const segment of segments) {
    if (segment.kind === 'removed') {
      push({ kind: 'removed', text: segment.text.split(PARAGRAPH_BREAK).join(' ¶ ') });
      continue;
    }
    if (segment.kind === 'changed' && segment.to.includes(PARAGRAPH_BREAK)) {
      push({ kind: 'removed', text: segment.from.split(PARAGRAPH_BREAK).join(' ¶ ') });
      splitInto(segment.to, 'added');
      continue;
    }
    if (segment.kind === 'changed') {
      push({ kind: 'changed', from: segment.from.split(PARAGRAPH_BREAK).join(' ¶ '), to: segment.to });
      continue;
    }
    splitInto(segment.text, segment.kind);
  }
  return paragraphs.filter((p) => p.length > 0);

  function splitInto(text: string, kind: 'text' | 'added') {
    text.split(PARAGRAPH_BREAK).forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) push({ kind, text: part });
    });
  }
}

// ---- Quotations ----

export interface QuoteUse {
  sourceIndex: number;
  /** full: the quotation's words as the longest account has them; trimmed: a stretch of them; reworded: otherwise. */
  form: 'full' | 'trimmed' | 'reworded';
  text: string;
}

/** How each source quotes a linked quotation: in full, trimmed, or in other words. */
export function quoteUses(quote: LinkedQuote, comparison: Comparison): QuoteUse[] {
  const words = (text: string) => tokenize(text, 'diff').map((t) => t.norm);
  const full = words(quote.text);
  return quote.occurrences.map((occurrence) => {
    const own = words(occurrence.text);
    const form = own.join(' ') === full.join(' ') ? 'full' : isRun(own, full) ? 'trimmed' : 'reworded';
    return { sourceIndex: comparison.sources.findIndex((s) => s.id === occurrence.id), form, text: stripMarks(occurrence.text) };
  });
}

function isRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  return ` ${whole.join(' ')} `.includes(` ${part.join(' ')} `);
}

// ---- File name ----

const MAX_FILE_NAME = 100;

/** `comparison-<first-title-slug>-<yyyy-mm-dd>.<ext>`: letters and digits in any script, dashes, at most 100 characters. */
export function exportFileName(comparison: Comparison, extension: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const first = comparison.sources[0];
  const slug =
    (first ? headlineOf(first) : '')
      .normalize('NFKD')
      // Accents off Latin, Greek and Cyrillic letters only: elsewhere marks are part of the letter.
      .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'untitled';
  const fixed = `comparison--${day}.${extension}`.length;
  const room = MAX_FILE_NAME - fixed;
  let cut = '';
  for (const char of slug) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  // Cut at a word boundary when one is near.
  const boundary = cut.lastIndexOf('-');
  if (cut.length < slug.length && slug[cut.length] !== '-' && boundary > room / 2) cut = cut.slice(0, boundary);
  cut = cut.replace(/-+$/, '') || 'untitled';
  return `comparison-${cut}-${day}.${extension}`;
}
