import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { buildExportLibrary, TIMES_HEADLINE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';

let t: TestLibrary;
let lib: ExportLibrary;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
});
afterEach(() => t.close());

const plain = (entry: Array<{ text: string }>) => entry.map((run) => run.text).join('');

describe('notes.bibliography', () => {
  it('lists each cited source once in the style asked for, the outlet in italics and the address linked', async () => {
    const chicago = await t.call('notes.bibliography', { id: lib.note.id, style: 'chicago' });
    expect(chicago.heading).toBe('Bibliography');
    expect(chicago.entries).toHaveLength(2);
    const yonhap = chicago.entries.find((entry) => plain(entry).includes(YONHAP_HEADLINE))!;
    expect(plain(yonhap)).toContain('Kim Jae-won, and John Smith');
    expect(yonhap.some((run) => run.italic && run.text.includes('Yonhap News Agency'))).toBe(true);
    expect(yonhap.some((run) => run.href === 'https://en.yna.co.kr/view/AEN20250331')).toBe(true);

    const apa = await t.call('notes.bibliography', { id: lib.note.id, style: 'apa' });
    expect(apa.heading).toBe('References');
    expect(apa.entries.map(plain).some((text) => text.includes(TIMES_HEADLINE) && text.includes('(2025, April 2)'))).toBe(true);
  });

  it('is empty for a note that cites nothing, and refuses a note that does not exist', async () => {
    const bare = await t.call('notes.create', {});
    expect((await t.call('notes.bibliography', { id: bare.id, style: 'apa' })).entries).toEqual([]);
    await expect(t.call('notes.bibliography', { id: 9999, style: 'apa' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
