import { describe, expect, it } from 'vitest';
import { ANCHOR_CONTEXT, describeRange } from '../../../shared/annotations/text-anchor';

const TEXT = 'The ministry announced on Monday that forty thousand volunteers would join the harvest campaign.\n\nOfficials said it would last until October.';

describe('describeRange', () => {
  it('keeps the quote, 32 characters of context on each side, and the offsets', () => {
    const start = TEXT.indexOf('forty thousand');
    const anchor = describeRange(TEXT, start, start + 'forty thousand volunteers'.length);
    expect(ANCHOR_CONTEXT).toBe(32);
    expect(anchor).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'forty thousand volunteers', prefix: 'nistry announced on Monday that ', suffix: ' would join the harvest campaign' },
      position: { type: 'TextPositionSelector', start, end: start + 25 },
    });
    expect(anchor.quote.prefix).toHaveLength(32);
    expect(anchor.quote.suffix).toHaveLength(32);
  });

  it('cuts the context short at the start and the end of the text', () => {
    const first = describeRange(TEXT, 0, 3);
    expect(first.quote).toMatchObject({ exact: 'The', prefix: '', suffix: ' ministry announced on Monday th' });
    const end = TEXT.length;
    const last = describeRange(TEXT, end - 8, end);
    expect(last.quote).toMatchObject({ exact: 'October.', prefix: 'fficials said it would last until '.slice(-32), suffix: '' });
    const near = describeRange(TEXT, 5, 12);
    expect(near.quote).toMatchObject({ exact: 'inistry', prefix: 'The m' });
  });

  it('keeps line breaks and a quote that spans two paragraphs as they are', () => {
    const start = TEXT.indexOf('campaign.');
    const end = TEXT.indexOf(' said');
    const anchor = describeRange(TEXT, start, end);
    expect(anchor.quote.exact).toBe('campaign.\n\nOfficials');
    expect(anchor.quote.suffix).toBe(' said it would last until Octobe');
    expect(anchor.quote.prefix).toBe('lunteers would join the harvest ');
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'a'.repeat(10)}😀${'b'.repeat(31)}QUOTE${'c'.repeat(31)}😀${'d'.repeat(10)}`;
    const start = text.indexOf('QUOTE');
    const anchor = describeRange(text, start, start + 5);
    // 32 code units back would start on the emoji's second half: the prefix is one shorter.
    expect(anchor.quote.prefix).toBe('b'.repeat(31));
    expect(anchor.quote.suffix).toBe('c'.repeat(31));
    const whole = describeRange(text, 10, 12);
    expect(whole.quote.exact).toBe('😀');
  });

  it('throws RangeError on a bad range', () => {
    expect(() => describeRange(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 10, 10)).toThrow(/empty/);
    expect(() => describeRange(TEXT, 12, 10)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 1.5, 4)).toThrow(RangeError);
    expect(() => describeRange(TEXT, Number.NaN, 4)).toThrow(RangeError);
    expect(() => describeRange('a😀b', 2, 4)).toThrow(/half/);
  });
});
