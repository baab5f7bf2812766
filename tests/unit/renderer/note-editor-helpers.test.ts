import { describe, expect, it } from 'vitest';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { checkNoteDocument } from '../../../shared/notes/check-note-document';
import { noteSchema } from '../../../shared/notes/note-extensions';
import { citationNode, citedQuoteNode, quoteParagraphs } from '../../../renderer/src/notes/cited-quote/quote-content';
import { bibliographyNodes } from '../../../renderer/src/notes/editor/bibliography-nodes';
import { findTrigger, stepIndex } from '../../../renderer/src/notes/editor/find-trigger';
import { blockInsertRange } from '../../../renderer/src/notes/editor/insert-block';
import { pasteProblem } from '../../../renderer/src/notes/editor/paste-guard';
import { filterSlashItems } from '../../../renderer/src/notes/slash-menu/slash-items';

const clipping = {
  id: 12,
  title: 'Stored title',
  sourceUrl: 'https://en.yna.co.kr/view/1?utm_source=x',
  outletName: 'Yonhap',
  meta: { title: 'North Korea fires two ballistic missiles', outlet: 'Yonhap News Agency', siteDomain: 'yna.co.kr', published: '2025-03-31T11:10:00+09:00', canonicalUrl: null },
} as unknown as ClippingSummary;

describe('findTrigger', () => {
  it('opens the block menu on / at the start of a block or after a space', () => {
    expect(findTrigger('/')).toEqual({ kind: 'slash', query: '', length: 1 });
    expect(findTrigger('Intro /tab')).toEqual({ kind: 'slash', query: 'tab', length: 4 });
    expect(findTrigger('and/or')).toBeNull();
    expect(findTrigger('/heading one')).toBeNull();
  });

  it('opens the citation picker on @ or [[, not inside an address', () => {
    expect(findTrigger('as reported @yonh')).toEqual({ kind: 'cite', query: 'yonh', length: 5 });
    expect(findTrigger('(@')).toEqual({ kind: 'cite', query: '', length: 1 });
    expect(findTrigger('see [[North Korea fires')).toEqual({ kind: 'cite', query: 'North Korea fires', length: 19 });
    expect(findTrigger('mail kim@example.org')).toBeNull();
    expect(findTrigger('done [[x]] then')).toBeNull();
  });

  it('steps through a menu, wrapping both ways', () => {
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
});

describe('filterSlashItems', () => {
  it('matches the start of any word of an item', () => {
    expect(filterSlashItems('').length).toBeGreaterThan(10);
    expect(filterSlashItems('head').map((item) => item.id)).toEqual(['h1', 'h2', 'h3']);
    expect(filterSlashItems('bib').map((item) => item.id)).toEqual(['bibliography-chicago', 'bibliography-apa']);
    expect(filterSlashItems('todo').map((item) => item.id)).toEqual(['task']);
    expect(filterSlashItems('zzz')).toEqual([]);
  });
});

describe('quote and citation nodes', () => {
  it('fill the source line from the clipping and pass the schema’s checks', async () => {
    const quote = citedQuoteNode({ clippingId: 12, annotationId: 4, text: 'We will be ready.\n\nBy June.', speaker: ' Ri Yong-ho ' }, clipping);
    expect(quote.attrs).toEqual({
      clippingId: 12,
      annotationId: 4,
      quote: 'We will be ready.\n\nBy June.',
      speaker: 'Ri Yong-ho',
      outlet: 'Yonhap News Agency',
      headline: 'North Korea fires two ballistic missiles',
      published: '2025-03-31T11:10:00+09:00',
      url: 'https://en.yna.co.kr/view/1?utm_source=x',
    });
    expect(quote.content!.map((paragraph) => paragraph.content![0]!.text)).toEqual(['We will be ready.', 'By June.']);
    const cite = citationNode(clipping);
    expect(cite.attrs).toEqual({ clippingId: 12, annotationId: null, label: 'Yonhap News Agency, 2025-03-31: North Korea fires two ballistic missiles' });
    expect(() => checkNoteDocument({ type: 'doc', content: [quote, { type: 'paragraph', content: [cite] }] })).not.toThrow();
  });

  it('never leave a quote without a paragraph, and cut attributes to the schema’s limits', async () => {
    expect(quoteParagraphs('  \n ')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '…' }] }]);
    const long = { ...clipping, meta: { ...clipping.meta, title: 'Word '.repeat(600), outlet: null }, outletName: null, sourceUrl: 'javascript:alert(1)' } as unknown as ClippingSummary;
    const quote = citedQuoteNode({ clippingId: 12, annotationId: null, text: 'x', speaker: null }, long);
    expect((quote.attrs!.headline as string).length).toBe(2000);
    expect(quote.attrs!.outlet).toBe('yna.co.kr');
    expect(quote.attrs!.url).toBeNull();
    expect(() => checkNoteDocument({ type: 'doc', content: [quote] })).not.toThrow();
  });
});

describe('blockInsertRange', () => {
  const schema = noteSchema();
  const p = (text?: string) => schema.nodes.paragraph!.create(null, text ? schema.text(text) : undefined);
  const doc = schema.nodes.doc!.create(null, [p('One'), p(), p('Three')]);
  // Positions: <p>One</p> is 0–5, the empty <p> 5–7, <p>Three</p> 7–14.

  it('puts a block after the block holding the cursor, or before it when the cursor is at its start', () => {
    expect(blockInsertRange(doc, 3)).toEqual({ from: 5, to: 5 });
    expect(blockInsertRange(doc, 8)).toEqual({ from: 7, to: 7 });
    expect(blockInsertRange(doc, 10)).toEqual({ from: 14, to: 14 });
  });

  it('replaces the empty paragraph it is dropped in or next to', () => {
    expect(blockInsertRange(doc, 6)).toEqual({ from: 5, to: 7 });
    expect(blockInsertRange(doc, 7)).toEqual({ from: 5, to: 7 });
    expect(blockInsertRange(doc, 999)).toEqual({ from: 14, to: 14 });
  });

  it('leaves a list whole: a cursor in an item puts the block after the list', () => {
    const list = schema.nodes.bulletList!.create(null, [schema.nodes.listItem!.create(null, p('item'))]);
    const withList = schema.nodes.doc!.create(null, [list, p('after')]);
    expect(blockInsertRange(withList, 4)).toEqual({ from: list.nodeSize, to: list.nodeSize });
  });
});

describe('pasteProblem', () => {
  it('lets an ordinary paste through and refuses one a note cannot hold, saying so', () => {
    expect(pasteProblem({ html: '<p>hi</p>', text: 'hi' }, 10_000)).toBeNull();
    const huge = 'x'.repeat(5 * 1024 * 1024 + 1);
    expect(pasteProblem({ html: '', text: huge }, 0)).toMatch(/^This paste is 5\.0 MB; a note holds at most 5\.0 MB\. Nothing was pasted/);
    expect(pasteProblem({ html: '', text: 'x'.repeat(3 * 1024 * 1024) }, 3 * 1024 * 1024)).toMatch(/this one already has 3\.0 MB/);
    // Markup is mostly dropped: the text decides when the clipboard has both.
    expect(pasteProblem({ html: huge, text: 'short' }, 0)).toBeNull();
  });
});

describe('bibliographyNodes', () => {
  it('makes a heading and one paragraph per entry, italics and safe links kept', () => {
    const nodes = bibliographyNodes({
      heading: 'References',
      entries: [
        [{ text: 'Kim, J. (2025). Headline. ' }, { text: 'Yonhap', italic: true }, { text: '. ' }, { text: 'https://yna.co.kr/1', href: 'https://yna.co.kr/1' }],
        [{ text: 'Other. ' }, { text: 'bad', href: 'javascript:alert(1)' }],
        [],
      ],
    });
    expect(nodes[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'References' }] });
    expect(nodes).toHaveLength(3);
    expect(nodes[1]!.content![1]).toEqual({ type: 'text', text: 'Yonhap', marks: [{ type: 'italic' }] });
    expect(nodes[1]!.content![3]).toEqual({ type: 'text', text: 'https://yna.co.kr/1', marks: [{ type: 'link', attrs: { href: 'https://yna.co.kr/1' } }] });
    expect(nodes[2]!.content![1]).toEqual({ type: 'text', text: 'bad' });
  });
});
