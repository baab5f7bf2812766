import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { openDatabase } from '../../../electron/core/db/open-database';
import { MediaRepo } from '../../../electron/core/media/media-repo';
import type { StoredImage } from '../../../electron/core/media/media-types';
import { preparedClipping } from '../../helpers/prepared';
import { jpeg, png } from './test-images';

let db: Database.Database;
let media: MediaRepo;
let clippings: ClippingsRepo;

beforeEach(() => {
  db = openDatabase(':memory:');
  media = new MediaRepo(db);
  clippings = new ClippingsRepo(db);
});
afterEach(() => db.close());

function stored(bytes: Buffer, mediaType: string, width: number, height: number): StoredImage {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mediaType, bytes: new Uint8Array(bytes), width, height };
}

const PHOTO = stored(png(40, 30), 'image/png', 40, 30);
const CHART = stored(jpeg(64, 48), 'image/jpeg', 64, 48);

function clipping(title: string): number {
  return clippings.insert(preparedClipping(title, ['Body.']), { origin: 'paste' }).id;
}

function mediaRows(): number {
  return (db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n;
}

describe('MediaRepo', () => {
  it('stores images and reads them back for a clipping and by hash', () => {
    const id = clipping('One');
    db.transaction(() =>
      media.attach(id, [
        { src: 'https://img.example/photo.png', image: PHOTO },
        { src: 'https://img.example/chart.jpg', image: CHART },
      ]),
    )();
    expect(media.forClipping(id)).toEqual([
      { src: 'https://img.example/photo.png', sha256: PHOTO.sha256, mediaType: 'image/png', byteLength: PHOTO.bytes.byteLength, width: 40, height: 30 },
      { src: 'https://img.example/chart.jpg', sha256: CHART.sha256, mediaType: 'image/jpeg', byteLength: CHART.bytes.byteLength, width: 64, height: 48 },
    ]);
    const got = media.get(CHART.sha256);
    expect(got?.mediaType).toBe('image/jpeg');
    expect(Buffer.from(got!.bytes)).toEqual(Buffer.from(CHART.bytes));
    expect(media.get('0'.repeat(64))).toBeNull();
    expect(media.forClipping(id + 1)).toEqual([]);
  });

  it('stores the same image once for two clippings', () => {
    const first = clipping('First');
    const second = clipping('Second');
    media.attach(first, [{ src: 'https://a.example/p.png', image: PHOTO }]);
    media.attach(second, [{ src: 'https://b.example/copy.png', image: PHOTO }]);
    expect(mediaRows()).toBe(1);
    expect(media.forClipping(second)).toEqual([expect.objectContaining({ src: 'https://b.example/copy.png', sha256: PHOTO.sha256 })]);
  });

  it('rolls back with the caller’s transaction', () => {
    const id = clipping('Doomed');
    expect(() =>
      db.transaction(() => {
        media.attach(id, [{ src: 'https://a.example/p.png', image: PHOTO }]);
        throw new Error('insert failed');
      })(),
    ).toThrow('insert failed');
    expect(mediaRows()).toBe(0);
    expect(media.forClipping(id)).toEqual([]);
  });

  it('deletes only the images no clipping uses any more', () => {
    const first = clipping('First');
    const second = clipping('Second');
    media.attach(first, [
      { src: 'https://a.example/p.png', image: PHOTO },
      { src: 'https://a.example/c.jpg', image: CHART },
    ]);
    media.attach(second, [{ src: 'https://b.example/p.png', image: PHOTO }]);
    expect(media.deleteOrphans()).toBe(0);

    db.prepare('DELETE FROM clippings WHERE id = ?').run(first);
    expect(media.deleteOrphans()).toBe(1);
    expect(media.get(CHART.sha256)).toBeNull();
    expect(media.get(PHOTO.sha256)).not.toBeNull();

    db.prepare('DELETE FROM clippings WHERE id = ?').run(second);
    expect(media.deleteOrphans()).toBe(1);
    expect(mediaRows()).toBe(0);
  });
});
