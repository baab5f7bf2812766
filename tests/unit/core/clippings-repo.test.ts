import { gunzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countView, listView } from '../../helpers/list-view';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { openDatabase } from '../../../electron/core/db/open-database';
import { makeTempDir } from '../../helpers/temp-dir';
import { preparedClipping } from '../../helpers/prepared';

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;
let repo: ClippingsRepo;

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(`${temp.dir}/lib.sqlite`);
  repo = new ClippingsRepo(db);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const at = (minute: number) => new Date(Date.UTC(2025, 2, 31, 10, minute));

function search(query: string): number[] {
  return (db.prepare('SELECT rowid FROM clippings_search WHERE clippings_search MATCH ? ORDER BY rowid').all(query) as Array<{ rowid: number }>).map(
    (row) => row.rowid,
  );
}

describe('ClippingsRepo', () => {
  it('stores a clipping with its document, text, excerpt, word count and compressed snapshot', () => {
    const created = repo.insert(preparedClipping('Red Necktie', ['Instructors gathered in Pyongyang.', 'The union has three million members.']), {
      origin: 'paste',
      sourceUrl: 'https://example.org/a',
    });
    const clipping = repo.get(created.id);
    expect(clipping.title).toBe('Red Necktie');
    expect(clipping.text).toBe('Instructors gathered in Pyongyang.\n\nThe union has three million members.');
    expect(clipping.doc.content).toHaveLength(2);
    expect(clipping.wordCount).toBe(10);
    expect(clipping.excerpt).toContain('Instructors gathered');
    expect(clipping.sourceUrl).toBe('https://example.org/a');
    const snapshot = db.prepare('SELECT * FROM clipping_snapshots WHERE clipping_id = ?').get(created.id) as {
      bytes_gz: Buffer;
      sha256: string;
      byte_length: number;
    };
    expect(gunzipSync(snapshot.bytes_gz).toString('utf8')).toBe(clipping.text);
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists newest first with keyset pages that cover every row exactly once', () => {
    const ids = [0, 1, 2, 3, 4].map((minute) => repo.insert(preparedClipping(`Item ${minute}`, ['text']), { origin: 'paste' }, { now: at(minute) }).id);
    const first = listView(db, repo, { view: 'library', limit: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((item) => item.title)).toEqual(['Item 4', 'Item 3']);
    const second = listView(db, repo, { view: 'library', limit: 2, cursor: first.nextCursor });
    const third = listView(db, repo, { view: 'library', limit: 2, cursor: second.nextCursor });
    expect(third.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((item) => item.id)).toEqual([...ids].reverse());
  });

  it('breaks ties in capture time by id, so same-millisecond clippings keep their order', () => {
    const a = repo.insert(preparedClipping('A', ['x']), { origin: 'paste' }, { now: at(1) }).id;
    const b = repo.insert(preparedClipping('B', ['x']), { origin: 'paste' }, { now: at(1) }).id;
    const page = listView(db, repo, { view: 'library', limit: 1 });
    expect(page.items[0]?.id).toBe(b);
    expect(listView(db, repo, { view: 'library', limit: 1, cursor: page.nextCursor }).items[0]?.id).toBe(a);
  });

  it('moves a clipping to the trash and restores it', () => {
    const keep = repo.insert(preparedClipping('Keep', ['x']), { origin: 'paste' }, { now: at(1) });
    const gone = repo.insert(preparedClipping('Gone', ['x']), { origin: 'paste' }, { now: at(2) });
    expect(repo.trash(gone.id, at(3)).trashedAt).toBe(at(3).toISOString());
    expect(listView(db, repo, { view: 'library', limit: 10 }).items.map((i) => i.id)).toEqual([keep.id]);
    expect(listView(db, repo, { view: 'trash', limit: 10 }).items.map((i) => i.id)).toEqual([gone.id]);
    expect(countView(db, repo, 'trash')).toBe(1);
    expect(repo.restore(gone.id).trashedAt).toBeNull();
    expect(listView(db, repo, { view: 'library', limit: 10 }).items.map((i) => i.id)).toEqual([gone.id, keep.id]);
  });

  it('keeps the full-text index in sync on insert, rename and delete', () => {
    const { id } = repo.insert(preparedClipping('Lantern Corps', ['Volunteers plant trees in the valley.']), { origin: 'paste' });
    expect(search('volunteers')).toEqual([id]);
    expect(search('lantern')).toEqual([id]);
    repo.rename(id, 'Summer brigades');
    expect(search('lantern')).toEqual([]);
    expect(search('brigades')).toEqual([id]);
    db.prepare('DELETE FROM clippings WHERE id = ?').run(id);
    expect(search('volunteers')).toEqual([]);
  });

  it('folds case and accents in the index', () => {
    const { id } = repo.insert(preparedClipping('Café society', ['Ümlaut test']), { origin: 'paste' });
    expect(search('cafe')).toEqual([id]);
    expect(search('UMLAUT')).toEqual([id]);
  });

  it('reports a missing clipping as not_found and changes nothing', () => {
    expect(() => repo.get(999)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => repo.trash(999)).toThrow(/no clipping with id 999/);
  });

  it('writes nothing when the snapshot insert fails (one transaction)', () => {
    const broken = preparedClipping('Broken', ['x']);
    // bytes must be binary-like; a non-buffer makes gzip throw after the clipping row was inserted
    (broken.snapshot as { bytes: unknown }).bytes = 42;
    expect(() => repo.insert(broken, { origin: 'paste' })).toThrow();
    expect(countView(db, repo, 'library')).toBe(0);
    expect(search('broken')).toEqual([]);
  });
});
