import { describe, expect, it } from 'vitest';
import { markFreeText } from '../../../electron/core/search/mark-free-text';

describe('markFreeText', () => {
  it('is the text itself when it has no combining marks', () => {
    const view = markFreeText('Une étude sur 청년 𠀁');
    expect(view.text).toBe('Une étude sur 청년 𠀁');
    expect(view.toView(7)).toBe(7);
    expect(view.toOriginal(7)).toBe(7);
  });

  it('takes the marks out and maps offsets both ways: a mark goes with the letter before it', () => {
    const body = 'cafe\u0301 cre\u0300me \u2764\uFE0F'; // decomposed accents, an emoji's variation selector
    const view = markFreeText(body);
    expect(view.text).toBe('cafe creme \u2764');
    // "cafe" ends at view offset 4: back in the body that is after the mark, at the space.
    expect(view.toOriginal(4)).toBe(5);
    expect(body.slice(view.toOriginal(0), view.toOriginal(4))).toBe('cafe\u0301');
    expect(body.slice(view.toOriginal(5), view.toOriginal(10))).toBe('cre\u0300me');
    expect(view.toOriginal(view.text.length)).toBe(body.length);
    // Every offset of the body lands on the view's character that holds it.
    expect(view.toView(5)).toBe(4);
    expect(view.toView(4)).toBe(4); // the mark itself: with the letter before it, ending there
    expect(view.toView(body.length)).toBe(view.text.length);
  });

  it('keeps surrogate pairs whole', () => {
    const body = '𠀁e\u0301𠀂';
    const view = markFreeText(body);
    expect(view.text).toBe('𠀁e𠀂');
    expect(body.slice(view.toOriginal(2), view.toOriginal(3))).toBe('e\u0301');
    expect(body.slice(view.toOriginal(3), view.toOriginal(5))).toBe('𠀂');
  });
});
