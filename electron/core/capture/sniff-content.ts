import { ApiError } from '../../../shared/api/errors';
import { bomlessUtf16, encodingFromBom } from './byte-order';
import { latin1, matches } from './byte-match';
import { describeZip } from './sniff-zip';

/**
 * Recognises files that are not text, by their magic numbers or by NUL bytes near
 * the start, so a renamed image or archive is refused with a message that says what
 * it looks like instead of being clipped as garbage.
 */
interface Signature {
  /** Byte offset of the magic number. */
  at?: number;
  /** Bytes; a string stands for its Latin-1 bytes. */
  magic: string | number[];
  kind: string;
}

const SIGNATURES: Signature[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { magic: 'GIF87a', kind: 'a GIF image' },
  { magic: 'GIF89a', kind: 'a GIF image' },
  { magic: 'II*\u0000', kind: 'a TIFF image' },
  { magic: 'MM\u0000*', kind: 'a TIFF image' },
  { magic: [0x00, 0x00, 0x01, 0x00], kind: 'an icon image' },
  { magic: '8BPS', kind: 'a Photoshop image' },
  { magic: '%PDF-', kind: 'a PDF document' },
  { magic: '{\\rtf', kind: 'an RTF document' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an older Microsoft Office document' },
  { magic: [0x1f, 0x8b], kind: 'a gzip-compressed file' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'an xz-compressed file' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a Zstandard-compressed file' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { magic: 'Rar!\u001a\u0007', kind: 'a RAR archive' },
  { magic: 'ustar', at: 257, kind: 'a tar archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program (ELF executable)' },
  { magic: [0xcf, 0xfa, 0xed, 0xfe], kind: 'a macOS program' },
  { magic: [0xce, 0xfa, 0xed, 0xfe], kind: 'a macOS program' },
  { magic: [0xfe, 0xed, 0xfa, 0xce], kind: 'a macOS program' },
  { magic: [0xfe, 0xed, 0xfa, 0xcf], kind: 'a macOS program' },
  { magic: [0xca, 0xfe, 0xba, 0xbe], kind: 'a compiled program' },
  { magic: '\u0000asm', kind: 'a WebAssembly module' },
  { magic: 'SQLite format 3\u0000', kind: 'an SQLite database' },
  { magic: 'ID3', kind: 'an MP3 audio file' },
  { magic: [0xff, 0xfb], kind: 'an MP3 audio file' },
  { magic: [0xff, 0xf3], kind: 'an MP3 audio file' },
  { magic: [0xff, 0xf2], kind: 'an MP3 audio file' },
  { magic: 'OggS', kind: 'an Ogg audio or video file' },
  { magic: 'fLaC', kind: 'a FLAC audio file' },
  { magic: [0x1a, 0x45, 0xdf, 0xa3], kind: 'a WebM or Matroska video' },
  { magic: 'wOFF', kind: 'a web font (WOFF)' },
  { magic: 'wOF2', kind: 'a web font (WOFF2)' },
  { magic: 'OTTO', kind: 'an OpenType font' },
  { magic: [0x00, 0x01, 0x00, 0x00, 0x00], kind: 'a TrueType font' },
];

/** A short description of what binary content looks like ("a PNG image"), or null for text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const bom = encodingFromBom(bytes);
  if (bom === 'utf-8' || bom === 'utf-16le' || bom === 'utf-16be') return null;
  const signature = SIGNATURES.find((candidate) => matches(bytes, candidate.magic, candidate.at ?? 0));
  if (signature) return signature.kind;
  const container = sniffContainer(bytes);
  if (container) return container;
  if (bom === null && bomlessUtf16(bytes) === null && hasNulByte(bytes)) return 'a binary file';
  return null;
}

/** Throws `unsupported_file` when the bytes are not text. */
export function assertTextContent(bytes: Uint8Array): void {
  const kind = sniffBinary(bytes);
  if (kind) throw new ApiError('unsupported_file', `This file is not HTML or text (it looks like ${kind}).`);
}

/** Formats identified by a container header: ZIP family, RIFF, ISO media, Windows programs. */
function sniffContainer(bytes: Uint8Array): string | null {
  if (matches(bytes, 'PK\u0003\u0004', 0) || matches(bytes, 'PK\u0005\u0006', 0) || matches(bytes, 'PK\u0007\u0008', 0)) {
    return describeZip(bytes);
  }
  if (matches(bytes, 'RIFF', 0)) {
    if (matches(bytes, 'WEBP', 8)) return 'a WebP image';
    if (matches(bytes, 'WAVE', 8)) return 'a WAV audio file';
    if (matches(bytes, 'AVI ', 8)) return 'an AVI video';
  }
  if (matches(bytes, 'ftyp', 4)) {
    const brand = latin1(bytes, 8, 4);
    if (/^(avif|avis|heic|heix|heim|heis|mif1|msf1)$/.test(brand)) return 'an AVIF or HEIC image';
    if (/^(M4A |M4B )$/.test(brand)) return 'an M4A audio file';
    if (brand === 'qt  ') return 'a QuickTime video';
    return 'an MP4 video';
  }
  if (matches(bytes, 'BZh', 0) && (bytes[3] ?? 0) >= 0x31 && (bytes[3] ?? 0) <= 0x39 && matches(bytes, '1AY&SY', 4)) {
    return 'a bzip2-compressed file';
  }
  if (matches(bytes, 'MZ', 0) && isPortableExecutable(bytes)) return 'a Windows program (.exe or .dll)';
  return null;
}

function isPortableExecutable(bytes: Uint8Array): boolean {
  if (bytes.length < 0x40) return false;
  const offset = (bytes[0x3c] ?? 0) | ((bytes[0x3d] ?? 0) << 8) | ((bytes[0x3e] ?? 0) << 16);
  return matches(bytes, 'PE\u0000\u0000', offset);
}

const NUL_SCAN_BYTES = 8192;

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.subarray(0, NUL_SCAN_BYTES).includes(0);
}
