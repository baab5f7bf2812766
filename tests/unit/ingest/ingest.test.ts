import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countView } from '../../helpers/list-view';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { openDatabase } from '../../../electron/core/db/open-database';
import { runInProcess } from '../../../electron/core/ingest/capture-runner';
import type { ImageCapture } from '../../../electron/core/ingest/image-capture';
import { Ingest } from '../../../electron/core/ingest/ingest';
import { MediaRepo } from '../../../electron/core/media';
import type { DocNode } from '../../../shared/document/document-types';

let db: Database.Database;
let clippings: ClippingsRepo;

beforeEach(() => {
  db = openDatabase(':memory:');
  clippings = new ClippingsRepo(db);
});
afterEach(() => db.close());

const PAGE = (paragraph: string) =>
  `<html><head><title>Lantern Corps</title></head><body><article><h1>Lantern Corps</h1><p>${paragraph}</p></article></body></html>`;
const URL = 'https://news.example/lantern-corps';

describe('Ingest', () => {
  it('reports pasted text already in the library and stores it only as a new version when asked', async () => {
    const ingest = new Ingest({ clippings, run: runInProcess });
    const first = await ingest.fromPaste({ format: 'text', content: 'Lantern Corps\n\nForty thousand volunteers.', duplicates: 'report' });
    const again = await ingest.fromPaste({ format: 'text', content: 'Lantern  Corps\n\nForty thousand volunteers.\n', duplicates: 'report' });
    expect(again).toMatchObject({ status: 'duplicate', match: 'content' });
    expect(countView(db, clippings, 'library')).toBe(1);
    const version = await ingest.fromPaste({ format: 'text', content: 'Lantern Corps\n\nForty thousand volunteers.', duplicates: 'newVersion' });
    if (first.status === 'duplicate' || version.status === 'duplicate') throw new Error('unexpected duplicate');
    expect(version).toMatchObject({ status: 'version', clipping: { articleId: first.clipping.id, version: 2 } });
  });

  it('the browser bridge keeps a richer capture of a known address as a new version, but not the same text twice', async () => {
    const ingest = new Ingest({ clippings, run: runInProcess });
    const paywalled = await ingest.fromBridge({ url: URL, html: PAGE('Subscribe to read the rest of this story about the volunteers.') });
    const full = await ingest.fromBridge({ url: URL, html: PAGE('Forty thousand volunteers will plant trees in the valley this spring, the ministry said.') });
    const repeat = await ingest.fromBridge({ url: URL, html: PAGE('Forty thousand volunteers will plant trees in the valley this spring, the ministry said.') });
    expect([paywalled.status, full.status, repeat.status]).toEqual(['created', 'version', 'duplicate']);
    expect(countView(db, clippings, 'library')).toBe(1);
  });

  it('the browser bridge takes the headline shown on the page, not the tab title', async () => {
    const ingest = new Ingest({ clippings, run: runInProcess });
    const outcome = await ingest.fromBridge({
      url: URL,
      title: 'Lantern Corps | The Veskaria Herald — Breaking news',
      html: PAGE('Forty thousand volunteers will plant trees in the valley this spring, the ministry said.'),
    });
    expect(outcome).toMatchObject({ status: 'created', clipping: { title: 'Lantern Corps' } });
  });

  it('stores downloaded images in the same transaction as the clipping, and nothing when the insert fails', async () => {
    const media = new MediaRepo(db);
    const sha = 'e'.repeat(64);
    const images: ImageCapture = {
      capture: async (doc: DocNode) => ({
        doc: { ...doc, content: [{ type: 'figure', attrs: { src: `media/${sha}` } }, ...(doc.content ?? [])] },
        images: [{ src: 'https://news.example/a.png', image: { sha256: sha, mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]), width: 40, height: 30 } }],
        skipped: [{ src: 'https://news.example/pixel.gif', reason: 'a tracking pixel (1×1)' }],
      }),
      attach: (id, found) => media.attach(id, found),
    };
    const ingest = new Ingest({ clippings, run: runInProcess, images });
    const outcome = await ingest.fromPaste({ format: 'text', content: 'Lantern Corps\n\nVolunteers.', duplicates: 'report' });
    if (outcome.status === 'duplicate') throw new Error('unexpected duplicate');
    expect(outcome.imagesSkipped).toBe(1);
    expect(media.forClipping(outcome.clipping.id).map((row) => row.sha256)).toEqual([sha]);
    expect(clippings.get(outcome.clipping.id).doc.content?.[0]).toMatchObject({ type: 'figure', attrs: { src: `media/${sha}` } });
  });
});
