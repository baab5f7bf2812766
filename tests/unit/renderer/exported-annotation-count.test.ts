import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvRecordCount, exportedAnnotationCount } from '../../../renderer/src/annotations/exported-annotation-count';
import { buildExportLibrary, type ExportLibrary } from '../export/export-fixture';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';

// The count is read from the files the core really writes, so a change to their format shows here.
let t: TestLibrary;
let lib: ExportLibrary;
let collectionId: number;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
  collectionId = (await t.call('collections.list', {}))[0]!.id;
});
afterEach(() => t.close());

describe('exportedAnnotationCount', () => {
  it('reads a collection’s count from its Markdown and its CSV, multi-line comments and quote marks included', async () => {
    // A comment that looks like the summary line and one with a quoted line break in the CSV.
    await t.call('annotations.create', { clippingId: lib.times, comment: 'Exported from Dossier on Monday: 99 annotations of 9 clippings.' });
    await t.call('annotations.create', { clippingId: lib.times, comment: 'He said "no",\r\nthen\n\n"yes"' });
    for (const format of ['md', 'csv'] as const) {
      expect(exportedAnnotationCount(await t.call('annotations.export', { collectionId, format }))).toBe(3);
    }
    expect(exportedAnnotationCount(await t.call('annotations.export', { clippingId: lib.yonhap, format: 'md' }))).toBe(1);
  });

  it('is 0 for a collection or clipping without annotations', async () => {
    const empty = await t.call('collections.create', { name: 'Empty' });
    await t.call('collections.addClippings', { id: empty.id, clippingIds: [lib.times] });
    for (const format of ['md', 'csv'] as const) {
      expect(exportedAnnotationCount(await t.call('annotations.export', { collectionId: empty.id, format }))).toBe(0);
      expect(exportedAnnotationCount(await t.call('annotations.export', { clippingId: lib.times, format }))).toBe(0);
    }
  });

  it('is null when the file does not say', () => {
    expect(exportedAnnotationCount({ fileName: 'a.md', content: '# Annotations\n', encoding: 'utf8' })).toBeNull();
    expect(exportedAnnotationCount({ fileName: 'a.docx', content: 'UEsDBA==', encoding: 'base64' })).toBeNull();
  });
});

describe('csvRecordCount', () => {
  it('counts records, not line breaks inside quoted fields, with or without a last line break', () => {
    expect(csvRecordCount('')).toBe(0);
    expect(csvRecordCount('\uFEFFa,b\r\n')).toBe(1);
    expect(csvRecordCount('a,b\r\n"1\r\n2","x ""y"""\r\n3,4')).toBe(3);
    expect(csvRecordCount('a\n"b\nc"\n')).toBe(2);
  });
});
