import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countView, listView } from '../../helpers/list-view';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { EMPTY_METADATA } from '../../../shared/domain/article-metadata';
import { urlVariants } from '../../../electron/core/clippings/url-key';
import { openDatabase } from '../../../electron/core/db/open-database';
import { preparedClipping } from '../../helpers/prepared';

let db: Database.Database;
let repo: ClippingsRepo;

beforeEach(() => {
  db = openDatabase(':memory:');
  repo = new ClippingsRepo(db);
});
afterEach(() => db.close());

const at = (minute: number) => ({ now: new Date(Date.UTC(2025, 2, 31, 10, minute)) });
const ARTICLE = 'https://koreajoongangdaily.joins.com/news/2025-03-31/national/northKorea/red-necktie/2275000';

describe('duplicates', () => {
  it('finds a live clipping with the same address, ignoring tracking parameters, fragment and trailing slash', () => {
    const first = repo.insert(preparedClipping('Red necktie', ['Instructors gathered.']), { origin: 'url', sourceUrl: ARTICLE });
    const found = repo.findDuplicate({ urls: [`${ARTICLE}/?utm_source=twitter&utm_medium=social#comments`], text: 'other text' });
    expect(found).toEqual({ existing: expect.objectContaining({ id: first.id }), match: 'url' });
  });

  it('finds the same text under another address, with white space folded', () => {
    const first = repo.insert(preparedClipping('Red necktie', ['Instructors  gathered in Pyongyang.']), { origin: 'paste' });
    const found = repo.findDuplicate({ urls: ['https://example.org/elsewhere'], text: 'Instructors gathered in\nPyongyang.' });
    expect(found).toEqual({ existing: expect.objectContaining({ id: first.id }), match: 'content' });
  });

  it('matches the canonical URL a page declared', () => {
    const prepared = preparedClipping('Red necktie', ['Instructors gathered.']);
    prepared.metadata = { ...EMPTY_METADATA, canonicalUrl: ARTICLE };
    const first = repo.insert(prepared, { origin: 'file', fileName: 'saved.html' });
    expect(repo.findDuplicate({ urls: [ARTICLE], text: 'x' })?.existing.id).toBe(first.id);
  });

  it('does not count trashed clippings or different articles', () => {
    const gone = repo.insert(preparedClipping('Red necktie', ['Instructors gathered.']), { origin: 'url', sourceUrl: ARTICLE });
    repo.trash(gone.id);
    expect(repo.findDuplicate({ urls: [ARTICLE], text: 'Instructors gathered.' })).toBeNull();
    repo.insert(preparedClipping('Other', ['Something else.']), { origin: 'url', sourceUrl: 'https://example.org/a' });
    expect(repo.findDuplicate({ urls: ['https://example.org/b'], text: 'Different.' })).toBeNull();
  });

  it('keeps addresses that differ in what identifies the article apart', () => {
    expect(urlVariants('https://example.org/story?id=1')).not.toContain('https://example.org/story?id=2');
    expect(urlVariants('https://example.org/story?id=1&utm_source=x')).toContain('https://example.org/story?id=1');
  });
});

describe('versions', () => {
  it('stores a new capture as the next version; the library shows the newest once', () => {
    const first = repo.insert(preparedClipping('Red necktie', ['First text.']), { origin: 'url', sourceUrl: ARTICLE }, at(1));
    const other = repo.insert(preparedClipping('Other story', ['Other.']), { origin: 'paste' }, at(2));
    const second = repo.insert(preparedClipping('Red necktie (updated)', ['Second text.']), { origin: 'url', sourceUrl: ARTICLE }, {
      ...at(3),
      versionOf: first.id,
    });
    expect(second).toMatchObject({ articleId: first.id, version: 2, versionCount: 2 });

    const library = listView(db, repo, { view: 'library', limit: 10 });
    expect(library.items.map((item) => item.id)).toEqual([second.id, other.id]);
    expect(library.total).toBe(2);
    expect(repo.versions(first.id).map((v) => [v.id, v.version])).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);
    expect(repo.versions(second.id)).toEqual(repo.versions(first.id));
  });

  it('numbers versions after the highest, whichever capture is named', () => {
    const first = repo.insert(preparedClipping('A', ['one']), { origin: 'paste' });
    const second = repo.insert(preparedClipping('A', ['two']), { origin: 'paste' }, { versionOf: first.id });
    const third = repo.insert(preparedClipping('A', ['three']), { origin: 'paste' }, { versionOf: second.id });
    expect(third).toMatchObject({ articleId: first.id, version: 3 });
  });

  it('shows the previous version again when the newest is trashed', () => {
    const first = repo.insert(preparedClipping('A', ['one']), { origin: 'paste' }, at(1));
    const second = repo.insert(preparedClipping('A', ['two']), { origin: 'paste' }, { ...at(2), versionOf: first.id });
    repo.trash(second.id);
    expect(listView(db, repo, { view: 'library', limit: 10 }).items.map((item) => [item.id, item.versionCount])).toEqual([[first.id, 1]]);
    expect(listView(db, repo, { view: 'trash', limit: 10 }).items.map((item) => item.id)).toEqual([second.id]);
  });
});

describe('capture record and metadata', () => {
  it('returns the original bytes with their SHA-256 and capture time', () => {
    const { id } = repo.insert(preparedClipping('A', ['one']), { origin: 'paste' }, at(5));
    const clipping = repo.get(id);
    const snapshot = repo.snapshot(id);
    expect(clipping.capture).toEqual({
      sha256: snapshot.sha256,
      capturedAt: '2025-03-31T10:05:00.000Z',
      byteLength: snapshot.bytes.byteLength,
      contentType: snapshot.contentType,
    });
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('edits metadata fields, leaving the others alone', () => {
    const { id } = repo.insert(preparedClipping('A', ['one']), { origin: 'paste' });
    const edited = repo.updateMetadata(id, { authors: ['Kim Jae-won', 'Lee Min-ji'], outlet: 'JoongAng Daily', published: '2025-03-31T11:10:00+09:00' });
    expect(edited.meta).toMatchObject({
      title: 'A',
      authors: ['Kim Jae-won', 'Lee Min-ji'],
      outlet: 'JoongAng Daily',
      published: '2025-03-31T11:10:00+09:00',
    });
    expect(repo.updateMetadata(id, { outlet: null }).meta).toMatchObject({ outlet: null, authors: ['Kim Jae-won', 'Lee Min-ji'] });
  });
});
