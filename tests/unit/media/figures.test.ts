import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/document-types';
import { figureSources } from '../../../electron/core/media/figure-sources';
import { withLocalImages } from '../../../electron/core/media/localize-figures';

const SHA_A = 'a'.repeat(64);

function figure(src: unknown, caption = 'Caption'): DocNode {
  return { type: 'figure', attrs: { src, alt: 'Alt', credit: null }, content: [{ type: 'text', text: caption }] };
}

const DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Lead', marks: [{ type: 'link', attrs: { href: 'https://x.example/' } }] }] },
    figure('https://img.example/a.jpg'),
    { type: 'blockquote', content: [figure('http://img.example/b.png')] },
    figure('https://img.example/a.jpg', 'Again'),
    figure('data:image/png;base64,iVBORw0KGgo='),
    figure('data:text/html;base64,PHA+'),
    figure('media/' + SHA_A),
    figure('javascript:alert(1)'),
    figure('/relative.png'),
    figure(null),
    figure(42),
  ],
};

describe('figureSources', () => {
  it('lists each web address and image data URL once, in document order', () => {
    expect(figureSources(DOC)).toEqual(['https://img.example/a.jpg', 'http://img.example/b.png', 'data:image/png;base64,iVBORw0KGgo=']);
  });

  it('finds nothing in a document without figures', () => {
    expect(figureSources({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });
});

describe('withLocalImages', () => {
  it('points downloaded figures at media/<sha256> and leaves the rest', () => {
    const before = structuredClone(DOC);
    const local = withLocalImages(DOC, [{ src: 'https://img.example/a.jpg', image: { sha256: SHA_A } }]);
    expect(DOC).toEqual(before);
    const srcs = (local.content ?? []).flatMap(function collect(node: DocNode): unknown[] {
      return node.type === 'figure' ? [node.attrs?.src] : (node.content ?? []).flatMap(collect);
    });
    expect(srcs).toEqual([
      `media/${SHA_A}`,
      'http://img.example/b.png',
      `media/${SHA_A}`,
      'data:image/png;base64,iVBORw0KGgo=',
      'data:text/html;base64,PHA+',
      `media/${SHA_A}`,
      'javascript:alert(1)',
      '/relative.png',
      null,
      42,
    ]);
    // Captions, alt text and marks survive; the copy shares nothing mutable with the input.
    expect(local.content?.[1]).toEqual({ ...figure(`media/${SHA_A}`) });
    expect(local.content?.[0]).toEqual(DOC.content?.[0]);
    expect(local.content?.[0]?.content?.[0]?.marks).not.toBe(DOC.content?.[0]?.content?.[0]?.marks);
  });
});
