import type { CaptureRecord } from './clipping';

/**
 * A clipping's original, prepared for the sandboxed view: an HTML document with a
 * policy that lets no script run and nothing load from the network, images replaced
 * by the library's local copies where it has them.
 */
export interface OriginalView {
  html: string;
  record: CaptureRecord;
}
