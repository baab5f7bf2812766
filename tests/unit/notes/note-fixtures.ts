import type { DocNode } from '../../../shared/document/document-types';
import type { NoteDoc } from '../../../shared/domain/note';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
export const paragraph = (...content: DocNode[]): DocNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
export const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const citation = (clippingId: number, label: string, annotationId: number | null = null): DocNode => ({
  type: 'citation',
  attrs: { clippingId, annotationId, label },
});
export const citedQuote = (clippingId: number, annotationId: number | null, quote: string, extra: Record<string, unknown> = {}): DocNode => ({
  type: 'citedQuote',
  attrs: { clippingId, annotationId, quote, speaker: null, outlet: null, headline: null, published: null, url: null, ...extra },
  content: [paragraph(text(quote))],
});
export const doc = (...content: DocNode[]): NoteDoc => ({ type: 'doc', content });
export { text };

/** A note with every node and mark of the note schema. */
export function everyNodeNote(): NoteDoc {
  return doc(
    heading(1, 'Youth league coverage'),
    paragraph(
      text('Plain, '),
      text('bold', [{ type: 'bold' }]),
      text(', '),
      text('italic', [{ type: 'italic' }]),
      text(', '),
      text('underlined', [{ type: 'underline' }]),
      text(', '),
      text('struck', [{ type: 'strike' }]),
      text(', '),
      text('code', [{ type: 'code' }]),
      text(' and '),
      text('a link', [{ type: 'link', attrs: { href: 'https://example.org/a', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }]),
      { type: 'hardBreak' },
      text('as reported '),
      citation(12, 'Yonhap: Youth league congress opens'),
      text('.'),
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('bullet'))] }] },
    { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [paragraph(text('numbered'))] }] },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('done'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('to do'))] },
      ],
    },
    { type: 'blockquote', content: [paragraph(text('a plain quote'))] },
    citedQuote(12, 7, 'youth revolutionaries and patriots', {
      speaker: 'KCNA',
      outlet: 'Yonhap',
      headline: 'Youth league congress opens',
      published: '2025-03-31T09:00:00+09:00',
      url: 'https://en.yna.co.kr/view/1',
    }),
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [paragraph(text('Outlet'))] },
            { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [paragraph(text('Words'))] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [paragraph(text('Yonhap'))] },
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [paragraph(text('412'))] },
          ],
        },
      ],
    },
    { type: 'horizontalRule' },
    { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1;\nSELECT 2;')] },
  );
}
