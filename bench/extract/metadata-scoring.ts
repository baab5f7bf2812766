/**
 * How one page's metadata is scored against the Fundus expectations. Pure functions.
 *
 * - Title: equal after Unicode NFC and whitespace folding (every run of white space,
 *   NBSP and ideographic space included, becomes one space; ends trimmed; invisible
 *   zero-width space, word joiner, BOM and soft hyphen dropped). Case and punctuation
 *   count: ' and ’ differ.
 * - Published: see `sameDate`.
 * - Authors: set F1 of the names, case- and whitespace-insensitive (NFC, lower case,
 *   folded). Pages whose expected list is empty or missing are not scored (reported
 *   as the number of pages scored).
 * - Body: the shingle metric against `expectedBodyText`.
 */

/** Invisible characters that pages leave in headlines: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu;

export function foldText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

export function titleMatches(expected: string | null | undefined, actual: string | null | undefined): boolean {
  if (expected === null || expected === undefined || actual === null || actual === undefined) return false;
  return foldText(expected) === foldText(actual);
}

// ---- authors ------------------------------------------------------------------------

export function foldName(name: string): string {
  return foldText(name).toLowerCase();
}

/** Set F1 of two name lists; null when the expected list is empty (page not scored). */
export function authorsF1(expected: readonly string[] | null | undefined, actual: readonly string[] | null | undefined): number | null {
  const truth = new Set((expected ?? []).map(foldName).filter((n) => n !== ''));
  if (truth.size === 0) return null;
  const predicted = new Set((actual ?? []).map(foldName).filter((n) => n !== ''));
  if (predicted.size === 0) return 0;
  let hits = 0;
  for (const name of predicted) if (truth.has(name)) hits++;
  if (hits === 0) return 0;
  const precision = hits / predicted.size;
  const recall = hits / truth.size;
  return (2 * precision * recall) / (precision + recall);
}

// ---- dates --------------------------------------------------------------------------

export interface ParsedDate {
  /** The calendar date as written: YYYY-MM-DD. */
  date: string;
  hasTime: boolean;
  /** Minutes east of UTC, or null when the value gives no offset (a local time). */
  offsetMinutes: number | null;
  /** The wall-clock time as written, counted as if it were UTC (ms). */
  wallMs: number;
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Reads an ISO 8601-like value: `2023-04-28`, `2023-04-28 17:40:08+00:00`,
 * `2023-04-28T17:40:08.123Z`, `2026-05-13 15:44:00` (no offset: a local time). Any
 * other string that `Date.parse` understands (RFC 2822 and the like) is taken as an
 * instant, in UTC. Returns null for what cannot be read.
 */
export function parseDate(value: string | null | undefined): ParsedDate | null {
  if (!value) return null;
  const text = value.trim();
  const match = ISO_LIKE.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s, frac, zone] = match;
    const date = `${y}-${mo}-${d}`;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const wallMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
    if (Number.isNaN(wallMs)) return null;
    let offsetMinutes: number | null = null;
    if (zone) {
      if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
      else {
        const digits = zone.slice(1).replace(':', '');
        const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
        offsetMinutes = zone.startsWith('-') ? -minutes : minutes;
      }
    }
    return { date, hasTime: h !== undefined, offsetMinutes, wallMs };
  }
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return null;
  return { date: new Date(instant).toISOString().slice(0, 10), hasTime: true, offsetMinutes: 0, wallMs: instant };
}

/** The UTC instant of a value with an offset (ms), or null for a local time. */
function instantMs(parsed: ParsedDate): number | null {
  return parsed.offsetMinutes === null ? null : parsed.wallMs - parsed.offsetMinutes * 60_000;
}

/** The wall-clock time of `parsed` in the zone `offsetMinutes` (as if UTC, ms). */
function wallIn(parsed: ParsedDate, offsetMinutes: number | null): number {
  const instant = instantMs(parsed);
  if (instant === null || offsetMinutes === null) return parsed.wallMs;
  return instant + offsetMinutes * 60_000;
}

/**
 * Fundus writes a date without a time as midnight (`2024-04-30 00:00:00`), so an
 * expected time of exactly 00:00:00.000 is read as "a date alone".
 */
export function expectsTime(expected: ParsedDate): boolean {
  return expected.hasTime && expected.wallMs % 86_400_000 !== 0;
}

export const DATE_TOLERANCE_MS = 60_000;

/**
 * The published date matches when:
 * - the expected value has a time: the actual value has one too, and
 *   - both have offsets: the instants are within 60 s;
 *   - otherwise (one is a local time): the wall clocks are within 60 s, the actual
 *     one read in the expected offset when both can be placed;
 * - the expected value is a date alone: the actual value falls on that calendar day,
 *   read in the expected offset when both have one, else as written.
 */
export function sameDate(expectedValue: string | null | undefined, actualValue: string | null | undefined): boolean {
  const expected = parseDate(expectedValue);
  const actual = parseDate(actualValue);
  if (!expected || !actual) return false;
  if (expectsTime(expected)) {
    if (!actual.hasTime) return false;
    const a = instantMs(actual);
    const e = instantMs(expected);
    if (a !== null && e !== null) return Math.abs(a - e) <= DATE_TOLERANCE_MS;
    return Math.abs(wallIn(actual, expected.offsetMinutes) - expected.wallMs) <= DATE_TOLERANCE_MS;
  }
  return sameDay(expected, actual);
}

/** Looser, for information: the same calendar day, whatever the time. */
export function sameDayValue(expectedValue: string | null | undefined, actualValue: string | null | undefined): boolean {
  const expected = parseDate(expectedValue);
  const actual = parseDate(actualValue);
  return !!expected && !!actual && sameDay(expected, actual);
}

function sameDay(expected: ParsedDate, actual: ParsedDate): boolean {
  if (!actual.hasTime || actual.offsetMinutes === null || expected.offsetMinutes === null) return actual.date === expected.date;
  return new Date(wallIn(actual, expected.offsetMinutes)).toISOString().slice(0, 10) === expected.date;
}

// ---- body ---------------------------------------------------------------------------

export interface ExpectedBody {
  summary?: string[];
  sections?: Array<{ headline?: string[]; paragraphs?: string[] }>;
}

/**
 * The expected article text: the summary (dek), then each section's headline and
 * paragraphs, in page order, one block each, separated by a blank line — everything
 * a reader sees as the article. (`paragraphsOnly` leaves out summary and headlines.)
 */
export function expectedBodyText(body: ExpectedBody | null | undefined, paragraphsOnly = false): string {
  if (!body) return '';
  const blocks: string[] = paragraphsOnly ? [] : [...(body.summary ?? [])];
  for (const section of body.sections ?? []) {
    if (!paragraphsOnly) blocks.push(...(section.headline ?? []));
    blocks.push(...(section.paragraphs ?? []));
  }
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
