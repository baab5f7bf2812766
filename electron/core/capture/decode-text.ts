import { ApiError } from '../../../shared/api/errors';
import type { SourceFormat } from '../../../shared/domain/clipping';
import { bomlessUtf16, encodingFromBom } from './byte-order';
import type { CaptureSource } from './capture-source';
import { declaredHtmlCharset } from './declared-charset';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in, as a TextDecoder name: `utf-8`, `euc-kr`… */
  charset: string;
}

/**
 * Bytes to text, never garbling silently. A byte order mark wins; an HTML page may
 * declare its character set near the top; everything else must be valid UTF-8.
 * Bytes that don't decode cleanly in the chosen encoding are an `encoding` error.
 */
export function decodeText(bytes: Uint8Array, format: SourceFormat, source: CaptureSource): DecodedText {
  const bom = encodingFromBom(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') {
    throw new ApiError('encoding', `${source.subject} is in UTF-32, which Dossier can't read. Save it as UTF-8 and try again.`);
  }
  if (bom) return { text: strictDecode(bytes, bom, source, 'has a byte order mark for'), charset: bom };

  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: strictDecode(bytes, utf16, source, 'looks like'), charset: utf16 };

  const declared = format === 'html' ? declaredHtmlCharset(bytes) : null;
  if (declared && declared !== 'utf-8') {
    // A page saved as UTF-8 by a tool that kept the old declaration: bytes that are
    // valid UTF-8 and not plain ASCII are, in practice, never really a legacy encoding.
    const asUtf8 = tryDecode(bytes, 'utf-8');
    if (asUtf8 !== null && !isAscii(bytes)) return { text: asUtf8, charset: 'utf-8' };
    return { text: strictDecode(bytes, declared, source, 'declares'), charset: declared };
  }
  const text = tryDecode(bytes, 'utf-8');
  if (text !== null) return { text, charset: 'utf-8' };
  if (declared === 'utf-8') {
    throw new ApiError('encoding', `${source.subject} declares UTF-8 but contains bytes that are not valid UTF-8. Save it as UTF-8 and try again.`);
  }
  throw new ApiError(
    'encoding',
    `${source.subject} is not UTF-8 and declares no character set, so Dossier can't tell how to read it. Save it as UTF-8 and try again.`,
  );
}

function strictDecode(bytes: Uint8Array, encoding: string, source: CaptureSource, claim: string): string {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return text;
  const name = displayEncoding(encoding);
  throw new ApiError(
    'encoding',
    `${source.subject} ${claim} ${name} but contains bytes that are not valid ${name}. Save it as UTF-8 and try again.`,
  );
}

export function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // The decoder drops a leading byte order mark that matches its encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

export function displayEncoding(encoding: string): string {
  if (encoding === 'shift_jis') return 'Shift_JIS';
  return encoding.toUpperCase().replace(/^WINDOWS-/, 'Windows-');
}
