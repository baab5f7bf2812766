import { describe, expect, it } from 'vitest';
import { authorsF1, expectedBodyText, parseDate, sameDate, sameDayValue, titleMatches } from '../../../bench/extract/metadata-scoring';

describe('title', () => {
  it('matches after NFC and whitespace folding', () => {
    expect(titleMatches('Café  au\u00a0lait\n', 'Cafe\u0301 au lait')).toBe(true);
    expect(titleMatches('イオン銀行社長解任\u3000持ち株社長も引責', 'イオン銀行社長解任 持ち株社長も引責')).toBe(true);
    expect(titleMatches('Ein bisschen Fortschritt\u200b', 'Ein bisschen Fortschritt')).toBe(true);
  });

  it('keeps case and punctuation', () => {
    expect(titleMatches('Kohberger\'s lawyers', 'Kohberger’s lawyers')).toBe(false);
    expect(titleMatches('A title', 'a title')).toBe(false);
    expect(titleMatches('A title', null)).toBe(false);
  });
});

describe('published date', () => {
  it('reads ISO-like values with or without time and offset', () => {
    expect(parseDate('2023-04-28 17:40:08+00:00')).toMatchObject({ date: '2023-04-28', hasTime: true, offsetMinutes: 0 });
    expect(parseDate('2023-04-28T17:40:08.123-04:00')).toMatchObject({ hasTime: true, offsetMinutes: -240 });
    expect(parseDate('2023-04-28T17:40Z')).toMatchObject({ hasTime: true, offsetMinutes: 0 });
    expect(parseDate('2023-04-28')).toMatchObject({ date: '2023-04-28', hasTime: false, offsetMinutes: null });
    expect(parseDate('2026-05-13 15:44:00')).toMatchObject({ hasTime: true, offsetMinutes: null });
    expect(parseDate('Fri, 28 Apr 2023 17:40:08 GMT')).toMatchObject({ date: '2023-04-28', hasTime: true, offsetMinutes: 0 });
    expect(parseDate('yesterday')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });

  it('compares instants within 60 s when the expected value has a time', () => {
    expect(sameDate('2023-04-28 17:40:08+00:00', '2023-04-28T19:40:08+02:00')).toBe(true);
    expect(sameDate('2023-04-28 17:40:08+00:00', '2023-04-28T17:41:00Z')).toBe(true);
    expect(sameDate('2023-04-28 17:40:08+00:00', '2023-04-28T17:41:09Z')).toBe(false);
    expect(sameDate('2023-04-28 17:40:08+00:00', '2023-04-28T17:40:08+02:00')).toBe(false);
    expect(sameDate('2023-04-28 17:40:08.847000+00:00', '2023-04-28T17:40:08Z')).toBe(true);
  });

  it('fails a date alone when a time is expected (but it counts for the same-day score)', () => {
    expect(sameDate('2023-04-28 17:40:08+00:00', '2023-04-28')).toBe(false);
    expect(sameDayValue('2023-04-28 17:40:08+00:00', '2023-04-28')).toBe(true);
  });

  it('compares wall clocks when one side is a local time', () => {
    expect(sameDate('2026-05-13 15:44:00', '2026-05-13T15:44:00+02:00')).toBe(true);
    expect(sameDate('2026-05-13 15:44:00', '2026-05-13T13:44:00Z')).toBe(false);
    expect(sameDate('2023-04-28 18:41:00+02:00', '2023-04-28T18:41:00')).toBe(true);
  });

  it('reads an expected midnight as a date alone: same calendar day', () => {
    expect(sameDate('2024-04-30 00:00:00', '2024-04-30')).toBe(true);
    expect(sameDate('2024-04-30 00:00:00', '2024-04-30T09:12:00+02:00')).toBe(true);
    expect(sameDate('2024-04-30 00:00:00', '2024-05-01')).toBe(false);
    // The day is read in the expected offset when both have one.
    expect(sameDate('2024-10-16 00:00:00+08:00', '2024-10-15T17:00:00Z')).toBe(true);
    expect(sameDate('2024-10-16 00:00:00+08:00', '2024-10-15T15:00:00Z')).toBe(false);
  });

  it('fails a missing value', () => {
    expect(sameDate('2024-04-30 00:00:00', null)).toBe(false);
  });
});

describe('authors', () => {
  it('is a set F1, case- and whitespace-insensitive', () => {
    expect(authorsF1(['STEVE PEOPLES', 'Thomas  Beaumont'], ['Steve Peoples', 'thomas beaumont'])).toBe(1);
    expect(authorsF1(['A B', 'C D'], ['A B'])).toBeCloseTo(2 / 3);
    expect(authorsF1(['A B'], ['A B', 'Staff', 'Agency'])).toBeCloseTo(0.5);
    expect(authorsF1(['A B'], ['A B', 'a  b'])).toBe(1);
    expect(authorsF1(['A B'], [])).toBe(0);
  });

  it('does not score a page that expects no author', () => {
    expect(authorsF1([], ['Someone'])).toBeNull();
    expect(authorsF1(undefined, [])).toBeNull();
  });
});

describe('expected body', () => {
  const body = {
    summary: ['The dek.'],
    sections: [
      { headline: [], paragraphs: ['First.', 'Second.'] },
      { headline: ['A subhead'], paragraphs: ['Third.'] },
    ],
  };

  it('is summary, then each section\'s headline and paragraphs, separated by blank lines', () => {
    expect(expectedBodyText(body)).toBe('The dek.\n\nFirst.\n\nSecond.\n\nA subhead\n\nThird.');
  });

  it('can be the paragraphs alone', () => {
    expect(expectedBodyText(body, true)).toBe('First.\n\nSecond.\n\nThird.');
    expect(expectedBodyText(null)).toBe('');
  });
});
