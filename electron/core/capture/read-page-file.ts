import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { fileSource } from './capture-source';
import { decodeText } from './decode-text';
import { gunzipInput } from './gzip-input';
import { assertNotBlank, assertWithinSizeLimit } from './input-limits';
import { archivedResources } from '../media/images-from-archive';
import { parseMhtml } from './mhtml/parse-mhtml';
import { assertTextContent } from './sniff-content';

export interface PageFile {
  html: string;
  /** The page's own address when the file records it (an MHTML snapshot does). */
  url: string | null;
  /** The character set the bytes were decoded from. */
  charset: string;
  /** Files an archive (MHTML) saved with the page, by their web address: its images. */
  archived: Array<[string, Uint8Array]>;
}

/**
 * A saved web page from disk as HTML text: gzipped files are unpacked first, an
 * MHTML snapshot yields its root document, and bytes are decoded by BOM, declared
 * charset or strict UTF-8 — never guessed.
 */
export function readPageFile(fileName: string, bytes: Uint8Array): PageFile {
  const unpacked = gunzipInput(fileName, bytes, MAX_CLIPPING_BYTES);
  const source = fileSource(unpacked.fileName);
  assertWithinSizeLimit(unpacked.bytes.byteLength, source);
  if (/\.mht(ml)?$/i.test(unpacked.fileName)) {
    const snapshot = parseMhtml(unpacked.bytes);
    return { html: snapshot.html, url: snapshot.url, charset: snapshot.charset, archived: [...archivedResources(snapshot.resources)] };
  }
  assertTextContent(unpacked.bytes);
  const { text, charset } = decodeText(unpacked.bytes, 'html', source);
  assertNotBlank(text, source);
  return { html: text, url: null, charset, archived: [] };
}
