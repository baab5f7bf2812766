import type { DocNode } from '../../../shared/document/document-types';
import { downloadImages, type DownloadOptions } from './download-images';
import { figureSources } from './figure-sources';
import { withLocalImages } from './localize-figures';
import type { AttachedImage, SkippedImage } from './media-types';

export interface CapturedImages {
  /** The document with downloaded figures pointing at `media/<sha256>`. */
  doc: DocNode;
  /** To store with `MediaRepo.attach` in the clipping's insert transaction. */
  images: AttachedImage[];
  /** Sources not kept, each with a readable reason. */
  skipped: SkippedImage[];
}

/**
 * The capture flow's one call for images: downloads the figures' images of a
 * prepared document and returns the document rewritten to the local copies.
 * Rejects only when `signal` cancels (a `cancelled` FetchError); any single image
 * that fails is listed in `skipped`.
 */
export async function captureImages(doc: DocNode, options: DownloadOptions = {}): Promise<CapturedImages> {
  const sources = figureSources(doc);
  if (sources.length === 0) return { doc, images: [], skipped: [] };
  const images: AttachedImage[] = [];
  const skipped: SkippedImage[] = [];
  for (const outcome of await downloadImages(sources, options)) {
    if (outcome.ok) images.push({ src: outcome.src, image: outcome.image });
    else skipped.push({ src: outcome.src, reason: outcome.reason });
  }
  return { doc: withLocalImages(doc, images), images, skipped };
}
