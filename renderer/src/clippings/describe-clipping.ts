import type { ClippingSummary } from '../../../shared/domain/clipping';

/** Where a clipping came from, in a few words: its outlet or site, else its file, else how it arrived. */
export function sourceLabel(clipping: Pick<ClippingSummary, 'sourceUrl' | 'fileName' | 'origin' | 'meta'>): string {
  if (clipping.meta.outlet) return clipping.meta.outlet;
  const domain = clipping.meta.siteDomain ?? sourceDomain(clipping.sourceUrl);
  if (domain) return domain;
  if (clipping.fileName) return clipping.fileName;
  return ORIGIN_LABELS[clipping.origin];
}

export const ORIGIN_LABELS: Record<ClippingSummary['origin'], string> = {
  paste: 'Pasted',
  file: 'File',
  sample: 'Sample',
  url: 'Web page',
  bridge: 'Browser',
};

export function sourceDomain(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const wordCount = new Intl.NumberFormat();

/** Today's clippings show the time; older ones the date. */
export function listDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? timeOfDay.format(date) : shortDate.format(date);
}

const shortDateUtc = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The date a row shows: when it was published if the page said, else when it was captured. */
export function rowDate(clipping: Pick<ClippingSummary, 'createdAt' | 'meta'>, now = new Date()): { text: string; iso: string; published: boolean } {
  const published = clipping.meta.published;
  if (!published) return { text: listDate(clipping.createdAt, now), iso: clipping.createdAt, published: false };
  // A bare date names a day, not a moment: show that day wherever the reader is.
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(published);
  const date = new Date(bare ? `${published}T00:00:00Z` : published);
  if (Number.isNaN(date.getTime())) return { text: listDate(clipping.createdAt, now), iso: clipping.createdAt, published: false };
  return { text: bare ? shortDateUtc.format(date) : shortDate.format(date), iso: published, published: true };
}

export function fullDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : longDate.format(date);
}

export function words(count: number): string {
  return `${wordCount.format(count)} word${count === 1 ? '' : 's'}`;
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
const wallClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const ZONE = /(?:([+-])(\d{2}):?(\d{2})|Z)$/;

/**
 * A publication date as the page gave it: a bare date stays a date, and a time is
 * shown on the publisher's clock with its offset ("11:10 AM UTC+9" for a Seoul
 * paper), not converted to the reader's zone — that is the time an analyst cites.
 */
export function publishedDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : dateOnly.format(date);
  }
  const zone = ZONE.exec(value);
  const date = new Date(value);
  if (!zone || Number.isNaN(date.getTime())) return fullDate(value) || value;
  const minutes = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return `${wallClock.format(new Date(date.getTime() + minutes * 60_000))} ${zoneLabel(minutes)}`;
}

function zoneLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
