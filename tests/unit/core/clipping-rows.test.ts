import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { CollectionsRepo } from '../../../electron/core/collections/collections-repo';
import { openDatabase } from '../../../electron/core/db/open-database';
import { compareNocase } from '../../../electron/core/clippings/tag-refs';
import { TagsRepo } from '../../../electron/core/tags/tags-repo';
import type { ArticleMetadata } from '../../../shared/domain/article-metadata';
import { preparedClipping } from '../../helpers/prepared';

// Summaries and clippings are read as raw rows and mapped by position (clipping-rows.ts),
// with their tags from cached refs (tag-refs.ts): every field is given a value of its own
// here, so a column read from the wrong place shows.
let db: Database.Database;
let repo: ClippingsRepo;

beforeEach(() => {
  db = openDatabase(':memory:');
  repo = new ClippingsRepo(db);
});
afterEach(() => db.close());

const META: ArticleMetadata = {
  title: 'Ignored: the clipping title is meta.title',
  subtitle: 'The dek',
  authors: ['Kim Jae-won', 'Lee Min-ji'],
  outlet: 'Korea JoongAng Daily',
  siteDomain: 'koreajoongangdaily.joins.com',
  section: 'National',
  published: '2025-03-31T11:10:00+09:00',
  modified: '2025-03-31T12:00:00+09:00',
  lang: 'en',
  canonicalUrl: 'https://koreajoongangdaily.joins.com/news/2025-03-31/national/red-necktie/2275000',
  dateline: 'SEOUL —',
  credit: '(Yonhap)',
  leadImage: { src: 'https://example.org/lead.jpg', alt: 'Alt text', caption: 'A caption', credit: 'Photo credit' },
};

describe('summary and clipping rows', () => {
  it('maps every column to its field', () => {
    const prepared = preparedClipping('Red necktie', ['Instructors gathered in Pyongyang on Monday.', 'Second paragraph here.']);
    prepared.metadata = META;
    const first = repo.insert(prepared, { origin: 'url', sourceUrl: 'https://koreajoongangdaily.joins.com/red-necktie' }, { now: new Date('2025-04-01T09:00:00Z') });
    const second = repo.insert(preparedClipping('Red necktie', ['Instructors gathered again.']), { origin: 'url', sourceUrl: 'https://koreajoongangdaily.joins.com/red-necktie' }, {
      now: new Date('2025-04-02T09:00:00Z'),
      versionOf: first.id,
    });
    const tags = new TagsRepo(db);
    tags.apply([second.id], ['DPRK/youth', 'Alpha'], []);
    const collections = new CollectionsRepo(db);
    const inbox = collections.create('Inbox', null);
    const project = collections.create('Project', null);
    collections.addClippings(project.id, [second.id]);
    collections.addClippings(inbox.id, [second.id]);
    repo.setFlags([second.id], { read: true, starred: true });

    const summary = repo.summary(first.id);
    expect(summary).toEqual({
      id: first.id,
      title: 'Red necktie',
      sourceUrl: 'https://koreajoongangdaily.joins.com/red-necktie',
      origin: 'url',
      format: 'text',
      fileName: null,
      excerpt: expect.stringContaining('Instructors gathered in Pyongyang'),
      wordCount: 9,
      createdAt: '2025-04-01T09:00:00.000Z',
      updatedAt: '2025-04-01T09:00:00.000Z',
      trashedAt: null,
      meta: { ...META, title: 'Red necktie' },
      articleId: first.id,
      version: 1,
      versionCount: 2,
      tags: [],
      collectionIds: [],
      outletId: expect.any(Number),
      outletName: 'Korea JoongAng Daily',
      read: false,
      starred: false,
    });

    const newer = repo.summaries([second.id, first.id]);
    expect(newer.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(newer[0]).toMatchObject({
      articleId: first.id,
      version: 2,
      versionCount: 2,
      read: true,
      starred: true,
      meta: expect.objectContaining({ authors: [], leadImage: null, subtitle: null }),
      tags: [
        { id: tags.findByPath('Alpha')!.id, path: 'Alpha', color: null },
        { id: tags.findByPath('DPRK/youth')!.id, path: 'DPRK/youth', color: null },
      ],
      collectionIds: [inbox.id, project.id],
    });

    const clipping = repo.get(first.id);
    expect(clipping).toEqual({
      ...summary,
      doc: prepared.doc,
      text: prepared.text,
      capture: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), capturedAt: '2025-04-01T09:00:00.000Z', byteLength: prepared.snapshot.bytes.byteLength, contentType: 'text/plain; charset=utf-8' },
    });
  });

  it('skips ids that are not there and keeps the order asked for', () => {
    const a = repo.insert(preparedClipping('A', ['One.']), { origin: 'paste' });
    const b = repo.insert(preparedClipping('B', ['Two.']), { origin: 'paste' });
    expect(repo.summaries([b.id, 999, a.id]).map((s) => s.title)).toEqual(['B', 'A']);
    expect(repo.summaries([])).toEqual([]);
  });

  it('shows a tag renamed, recoloured or removed in the next summaries', () => {
    const tags = new TagsRepo(db);
    const a = repo.insert(preparedClipping('A', ['One.']), { origin: 'paste' });
    tags.apply([a.id], ['Beta', 'Gamma'], []);
    expect(repo.summary(a.id).tags.map((t) => t.path)).toEqual(['Beta', 'Gamma']);
    const beta = tags.findByPath('Beta')!;
    tags.move(beta.id, 'Zeta');
    tags.setColor(tags.findByPath('Gamma')!.id, 'red');
    expect(repo.summary(a.id).tags).toEqual([
      { id: tags.findByPath('Gamma')!.id, path: 'Gamma', color: 'red' },
      { id: beta.id, path: 'Zeta', color: null },
    ]);
    tags.delete(beta.id);
    expect(repo.summary(a.id).tags.map((t) => t.path)).toEqual(['Gamma']);
  });
});

describe('compareNocase', () => {
  it('orders tag paths as SQLite\'s COLLATE NOCASE does', () => {
    const paths = ['beta', 'Alpha', 'alpha/x', 'ALPHA/y', 'Économie', 'economy', 'Zeta', '_under', '한국', '中国', 'Ａ全角', '😀 emoji', '\uFFFD', 'a', 'B', '10', '9', 'Ä', 'z', 'É'];
    const bySqlite = (db.prepare("SELECT value FROM json_each(?) ORDER BY value COLLATE NOCASE").pluck().all(JSON.stringify(paths)) as string[]);
    expect([...paths].sort(compareNocase)).toEqual(bySqlite);
  });
});
