/**
 * Picks the published / modified date among all candidates.
 *
 * Order of trust: JSON-LD, then meta tags, then <time>/microdata in the article,
 * then dates written in the byline/header text. The first candidate wins, then:
 *   - a date alone is upgraded to a candidate of the same day that has a time;
 *   - a naive time (no zone) takes the offset of an aware candidate that shows the
 *     same wall-clock time, or else the offset that makes it the same instant as
 *     an aware published candidate (within 60 s); or else the non-UTC offset the
 *     page uses for its other dates. Only when nothing on the page gives a zone
 *     does it stay naive.
 */
import { type DateParts, formatParts, roughEpoch } from './date-parse';

export interface DateCandidate {
  parts: DateParts;
  source: string;
}

const sameDay = (a: DateParts, b: DateParts): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
const wallClock = (p: DateParts): number => Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function resolveDate(candidates: DateCandidate[], context: DateCandidate[] = []): string | null {
  const first = candidates[0];
  if (!first) return null;
  let chosen: DateParts = { ...first.parts };
  const all = [...candidates, ...context];

  if (chosen.hour === null) {
    const timed = candidates.find((c) => c.parts.hour !== null && sameDay(c.parts, chosen) && c.parts.offset !== null)
      ?? candidates.find((c) => c.parts.hour !== null && sameDay(c.parts, chosen));
    if (timed) chosen = { ...timed.parts };
  }

  if (chosen.hour !== null && chosen.offset === null) {
    const naive = wallClock(chosen);
    const sameWall = all.find((c) => c.parts.offset !== null && c.parts.hour !== null && Math.abs(wallClock(c.parts) - naive) <= 60_000);
    if (sameWall?.parts.offset) chosen.offset = sameWall.parts.offset;
    else {
      for (const c of candidates) {
        if (c.parts.offset === null || c.parts.hour === null) continue;
        const diffMin = Math.round((naive - roughEpoch(c.parts)) / 60_000);
        if (Math.abs(diffMin) <= 14 * 60 && diffMin % 15 === 0 && diffMin !== 0) {
          chosen.offset = formatOffset(diffMin);
          break;
        }
      }
    }
    if (chosen.offset === null) {
      const local = all.find((c) => c.parts.offset !== null && c.parts.offset !== 'Z' && offsetMinutes(c.parts.offset) !== 0);
      if (local?.parts.offset) chosen.offset = local.parts.offset;
    }
  }
  return formatParts(chosen);
}
