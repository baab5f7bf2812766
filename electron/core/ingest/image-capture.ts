import type { DocNode } from '../../../shared/document/document-types';
import type { AttachedImage, SkippedImage } from '../media';

/**
 * Downloads a document's images and points its figures at the local copies. The
 * library passes the media module's implementation; without one, images stay
 * remote (and the reader shows placeholders).
 */
export interface ImageCapture {
  capture(
    doc: DocNode,
    options: { signal?: AbortSignal; referer?: string; archived?: ReadonlyMap<string, Uint8Array> },
  ): Promise<{ doc: DocNode; images: AttachedImage[]; skipped: SkippedImage[] }>;
  /** Stores the images for a clipping; called inside the clipping's insert transaction. */
  attach(clippingId: number, images: readonly AttachedImage[]): void;
}
