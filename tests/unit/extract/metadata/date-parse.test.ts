import { describe, expect, it } from 'vitest';
import { findDatesInText, formatParts, parseDateText, parseDateValue } from '../../../../electron/core/extract/metadata/date-parse';

const value = (raw: unknown): string | null => {
  const parts = parseDateValue(raw);
  return parts ? formatParts(parts) : null;
};
const text = (raw: string, monthFirst = false): string | null => {
  const parts = parseDateText(raw, { monthFirst });
  return parts ? formatParts(parts) : null;
};

describe('parseDateValue (machine-readable values)', () => {
  it('keeps the offset the page gives', () => {
    expect(value('2025-03-31T11:10:00+09:00')).toBe('2025-03-31T11:10:00+09:00');
    expect(value('2023-08-30T16:45+0100')).toBe('2023-08-30T16:45:00+01:00');
    expect(value('2023-04-28T17:40:08.123Z')).toBe('2023-04-28T17:40:08Z');
    expect(value('2025-03-31 11:10:00 +0900')).toBe('2025-03-31T11:10:00+09:00');
  });

  it('leaves a time with no zone naive, and a date alone as a date', () => {
    expect(value('2025-03-31T11:10:00')).toBe('2025-03-31T11:10:00');
    expect(value('2025-03-31')).toBe('2025-03-31');
    expect(value('2025/03/31 11:10')).toBe('2025-03-31T11:10:00');
    expect(value('20250331')).toBe('2025-03-31');
  });

  it('reads RFC 2822, zone names and epoch values', () => {
    expect(value('Mon, 31 Mar 2025 11:10:00 +0900')).toBe('2025-03-31T11:10:00+09:00');
    expect(value('March 31, 2025 11:10 AM KST')).toBe('2025-03-31T11:10:00+09:00');
    expect(value(1743387000)).toBe('2025-03-31T02:10:00Z');
    expect(value('1743387000000')).toBe('2025-03-31T02:10:00Z');
  });

  it('rejects nonsense without throwing', () => {
    for (const bad of ['', 'yesterday', '2025-13-45', '2025-02-30T10:00:00Z', '0000-00-00', null, undefined, {}, [], 'x'.repeat(10_000)]) {
      expect(value(bad)).toBeNull();
    }
  });
});

describe('parseDateText (dates written for people)', () => {
  it('English', () => {
    expect(text('Published: 31 Mar. 2025, 11:10')).toBe('2025-03-31T11:10:00');
    expect(text('Updated March 31, 2025 at 2:05 p.m. EDT')).toBe('2025-03-31T14:05:00-04:00');
    expect(text('Updated 2025.03.31 11:10')).toBe('2025-03-31T11:10:00');
    expect(text('30 August 2023 • 4:45pm')).toBe('2023-08-30T16:45:00');
  });

  it('Korean', () => {
    expect(text('입력 2025.03.31 11:10')).toBe('2025-03-31T11:10:00');
    expect(text('입력 2025.03.31. 오후 2:10')).toBe('2025-03-31T14:10:00');
    expect(text('2025년 3월 31일 11시 10분')).toBe('2025-03-31T11:10:00');
  });

  it('German', () => {
    expect(text('Veröffentlicht am 31.03.2025 um 11:10 Uhr')).toBe('2025-03-31T11:10:00');
    expect(text('31. März 2025, 11:10 Uhr')).toBe('2025-03-31T11:10:00');
    expect(text('Do 25.04.24 | 14:07 Uhr')).toBe('2024-04-25T14:07:00');
  });

  it('Japanese', () => {
    expect(text('2025年3月31日 11時10分')).toBe('2025-03-31T11:10:00');
    expect(text('2025年1月13日 21時37分')).toBe('2025-01-13T21:37:00');
  });

  it('French, Spanish, Italian', () => {
    expect(text('Publié le 31 mars 2025 à 11h10')).toBe('2025-03-31T11:10:00');
    expect(text('31 de marzo de 2025 - 11:10 CEST')).toBe('2025-03-31T11:10:00+02:00');
    expect(text('31 marzo 2025 ore 11:10')).toBe('2025-03-31T11:10:00');
  });

  it('a date alone stays a date; slashes follow the page convention', () => {
    expect(text('31 March 2025')).toBe('2025-03-31');
    expect(text('04/05/2025', true)).toBe('2025-04-05');
    expect(text('04/05/2025', false)).toBe('2025-05-04');
    expect(text('31/03/2025', true)).toBe('2025-03-31');
  });

  it('finds every date in a block, in order', () => {
    const found = findDatesInText('Published: 31 Mar. 2025, 11:10 Updated: 31 Mar. 2025, 14:00');
    expect(found.map((f) => formatParts(f.parts))).toEqual(['2025-03-31T11:10:00', '2025-03-31T14:00:00']);
  });
});
