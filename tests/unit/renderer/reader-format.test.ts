import { describe, expect, it } from 'vitest';
import { formatByteSize, shaGroups } from '../../../renderer/src/reader/capture-format';
import { describeIsoDate, isImpossibleDate, offsetLabel } from '../../../renderer/src/reader/iso-date';
import { languageName } from '../../../renderer/src/reader/language-name';
import { isBookmarkletUrl } from '../../../renderer/src/settings/bookmarklet-url';

describe('describeIsoDate', () => {
  it('shows a date-time in the offset the page gave, not the reader’s zone', () => {
    expect(describeIsoDate('2025-03-31T11:10+09:00', 'en-GB')).toBe('31 March 2025, 11:10 UTC+09:00');
    expect(describeIsoDate('2025-03-31T23:59:30.5-05:00', 'en-GB')).toBe('31 March 2025, 23:59 UTC-05:00');
    expect(describeIsoDate('2025-03-31T02:10Z', 'en-GB')).toBe('31 March 2025, 02:10 UTC');
  });

  it('keeps a bare date a date', () => {
    expect(describeIsoDate('2025-03-31', 'en-GB')).toBe('31 March 2025');
    expect(describeIsoDate(' 2024-02-29 ', 'en-GB')).toBe('29 February 2024');
  });

  it('is null for text that is not such a date', () => {
    for (const value of ['', 'yesterday', '31/03/2025', '2025-03-31T11:10', '2025-02-30', '2025-03-31T24:00+09:00']) {
      expect(describeIsoDate(value, 'en-GB')).toBeNull();
    }
  });
});

describe('isImpossibleDate', () => {
  it('flags dates in the right form that no calendar has', () => {
    expect(isImpossibleDate('2025-13-45')).toBe(true);
    expect(isImpossibleDate('2025-02-29')).toBe(true);
    expect(isImpossibleDate('2025-03-31T25:00+09:00')).toBe(true);
  });

  it('leaves real dates, and text in another form, to the core', () => {
    expect(isImpossibleDate('2024-02-29')).toBe(false);
    expect(isImpossibleDate('yesterday')).toBe(false);
  });
});

describe('offsetLabel', () => {
  it('writes minutes east of UTC as a signed offset', () => {
    expect(offsetLabel(540)).toBe('UTC+09:00');
    expect(offsetLabel(-330)).toBe('UTC−05:30');
    expect(offsetLabel(345)).toBe('UTC+05:45');
    expect(offsetLabel(0)).toBe('UTC');
  });
});

describe('formatByteSize', () => {
  it('counts in bytes, then KB and MB of 1024', () => {
    expect(formatByteSize(1, 'en')).toBe('1 byte');
    expect(formatByteSize(812, 'en')).toBe('812 bytes');
    expect(formatByteSize(49_321, 'en')).toBe('48.2 KB');
    expect(formatByteSize(150 * 1024, 'en')).toBe('150 KB');
    expect(formatByteSize(3.25 * 1024 * 1024, 'en')).toBe('3.3 MB');
  });
});

describe('shaGroups', () => {
  it('splits a SHA-256 into eight groups of eight, in lower case', () => {
    const sha = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';
    expect(shaGroups(sha)).toEqual(['e3b0c442', '98fc1c14', '9afbf4c8', '996fb924', '27ae41e4', '649b934c', 'a495991b', '7852b855']);
    expect(shaGroups(sha).join('')).toBe(sha.toLowerCase());
  });
});

describe('languageName', () => {
  it('names a language code, or gives null', () => {
    expect(languageName('ko', 'en')).toBe('Korean');
    expect(languageName('en-US', 'en')).toBe('American English');
    expect(languageName('', 'en')).toBeNull();
    expect(languageName('not a code!', 'en')).toBeNull();
  });
});

describe('isBookmarkletUrl', () => {
  it('accepts only a one-line javascript: URL', () => {
    expect(isBookmarkletUrl('javascript:(()=>{fetch("http://127.0.0.1:47950/clip")})()')).toBe(true);
    expect(isBookmarkletUrl('javascript:')).toBe(false);
    expect(isBookmarkletUrl('https://example.org/')).toBe(false);
    expect(isBookmarkletUrl(' javascript:alert(1)')).toBe(false);
    expect(isBookmarkletUrl('javascript:a\nb')).toBe(false);
    expect(isBookmarkletUrl(null)).toBe(false);
  });
});
