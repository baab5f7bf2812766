import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../electron/core/export/annotations-export';
import { ANNOTATION_CSV_COLUMNS, csvField } from '../../../electron/core/export/annotations-csv';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { buildExportLibrary, QUOTE, TIMES_HEADLINE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';
import { parseCsv } from '../../helpers/parse-csv';

let t: TestLibrary;
let lib: ExportLibrary;
let collectionId: number;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
  collectionId = (await t.call('collections.list', {}))[0]!.id;
  await t.call('annotations.create', { clippingId: lib.times, comment: 'Whole article: *check* the figures\n\n# not a heading' });
});
afterEach(() => t.close());

describe('annotations → Markdown', () => {
  it('groups a collection’s annotations by clipping: heading, outlet, byline, date, link; quote, speaker, tags, comment', async () => {
    const file = await t.call('annotations.export', { collectionId, format: 'md' });
    expect(file.fileName).toMatch(/^annotations-youth-policy-\d{4}-\d{2}-\d{2}\.md$/);
    const page = new JSDOM(new MarkdownIt().render(file.content)).window.document;
    expect(page.querySelector('h1')!.textContent).toBe('Annotations: Youth policy');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([YONHAP_HEADLINE, TIMES_HEADLINE]);
    const text = page.body.textContent!;
    expect(text).toContain('Yonhap News Agency · by Kim Jae-won, John Smith · published 2025-03-31 11:10 +09:00');
    expect(page.querySelector('a[href="https://en.yna.co.kr/view/AEN20250331"]')).not.toBeNull();
    expect(text).toContain(`Quote · speaker: Ri Yong-ho · green · tags: DPRK/youth · annotation ${lib.annotation.id}`);
    expect(page.querySelector('blockquote')!.textContent!.trim()).toBe(QUOTE);
    expect(text).toContain('=SUM(A1) is not a formula here');
    // A page note, its comment as written (escaped: no emphasis, no heading).
    expect(text).toContain('Page note');
    expect(text).toContain('Whole article: *check* the figures');
    expect(page.querySelectorAll('h3')).toHaveLength(0);
    expect([...page.querySelectorAll('em')].map((em) => em.textContent)).toEqual(['Yonhap News Agency', 'The Korea Times']);
  });

  it('exports one clipping’s annotations', async () => {
    const file = await t.call('annotations.export', { clippingId: lib.yonhap, format: 'md' });
    expect(file.content).toMatch(/^# Annotations: Youth league congress opens in Pyongyang\n/);
    expect(file.content).toContain('1 annotation of 1 clipping');
    await expect(t.call('annotations.export', { format: 'md' })).rejects.toThrow('Export the annotations of either a clipping or a collection.');
  });
});

describe('annotations → CSV', () => {
  it('has a header row, one RFC 4180 record per annotation, a BOM, and no formulas', async () => {
    const file = await t.call('annotations.export', { collectionId, format: 'csv' });
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(file.content.slice(1));
    expect(header).toEqual([...ANNOTATION_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(record).toMatchObject({
      clipping_id: String(lib.yonhap),
      clipping_title: YONHAP_HEADLINE,
      outlet: 'Yonhap News Agency',
      published: '2025-03-31T11:10:00+09:00',
      url: 'https://en.yna.co.kr/view/AEN20250331',
      annotation_id: String(lib.annotation.id),
      kind: 'quote',
      color: 'green',
      speaker: 'Ri Yong-ho',
      quote: QUOTE,
      comment: 'Check the date.\n=SUM(A1) is not a formula here',
      tags: 'DPRK/youth',
      created: lib.annotation.createdAt,
    });
    expect(rows[1]![0]).toBe(String(lib.times));
    expect(rows[1]![1]).toBe(TIMES_HEADLINE);
    expect(rows[1]![6]).toBe('page note');
  });

  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}1`).replace(/"/g, '')).toBe(`'${start}1`);
  });

  it('tells its progress clipping by clipping, for a large collection', async () => {
    const seen: Array<[number, number]> = [];
    exportAnnotations(t.lib, { collectionId }, 'csv', { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
