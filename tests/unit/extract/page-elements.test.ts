import { describe, expect, it } from 'vitest';
import { PageElements } from '../../../electron/core/extract/page-elements';
import { parseHtml } from '../../../electron/core/extract/parse-html';

const names = (els: readonly Element[]): string[] => els.map((el) => el.id || el.localName);

describe('PageElements', () => {
  const document = parseHtml(
    '<html><head><title>T</title></head><body><div id="a"><p id="a1">x</p><section id="a2"><p id="a3">y</p></section></div>' +
      '<template id="t"><p id="hidden">z</p></template><p id="b">w</p></body></html>',
  );
  const page = new PageElements(document);

  it('lists the elements in document order, as querySelectorAll does (no template content)', () => {
    expect(names(page.under(document))).toEqual(names(Array.from(document.querySelectorAll('*'))));
    expect(names(page.under(document))).not.toContain('hidden');
  });

  it('gives the elements under an element, the element itself excluded', () => {
    expect(names(page.under(document.getElementById('a')))).toEqual(['a1', 'a2', 'a3']);
    expect(names(page.under(document.getElementById('a2')))).toEqual(['a3']);
    expect(page.under(document.getElementById('b'))).toEqual([]);
  });

  it('knows each element position and the extent of its subtree', () => {
    const a = document.getElementById('a')!;
    const span = page.spanOf(a)!;
    expect(page.under(document).slice(span.start + 1, span.end)).toEqual(page.under(a));
    expect(page.positionOf(document.getElementById('a3')!)).toBe(span.end - 1);
  });

  it('falls back to the live tree for an element it did not list', () => {
    const extra = document.createElement('div');
    extra.innerHTML = '<span id="s"></span>';
    expect(names(page.under(extra))).toEqual(['s']);
    expect(page.spanOf(extra)).toBeNull();
  });

  it('lists elements a malformed page leaves beside <html>', () => {
    // "<html" only inside a conditional comment: no root element wraps the page.
    const odd = parseHtml('<!doctype html><!--[if IE]> <html class="ie"> <![endif]--><head><title>T</title></head><script type="application/ld+json">{}</script><body><p>x</p></body>');
    expect(odd.documentElement?.contains(odd.querySelector('script'))).toBe(false);
    const listed = new PageElements(odd);
    expect(listed.under(odd).filter((el) => el.localName === 'script')).toHaveLength(
      Array.from(odd.querySelectorAll('script')).length,
    );
  });
});
