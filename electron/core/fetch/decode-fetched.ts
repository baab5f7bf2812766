import { ApiError } from '../../../shared/api/errors';
import { bomlessUtf16, encodingFromBom } from '../capture/byte-order';
import type { CaptureSource } from '../capture/capture-source';
import { decodeText, type DecodedText, displayEncoding, isAscii, tryDecode } from '../capture/decode-text';
import { charsetFromContentType } from './content-type';
import { displayUrl } from './fetch-errors';

/** Messages about a fetched page: `The page at https://… declares…`. */
export function urlSource(url: string): CaptureSource {
  const shown = displayUrl(url);
  return { subject: `The page at ${shown}`, object: `the page at ${shown}`, fileStem: null };
}

const FETCHED_PAGE: CaptureSource = { subject: 'The page', object: 'the page', fileStem: null };

/**
 * A fetched (or archived) HTML page's bytes as text, as a browser reads them: a byte
 * order mark wins, then the charset the server sent (`headerCharset`, a label or
 * encoding name), then the page's own `<meta charset>`, then UTF-8. Like
 * `decodeText`, it never garbles silently:
 *
 * - bytes that are valid UTF-8 (and not plain ASCII) under a legacy label are UTF-8
 *   — a server default like `charset=iso-8859-1` in front of a UTF-8 page;
 * - when the bytes are not valid in the server's charset, the page's own
 *   declaration is tried before giving up with an `encoding` error.
 */
export function decodeFetchedHtml(bytes: Uint8Array, headerCharset: string | null, source: CaptureSource = FETCHED_PAGE): DecodedText {
  if (encodingFromBom(bytes) || bomlessUtf16(bytes)) return decodeText(bytes, 'html', source);
  const declared = headerCharset ? charsetFromContentType({ essence: 'text/html', charset: headerCharset }) : null;
  if (!declared) return decodeText(bytes, 'html', source);

  if (declared !== 'utf-8' && !isAscii(bytes)) {
    const asUtf8 = tryDecode(bytes, 'utf-8');
    if (asUtf8 !== null && !declared.startsWith('utf-16')) return { text: asUtf8, charset: 'utf-8' };
  }
  const text = tryDecode(bytes, declared);
  if (text !== null) return { text, charset: declared };
  try {
    return decodeText(bytes, 'html', source);
  } catch {
    const name = displayEncoding(declared);
    throw new ApiError(
      'encoding',
      `${source.subject} is labelled ${name} but contains bytes that are not valid ${name}, so Dossier can't tell how to read it.`,
    );
  }
}
