/**
 * Dates as pages give them: a bare date, or a date-time with the offset of the
 * newsroom that wrote it. They are shown in that offset (11:10 in Seoul stays
 * 11:10, marked UTC+09:00), not converted to the reader's own zone.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** "31 March 2025" or "31 March 2025, 11:10 UTC+09:00"; null when the text is not such a date. */
export function describeIsoDate(value: string, locale?: string): string | null {
  const match = ISO.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, , zone] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 2025-02-30 over into March; a date that moved was not a real one.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
  const dateText = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  if (hour === undefined || minute === undefined || zone === undefined) return dateText;
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  return `${dateText}, ${hour}:${minute} ${zone === 'Z' ? 'UTC' : `UTC${zone}`}`;
}

/** "UTC+09:00", "UTC−05:30" (with a real minus sign), "UTC" for an offset of zero minutes east. */
export function offsetLabel(minutesEast: number): string {
  if (minutesEast === 0) return 'UTC';
  const sign = minutesEast > 0 ? '+' : '−';
  const total = Math.abs(minutesEast);
  return `UTC${sign}${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** An instant (e.g. when a page was captured) in this computer's time zone, with its offset. */
export function localDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return `${text} ${offsetLabel(-date.getTimezoneOffset())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * True for text written like a date that no calendar has (2025-02-30, 25:00). The
 * core checks only the form; this spares storing a date that cannot be shown.
 */
export function isImpossibleDate(value: string): boolean {
  return ISO.test(value.trim()) && describeIsoDate(value) === null;
}
