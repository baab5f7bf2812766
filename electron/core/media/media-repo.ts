import type Database from 'better-sqlite3';
import type { AttachedImage } from './media-types';

/** A stored image as a clipping uses it. */
export interface ClippingMediaRow {
  /** The address the page gave the image (or its data URL). */
  src: string;
  sha256: string;
  mediaType: string;
  byteLength: number;
  width: number | null;
  height: number | null;
}

export interface MediaBytes {
  mediaType: string;
  bytes: Buffer;
}

/** Images stored once per SHA-256 (`media`) and which clipping uses which (`clipping_media`). */
export class MediaRepo {
  constructor(private readonly db: Database.Database) {}

  /**
   * Stores the images of a clipping. Opens no transaction of its own: call it inside
   * the one that inserts the clipping, so a clipping never exists without its images.
   */
  attach(clippingId: number, images: readonly AttachedImage[], now: Date = new Date()): void {
    const insertMedia = this.db.prepare(
      `INSERT OR IGNORE INTO media (sha256, media_type, bytes, byte_length, width, height, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = this.db.prepare(
      `INSERT INTO clipping_media (clipping_id, src, sha256) VALUES (?, ?, ?)
       ON CONFLICT (clipping_id, src) DO UPDATE SET sha256 = excluded.sha256`,
    );
    const at = now.toISOString();
    for (const { src, image } of images) {
      const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
      insertMedia.run(image.sha256, image.mediaType, bytes, bytes.byteLength, image.width, image.height, at);
      link.run(clippingId, src, image.sha256);
    }
  }

  /** The images a clipping uses, in the order they were attached. */
  forClipping(clippingId: number): ClippingMediaRow[] {
    return this.db
      .prepare(
        `SELECT cm.src, cm.sha256, m.media_type AS mediaType, m.byte_length AS byteLength, m.width, m.height
         FROM clipping_media cm JOIN media m ON m.sha256 = cm.sha256
         WHERE cm.clipping_id = ? ORDER BY cm.rowid`,
      )
      .all(clippingId) as ClippingMediaRow[];
  }

  /** One stored image, to serve at `/media/<sha256>`. */
  get(sha256: string): MediaBytes | null {
    const row = this.db.prepare('SELECT media_type AS mediaType, bytes FROM media WHERE sha256 = ?').get(sha256) as MediaBytes | undefined;
    return row ?? null;
  }

  /** Removes images no clipping uses any more (after clippings are purged); returns how many. */
  deleteOrphans(): number {
    return this.db.prepare('DELETE FROM media WHERE NOT EXISTS (SELECT 1 FROM clipping_media cm WHERE cm.sha256 = media.sha256)').run().changes;
  }
}
