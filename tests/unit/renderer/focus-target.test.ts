import { describe, expect, it } from 'vitest';
import { focusTarget } from '../../../renderer/src/annotations/focus-target';

const text = '“We did not expect so many,” the harbour master said. Forty thousand volunteers came. Forty thousand more stayed home.';
const clipping = { id: 3, text };
const settled = (...ids: number[]) => ({ ids, settled: true });
const request = (annotationId: number | null, quote: string | null = null, clippingId: number | null = quote === null ? null : 3) => ({
  annotationId,
  clippingId,
  quote,
  request: 1,
});

describe('focusTarget', () => {
  it('lands on the annotation when the clipping has it', () => {
    expect(focusTarget(request(7, 'We did not expect so many'), clipping, settled(5, 7))).toEqual({ kind: 'annotation', id: 7 });
  });

  it('lands on a highlight already loaded while the list refetches', () => {
    expect(focusTarget(request(7, 'We did not expect so many'), clipping, { ids: [7], settled: false })).toEqual({ kind: 'annotation', id: 7 });
  });

  it('waits while nothing is shown, the annotations load, or another clipping is shown', () => {
    expect(focusTarget(request(7), null, settled(7))).toEqual({ kind: 'wait' });
    expect(focusTarget(request(7, 'We did not expect so many'), clipping, { ids: [], settled: false })).toEqual({ kind: 'wait' });
    expect(focusTarget(request(7, 'We did not expect so many', 4), clipping, settled(5))).toEqual({ kind: 'wait' });
    expect(focusTarget(request(7), clipping, settled(5))).toEqual({ kind: 'wait' });
  });

  it('finds a deleted annotation’s words, or a quote cited without one, in the text', () => {
    const start = text.indexOf('We did not');
    expect(focusTarget(request(7, 'We did not expect so many'), clipping, settled(5))).toEqual({ kind: 'range', start, end: start + 25 });
    expect(focusTarget(request(null, 'the harbour master said'), clipping, settled())).toMatchObject({ kind: 'range', start: text.indexOf('the harbour') });
  });

  it('says so when the words are gone or repeated (never a guess)', () => {
    expect(focusTarget(request(null, 'a sentence that was edited away'), clipping, settled())).toEqual({ kind: 'not-found' });
    expect(focusTarget(request(null, 'Forty thousand'), clipping, settled())).toEqual({ kind: 'not-found' });
  });
});
