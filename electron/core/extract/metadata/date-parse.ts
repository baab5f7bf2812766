/**
 * Date parsing for metadata: machine values (ISO 8601, RFC 2822, epoch) and
 * human text ("Published: 31 Mar. 2025, 11:10", "입력 2025.03.31 11:10",
 * "Veröffentlicht am 31.03.2025 um 11:10 Uhr", "2025年3月31日 11時10分").
 *
 * Output is ISO 8601: `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`) when the source gives
 * a zone, the same without offset when it gives none (naive local time), and
 * `YYYY-MM-DD` for a date alone. The offset is kept as the page gives it —
 * never converted to UTC. Pure; never throws.
 */
import { MONTHS, ZONES } from './date-words';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** '+09:00', '-04:00', 'Z', or null when naive. */
  offset: string | null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatParts(p: DateParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === null) return date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset ?? ''}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (!(year >= 1970 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validTime(h: number, m: number, s: number): boolean {
  return h >= 0 && h <= 24 && m >= 0 && m <= 59 && s >= 0 && s <= 60;
}

/** '+0900' / '+09' / '+9' / 'Z' / 'GMT' / 'KST' → '+09:00' | 'Z'; null when unknown. */
export function normalizeOffset(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const value = raw.trim().toUpperCase();
  if (value === 'Z') return 'Z';
  const named = ZONES[value.replace(/^(UTC|GMT)(?=[+-])/, '').trim()];
  if (named !== undefined) return named;
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(value);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function build(
  y: number, mo: number, d: number, h: number | null, mi: number | null, s: number | null, offset: string | null,
): DateParts | null {
  if (!validDate(y, mo, d)) return null;
  if (h !== null && !validTime(h, mi ?? 0, s ?? 0)) return null;
  if (h === 24) h = 0;
  return { year: y, month: mo, day: d, hour: h, minute: h === null ? null : (mi ?? 0), second: h === null ? null : (s ?? 0), offset: h === null ? null : offset };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** A machine-readable date value (meta content, JSON-LD, datetime attribute). */
export function parseDateValue(raw: unknown): DateParts | null {
  try {
    if (typeof raw === 'number') return fromEpoch(raw);
    if (typeof raw !== 'string') return null;
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value === '' || value.length > 80) return null;
    if (/^\d{10}(\d{3})?$/.test(value)) return fromEpoch(Number(value));
    let m = ISO.exec(value) ?? COMPACT.exec(value);
    if (m) {
      const hasTime = m[4] !== undefined;
      const offset = hasTime ? normalizeOffset(m[7]) : null;
      if (m[7] && hasTime && offset === null && !/^[A-Z]{2,5}$/i.test(m[7])) return null;
      return build(+m[1]!, +m[2]!, +m[3]!, hasTime ? +m[4]! : null, hasTime ? +m[5]! : null, m[6] ? +m[6] : null, offset);
    }
    m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|Z)?$/i.exec(value);
    if (m) {
      const hasTime = m[4] !== undefined;
      return build(+m[1]!, +m[2]!, +m[3]!, hasTime ? +m[4]! : null, hasTime ? +m[5]! : null, m[6] ? +m[6] : null, hasTime ? normalizeOffset(m[7]) : null);
    }
    return parseDateText(value);
  } catch {
    return null;
  }
}

function fromEpoch(n: number): DateParts | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 'Z');
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ZONE_NAMES = Object.keys(ZONES).sort((a, b) => b.length - a.length).join('|');

// Date shapes, each with named groups y/mo/d (mo may be a month name in `mn`).
const DATE_SHAPES: RegExp[] = [
  /(?<y>\d{4})\s*(?:年|년|[-./])\s*(?<mo>\d{1,2})\s*(?:月|월|[-./])\s*(?<d>\d{1,2})(?!\d)\s*(?:日|일|\.)?/u,
  /(?<!\d)(?<d>\d{1,2})\.\s?(?<mo>\d{1,2})\.\s?(?<y>\d{4})(?!\d)/u,
  /(?<!\d)(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4})(?!\d)/u,
  // "25.04.24 | 14:07 Uhr": a two-digit year, accepted only when a time follows.
  /(?<![\d.])(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<yy>\d{2})(?=\s*(?:[|,·-]|um)?\s*\d{1,2}[:.h]\d{2})/u,
  new RegExp(`(?<!\\d)(?<d>\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s*(?:de\\s+|of\\s+)?(?<mn>${MONTH_NAMES})(?![\\p{L}])\\.?,?\\s*(?:de\\s+)?(?<y>\\d{4})(?!\\d)`, 'iu'),
  new RegExp(`(?<![\\p{L}])(?<mn>${MONTH_NAMES})(?![\\p{L}])\\.?\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?<y>\\d{4})(?!\\d)`, 'iu'),
];

const TIME_AFTER = new RegExp(
  `^[\\s,;|·•–—-]*(?:(?:um|at|à|a las|alle|ore|kl\\.?|klo|saat|in|,|の)\\s*)?(?<ampm1>오전|오후|午前|午後)?\\s*(?<h>\\d{1,2})\\s*(?::|h|時|시|\\.(?=\\d{2}(?!\\d)))\\s*(?<mi>\\d{2})(?:\\s*(?::|分|분)\\s*(?:(?<s>\\d{2})\\s*(?:秒|초)?)?)?\\s*(?:分|분)?\\s*(?<ampm>[ap]\\.?\\s?m\\.?(?![\\p{L}]))?\\s*(?:Uhr|h(?![\\p{L}]))?\\s*(?:\\(?(?<zone>(?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|${ZONE_NAMES})(?![\\p{L}])\\)?)?`,
  'iu',
);

/** Finds the first recognisable date (and the time right after it) in human text. */
export function parseDateText(text: string, opts: { monthFirst?: boolean } = {}): DateParts | null {
  try {
    return findDateInText(text, opts)?.parts ?? null;
  } catch {
    return null;
  }
}

export interface TextDateMatch {
  parts: DateParts;
  index: number;
}

/** Every date found in text, in order, with where it starts. */
export function findDatesInText(text: string, opts: { monthFirst?: boolean } = {}): TextDateMatch[] {
  const out: TextDateMatch[] = [];
  const source = text.slice(0, 8000);
  // Every date shape has digits: text without any (most labels and names) needs no regex pass.
  if (!/\d/.test(source)) return out;
  let offset = 0;
  for (let guard = 0; guard < 10; guard++) {
    const found = findDateInText(source.slice(offset), opts);
    if (!found) break;
    out.push({ parts: found.parts, index: found.index + offset });
    offset += found.index + found.length;
  }
  return out;
}

function findDateInText(text: string, opts: { monthFirst?: boolean }): (TextDateMatch & { length: number }) | null {
  let best: { m: RegExpExecArray; shape: number } | null = null;
  DATE_SHAPES.forEach((shape, i) => {
    const m = shape.exec(text);
    if (m && (best === null || m.index < best.m.index)) best = { m, shape: i };
  });
  if (best === null) return null;
  const { m, shape } = best as { m: RegExpExecArray; shape: number };
  const g = m.groups ?? {};
  const year = g.yy !== undefined ? 2000 + Number(g.yy) : Number(g.y);
  let month: number;
  let day: number;
  if (g.mn !== undefined) {
    month = MONTHS[g.mn.toLowerCase().replace(/\.$/, '')] ?? 0;
    day = Number(g.d);
  } else if (shape === 2) {
    const a = Number(g.a);
    const b = Number(g.b);
    const monthFirst = a > 12 ? false : b > 12 ? true : (opts.monthFirst ?? false);
    month = monthFirst ? a : b;
    day = monthFirst ? b : a;
  } else {
    month = Number(g.mo);
    day = Number(g.d);
  }
  const after = text.slice(m.index + m[0].length);
  let hour: number | null = null;
  let minute: number | null = null;
  let second: number | null = null;
  let offset: string | null = null;
  let consumed = m[0].length;
  const t = TIME_AFTER.exec(after);
  if (t?.groups) {
    hour = Number(t.groups.h);
    minute = Number(t.groups.mi);
    second = t.groups.s ? Number(t.groups.s) : 0;
    const ampm = (t.groups.ampm ?? t.groups.ampm1 ?? '').toLowerCase().replace(/[.\s]/g, '');
    if ((ampm === 'pm' || ampm === '오후' || ampm === '午後') && hour < 12) hour += 12;
    if ((ampm === 'am' || ampm === '오전' || ampm === '午前') && hour === 12) hour = 0;
    offset = normalizeOffset(t.groups.zone?.replace(/\s/g, ''));
    consumed += t[0].length;
  } else {
    // Time before the date: "11:10 KST, 31 March 2025" / "10:03 AM EDT, Mon March 31, 2025".
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const b = new RegExp(`(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?m\\.?)?\\s*(?<zone>${ZONE_NAMES}|(?:UTC|GMT)[+-]\\d{1,2})?[\\s,|·-]*(?:[\\p{L}]{2,9}\\.?,?\\s*)?$`, 'iu').exec(before);
    if (b?.groups) {
      hour = Number(b.groups.h);
      minute = Number(b.groups.mi);
      second = b.groups.s ? Number(b.groups.s) : 0;
      const ampm = (b.groups.ampm ?? '').toLowerCase().replace(/\./g, '');
      if (ampm === 'pm' && hour < 12) hour += 12;
      if (ampm === 'am' && hour === 12) hour = 0;
      offset = normalizeOffset(b.groups.zone);
    }
  }
  let parts = build(year, month, day, hour, minute, second, offset);
  if (!parts && hour !== null) parts = build(year, month, day, null, null, null, null);
  if (!parts) {
    // Not a valid date here; look further along.
    const rest = findDateInText(text.slice(m.index + m[0].length), opts);
    return rest ? { ...rest, index: rest.index + m.index + m[0].length } : null;
  }
  return { parts, index: m.index, length: consumed };
}

/** Epoch milliseconds of a dated value, treating naive times as UTC (for comparisons only). */
export function roughEpoch(p: DateParts): number {
  const base = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 12, p.minute ?? 0, p.second ?? 0);
  if (!p.offset || p.offset === 'Z') return base;
  const sign = p.offset.startsWith('-') ? -1 : 1;
  const [h, m] = p.offset.slice(1).split(':').map(Number);
  return base - sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}
