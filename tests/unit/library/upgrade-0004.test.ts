import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database';
import { openLibrary, type Library } from '../../../electron/core/library';
import { makeTempDir } from '../../helpers/temp-dir';

/**
 * A library made before migration 0004 (clippings, versions, no outlets, tags or search
 * over subtitles) opened by this version: its clippings are listed, sorted, searchable
 * in both indexes and counted like new ones.
 */
const MIGRATIONS = resolve(import.meta.dirname, '../../../electron/core/db/migrations');
let temp: ReturnType<typeof makeTempDir>;
let lib: Library | null = null;
let ids: Record<string, number>;

beforeEach(() => {
  temp = makeTempDir('dossier-upgrade-');
  const oldMigrations = join(temp.dir, 'migrations-0003');
  mkdirSync(oldMigrations);
  for (const file of readdirSync(MIGRATIONS).filter((name) => /^000[1-3]_.*\.sql$/.test(name))) copyFileSync(join(MIGRATIONS, file), join(oldMigrations, file));
  const old = openDatabase(join(temp.dir, 'dossier.sqlite'), { migrationsDir: oldMigrations });
  const insert = old.prepare(
    `INSERT INTO clippings (title, source_url, origin, format, doc_json, text, excerpt, word_count, created_at, updated_at,
       site_domain, outlet, published_at, lang, article_id, version, trashed_at)
     VALUES (@title, @url, 'url', 'text', '{"type":"doc","content":[]}', @text, '', 1, @created, @created,
       @site, @outlet, @published, @lang, NULL, @version, @trashed)`,
  );
  const add = (row: Partial<Record<'title' | 'url' | 'text' | 'created' | 'site' | 'outlet' | 'published' | 'lang' | 'trashed', string | null>> & { version?: number; of?: number }) => {
    const id = Number(
      insert.run({
        title: 'Untitled', url: null, text: 'text', created: '2025-03-31T10:00:00.000Z', site: null, outlet: null, published: null, lang: null, trashed: null, version: 1,
        ...row,
      }).lastInsertRowid,
    );
    old.prepare('UPDATE clippings SET article_id = ? WHERE id = ?').run(row.of ?? id, id);
    return id;
  };
  ids = {
    yonhap: add({ title: 'Étude du congrès', url: 'https://www.yna.co.kr/view/1', site: 'yna.co.kr', outlet: 'Yonhap', text: '청년동맹 대회가 열렸다.', published: '2025-03-31T09:00+09:00', created: '2025-03-31T10:00:00.000Z' }),
    kcna: add({ title: 'apple harvest', url: 'https://kcna.kp/en/article/2', text: 'Harvest report.', published: '2025-03-31T01:00Z', created: '2025-03-31T09:00:00.000Z' }),
    trashed: add({ title: 'Gone', text: 'Harvest in the trash.', trashed: '2025-04-01T00:00:00.000Z', created: '2025-03-31T08:00:00.000Z' }),
  };
  ids.kcnaV2 = add({ title: 'Apple harvest, updated', url: 'https://kcna.kp/en/article/2', text: 'Harvest report, updated.', created: '2025-03-31T11:00:00.000Z', version: 2, of: ids.kcna });
  old.close();
  lib = openLibrary({ dataDir: temp.dir, mode: 'cli', capture: 'in-process', downloadImages: false });
});
afterEach(() => {
  lib?.close();
  lib = null;
  temp.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = await lib!.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

describe('opening a library made before 0004', () => {
  it('lists the newest live capture of each article, in every sort', async () => {
    expect(await call('clippings.ids', {})).toEqual([ids.kcnaV2, ids.yonhap]);
    expect(await call('clippings.ids', { sort: 'title' })).toEqual([ids.kcnaV2, ids.yonhap]);
    expect(await call('clippings.ids', { sort: 'published', direction: 'asc' })).toEqual([ids.yonhap, ids.kcnaV2]);
    expect(await call('clippings.ids', { view: 'trash' })).toEqual([ids.trashed]);
    expect(await call('library.counts', {})).toEqual({ library: 2, unread: 2, starred: 0, trash: 1 });
  });

  it('finds old clippings by word, accent-insensitively, and by Korean bigrams', async () => {
    const search = (query: string) => call<{ items: Array<{ id: number }> }>('clippings.search', { query }).then((r) => r.items.map((item) => item.id));
    expect(await search('etude')).toEqual([ids.yonhap]);
    expect(await search('harvest')).toEqual([ids.kcnaV2]);
    expect(await search('년동')).toEqual([ids.yonhap]);
  });

  it('tags old clippings with correct counts', async () => {
    await call('tags.apply', { clippingIds: [ids.yonhap, ids.kcna, ids.kcnaV2], add: ['DPRK/youth'] });
    const tags = await call<Array<{ path: string; count: number }>>('tags.list', {});
    expect(tags.map((tag) => [tag.path, tag.count])).toEqual([['DPRK', 2], ['DPRK/youth', 2]]);
  });

  // Clippings captured before 0004 get no outlet: the migration adds outlet_id but creates no
  // outlets from the site_domain / canonical / source address the rows already carry, so an
  // upgraded library shows an empty outlet pane, `outlet:` finds none of its clippings and
  // "sort by outlet" puts them all first (outlet_sort ''). Reproduce: open a 0003 library whose
  // clippings have site_domain yna.co.kr → outlets.list is [].
  it('creates outlets for the clippings already in the library', async () => {
    const outlets = await call<Array<{ domain: string; name: string; count: number }>>('outlets.list', {});
    expect(outlets.map((o) => [o.domain, o.name, o.count])).toEqual([
      ['kcna.kp', 'kcna.kp', 1],
      ['yna.co.kr', 'Yonhap', 1],
    ]);
    expect(await call('clippings.ids', { query: 'outlet:yonhap' })).toEqual([ids.yonhap]);
  });
});
