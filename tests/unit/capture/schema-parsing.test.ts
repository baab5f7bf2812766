import { JSDOM } from 'jsdom';
import { DOMParser, DOMSerializer } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { clippingSchema } from '../../../shared/document/schema-extensions';

/** Parsing straight through the shared schema, without the capture pipeline's own clean-up. */
const schema = clippingSchema();

function parse(html: string) {
  const { window } = new JSDOM(`<body>${html}</body>`);
  return DOMParser.fromSchema(schema).parse(window.document.body);
}

describe('the shared clipping schema parsing HTML', () => {
  it('takes a figure’s image from its <img>, not from attributes on <figure>', () => {
    const doc = parse('<figure src="https://evil.example/x.png" alt="evil"><img src="media/a.png" alt="A"><figcaption>c</figcaption></figure>');
    expect(doc.firstChild?.attrs).toEqual({ src: 'media/a.png', alt: 'A', credit: null });
  });

  it('round-trips a figure whose image renders as a placeholder', () => {
    const original = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'figure', attrs: { src: 'https://images.example/a.jpg', alt: 'A', credit: null }, content: [{ type: 'text', text: 'Cap' }] }],
    });
    const { window } = new JSDOM('<body></body>');
    const fragment = DOMSerializer.fromSchema(schema).serializeFragment(original.content, { document: window.document });
    window.document.body.appendChild(fragment);
    expect(window.document.body.querySelector('img')).toBeNull();
    const reparsed = DOMParser.fromSchema(schema).parse(window.document.body);
    expect(reparsed.toJSON()).toEqual(original.toJSON());
  });

  it('does not copy a page’s rel, target or class onto links', () => {
    const doc = parse('<p><a href="https://x.example/" rel="opener" target="_blank" class="cta" title="More">x</a></p>');
    const mark = doc.firstChild?.firstChild?.marks[0];
    expect(mark?.attrs).toEqual({ href: 'https://x.example/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: 'More' });
  });
});
