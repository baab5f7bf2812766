// @vitest-environment jsdom
import { generateHTML } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { readerExtensions } from '../../../renderer/src/reader/reader-figure';

const SHA = 'a'.repeat(64);

function render(attrs: Record<string, unknown>, caption = 'Volunteers on the north quay.'): HTMLElement {
  const doc = { type: 'doc', content: [{ type: 'figure', attrs, content: [{ type: 'text', text: caption }] }] };
  const host = document.createElement('div');
  host.innerHTML = generateHTML(doc, readerExtensions());
  return host.querySelector('figure')!;
}

describe('the reader’s figure', () => {
  it('shows an image saved at capture, its caption, then its credit in small type', () => {
    const figure = render({ src: `media/${SHA}`, alt: 'The quay', credit: 'Photo: Ana Lind' });
    expect(figure.querySelector('img')?.getAttribute('src')).toBe(`media/${SHA}`);
    expect(figure.querySelector('img')?.getAttribute('alt')).toBe('The quay');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Volunteers on the north quay.');
    const credit = figure.querySelector('figcaption + small.figure-credit');
    expect(credit?.textContent).toBe('Photo: Ana Lind');
  });

  it('has no credit line when the figure has none', () => {
    expect(render({ src: `media/${SHA}`, alt: null, credit: null }).querySelector('.figure-credit')).toBeNull();
    expect(render({ src: `media/${SHA}`, alt: null, credit: '  ' }).querySelector('.figure-credit')).toBeNull();
  });

  it('keeps the shared rule: a remote image is a placeholder, never an <img>', () => {
    const figure = render({ src: 'https://images.example/quay.jpg', alt: 'The quay', credit: 'Photo: Ana Lind' });
    expect(figure.querySelector('img')).toBeNull();
    expect(figure.querySelector('.figure-placeholder')?.textContent).toBe('Image: The quay');
    expect(figure.querySelector('.figure-credit')?.textContent).toBe('Photo: Ana Lind');
  });
});
