import type { Annotation } from '../../../shared/domain/annotation';
import type { DocNode } from '../../../shared/document/document-types';
import type { Note } from '../../../shared/domain/note';
import type { TestLibrary } from '../library/library-fixture';
import { citation, citedQuote, doc, heading, paragraph, text } from '../notes/note-fixtures';

export const QUOTE = 'We will be ready by June';
export const YONHAP_HEADLINE = 'Youth league congress opens in Pyongyang';
export const TIMES_HEADLINE = 'Brigades & “volunteers”: a <summer> of work';

export interface ExportLibrary {
  yonhap: number;
  times: number;
  annotation: Annotation;
  note: Note;
}

/**
 * A real note in a test library: two clippings with bylines, dates and addresses; an
 * annotation of a quote (speaker, comment, tags); and a note with headings, a list, a
 * task list, a table, a cited quote of the annotation and an inline citation of the other clipping.
 */
export async function buildExportLibrary(t: TestLibrary): Promise<ExportLibrary> {
  const yonhap = t.add(YONHAP_HEADLINE, {
    paragraphs: ['The league met on Monday.', `“${QUOTE},” the chairman said.`, 'The brigades leave in June.'],
    meta: {
      title: YONHAP_HEADLINE,
      outlet: 'Yonhap News Agency',
      authors: ['Kim Jae-won', 'John Smith'],
      published: '2025-03-31T11:10:00+09:00',
      canonicalUrl: 'https://en.yna.co.kr/view/AEN20250331',
    },
    sourceUrl: 'https://en.yna.co.kr/view/AEN20250331?utm=x',
  });
  const times = t.add(TIMES_HEADLINE, {
    paragraphs: ['Thousands signed up.'],
    meta: { title: TIMES_HEADLINE, outlet: 'The Korea Times', authors: [], published: '2025-04-02', canonicalUrl: 'https://www.koreatimes.co.kr/a/1' },
  });
  const clipping = await t.call('clippings.get', { id: yonhap });
  const start = clipping.text.indexOf(QUOTE);
  const annotation = await t.call('annotations.create', {
    clippingId: yonhap,
    range: { start, end: start + QUOTE.length, exact: QUOTE },
    kind: 'quote',
    speaker: 'Ri Yong-ho',
    comment: 'Check the date.\n=SUM(A1) is not a formula here',
    tags: ['DPRK/youth'],
    color: 2,
  });
  const collection = await t.call('collections.create', { name: 'Youth policy' });
  await t.call('collections.addClippings', { id: collection.id, clippingIds: [yonhap, times] });
  const note = await t.call('notes.create', { doc: noteDoc(yonhap, times, annotation.id), collectionIds: [collection.id] });
  return { yonhap, times, annotation, note };
}

export function noteDoc(yonhap: number, times: number, annotationId: number) {
  const cell = (type: string, value: string): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(text(value))] });
  return doc(
    heading(1, 'Summer brigades'),
    paragraph(text('The league '), text('prepares', [{ type: 'bold' }]), text(' volunteers, as reported '), citation(times, 'The Korea Times: Brigades'), text('.')),
    heading(2, 'What was said'),
    citedQuote(yonhap, annotationId, QUOTE, {
      speaker: 'Ri Yong-ho',
      outlet: 'Yonhap News Agency',
      headline: YONHAP_HEADLINE,
      published: '2025-03-31T11:10:00+09:00',
      url: 'https://en.yna.co.kr/view/AEN20250331',
    }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('first point'))] }, { type: 'listItem', content: [paragraph(text('second point'))] }] },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('call the ministry'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('check the numbers'))] },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Outlet'), cell('tableHeader', 'Volunteers')] },
        { type: 'tableRow', content: [cell('tableCell', 'Yonhap'), cell('tableCell', '40,000')] },
      ],
    },
  );
}
