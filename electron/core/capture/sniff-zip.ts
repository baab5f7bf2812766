import { latin1 } from './byte-match';

const HEAD_BYTES = 4096;
/** The central directory at the end of a ZIP lists every entry's name. */
const TAIL_BYTES = 65536;

/**
 * What a ZIP file is, from the names of its entries: Office documents, EPUB and
 * OpenDocument files are all ZIP archives underneath.
 */
export function describeZip(bytes: Uint8Array): string {
  const head = latin1(bytes, 0, HEAD_BYTES);
  const mimetype = /^PK\u0003\u0004[\s\S]{26}mimetype([\x20-\x7e]{1,80})/.exec(head)?.[1] ?? '';
  if (mimetype.startsWith('application/epub+zip')) return 'an EPUB e-book';
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  const names = head + latin1(bytes, Math.max(HEAD_BYTES, bytes.length - TAIL_BYTES), TAIL_BYTES);
  if (names.includes('word/')) return 'a Word document';
  if (names.includes('xl/')) return 'an Excel spreadsheet';
  if (names.includes('ppt/')) return 'a PowerPoint presentation';
  return 'a ZIP archive';
}
