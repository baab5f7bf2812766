import type { DocNode } from '../../../shared/document/document-types';

/** An image downloaded for a clipping, ready to store. */
export interface CapturedImage {
  src: string;
  image: { sha256: string; mediaType: string; bytes: Uint8Array; width: number | null; height: number | null };
}

/**
 * Downloads a document's images and points its figures at the local copies. The
 * library passes the media module's implementation; without one, images stay
 * remote (and the reader shows placeholders).
 */
export interface ImageCapture {
  capture(doc: DocNode, options: { signal?: AbortSignal }): Promise<{ doc: DocNode; images: CapturedImage[]; skipped: Array<{ src: string; reason: string }> }>;
  /** Stores the images for a clipping; called inside the clipping's insert transaction. */
  attach(clippingId: number, images: CapturedImage[]): void;
}
