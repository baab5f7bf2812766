import { describe, expect, it } from 'vitest';
import { assertTextContent, sniffBinary } from '../../../electron/core/capture/sniff-content';
import { fixtureBytes, thrownBy } from './capture-test-helpers';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffBinary', () => {
  it('names common binary formats by their magic numbers', () => {
    expect(sniffBinary(fixtureBytes('photo-renamed.html'))).toBe('a PNG image');
    expect(sniffBinary(fixtureBytes('statement-renamed.html'))).toBe('a PDF document');
    expect(sniffBinary(fixtureBytes('archive.zip'))).toBe('a ZIP archive');
    expect(sniffBinary(fixtureBytes('report-renamed.txt'))).toBe('a Word document');
    expect(sniffBinary(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10))).toBe('a JPEG image');
    expect(sniffBinary(ascii('GIF89a\u0001\u0000'))).toBe('a GIF image');
    expect(sniffBinary(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('a WebP image');
    expect(sniffBinary(bytes(0x1f, 0x8b, 0x08, 0x00))).toBe('a gzip-compressed file');
    expect(sniffBinary(bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04))).toBe('a 7-Zip archive');
    expect(sniffBinary(ascii('Rar!\u001a\u0007\u0001\u0000'))).toBe('a RAR archive');
    expect(sniffBinary(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01))).toBe('a program (ELF executable)');
    expect(sniffBinary(ascii('SQLite format 3\u0000\u0010\u0000'))).toBe('an SQLite database');
    expect(sniffBinary(ascii('ID3\u0004\u0000'))).toBe('an MP3 audio file');
    expect(sniffBinary(ascii('\u0000\u0000\u0000\u0018ftypmp42'))).toBe('an MP4 video');
    expect(sniffBinary(ascii('OggS\u0000\u0002'))).toBe('an Ogg audio or video file');
    expect(sniffBinary(ascii('wOFF\u0000\u0001\u0000\u0000'))).toBe('a web font (WOFF)');
    expect(sniffBinary(ascii('wOF2\u0000\u0001\u0000\u0000'))).toBe('a web font (WOFF2)');
  });

  it('recognises an EPUB by its mimetype entry', () => {
    const header = new Uint8Array(30);
    header.set(ascii('PK\u0003\u0004'));
    const epub = new Uint8Array([...header, ...ascii('mimetypeapplication/epub+zipPK')]);
    expect(sniffBinary(epub)).toBe('an EPUB e-book');
  });

  it('recognises a Windows program only with a PE header', () => {
    const exe = new Uint8Array(0x100);
    exe.set(ascii('MZ'));
    exe[0x3c] = 0x80;
    exe.set(ascii('PE\u0000\u0000'), 0x80);
    expect(sniffBinary(exe)).toBe('a Windows program (.exe or .dll)');
    expect(sniffBinary(ascii('MZ Wallace opened a new shop on the high street.'))).toBeNull();
  });

  it('treats NUL bytes near the start as binary', () => {
    expect(sniffBinary(ascii('hello\u0000world'))).toBe('a binary file');
  });

  it('does not mistake text, including UTF-16, for binary', () => {
    expect(sniffBinary(ascii('<!doctype html><p>Hello</p>'))).toBeNull();
    expect(sniffBinary(ascii('BZh that is not bzip2'))).toBeNull();
    expect(sniffBinary(fixtureBytes('utf-16le-bom.html'))).toBeNull();
    expect(sniffBinary(fixtureBytes('utf-16be-bom.txt'))).toBeNull();
    expect(sniffBinary(fixtureBytes('euc-kr-page.html'))).toBeNull();
    const bomless = new Uint8Array(Buffer.from('<p>Plain UTF-16 without a mark</p>', 'utf16le'));
    expect(sniffBinary(bomless)).toBeNull();
  });
});

describe('assertTextContent', () => {
  it('throws unsupported_file naming the type', () => {
    const message = thrownBy(() => assertTextContent(fixtureBytes('photo-renamed.html')), 'unsupported_file');
    expect(message).toBe('This file is not HTML or text (it looks like a PNG image).');
  });
});
