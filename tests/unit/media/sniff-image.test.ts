import { describe, expect, it } from 'vitest';
import { decodeImageDataUrl } from '../../../electron/core/media/data-url';
import { sniffImage } from '../../../electron/core/media/sniff-image';
import { dataUrl, gif, jpeg, png } from './test-images';

describe('sniffImage', () => {
  it('recognises PNG, JPEG and GIF by their bytes with their size', () => {
    expect(sniffImage(png(20, 15))).toEqual({ ok: true, mediaType: 'image/png', width: 20, height: 15 });
    expect(sniffImage(jpeg(24, 16))).toEqual({ ok: true, mediaType: 'image/jpeg', width: 24, height: 16 });
    expect(sniffImage(gif(12, 10), 'text/plain')).toEqual({ ok: true, mediaType: 'image/gif', width: 12, height: 10 });
  });

  it('drops tracking pixels, spacers and slivers', () => {
    expect(sniffImage(gif(1, 1))).toEqual({ ok: false, reason: 'a tracking pixel (1×1)' });
    expect(sniffImage(png(400, 2))).toEqual({ ok: false, reason: 'a tracking pixel (400×2)' });
    expect(sniffImage(png(9, 11))).toEqual({ ok: false, reason: 'too small to be a picture (9×11)' });
    expect(sniffImage(png(10, 10)).ok).toBe(true);
  });

  it('refuses pages and other files whatever they were served as', () => {
    const page = Buffer.from('<!DOCTYPE html><html><body>Not found</body></html>');
    expect(sniffImage(page, 'image/png')).toEqual({ ok: false, reason: 'not an image (text/html)' });
    expect(sniffImage(Buffer.from('%PDF-1.4\n'), 'image/jpeg')).toEqual({ ok: false, reason: 'not an image (a PDF document)' });
    expect(sniffImage(Buffer.from('{"error":1}'), 'application/json')).toEqual({ ok: false, reason: 'not an image (application/json)' });
    expect(sniffImage(Buffer.from('plain words'), 'image/png')).toEqual({ ok: false, reason: 'not an image' });
  });

  it('keeps only raster images: SVG is refused', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script></svg>');
    expect(sniffImage(svg, 'image/svg+xml')).toEqual({ ok: false, reason: "an image type Dossier doesn't keep (SVG)" });
  });

  it('calls a truncated image damaged', () => {
    expect(sniffImage(png(20, 20).subarray(0, 12))).toEqual({ ok: false, reason: 'a damaged image' });
  });

  it('refuses an image with absurdly many pixels (a decompression bomb)', () => {
    const header = png(20, 20);
    header.writeUInt32BE(20_000, 16);
    header.writeUInt32BE(20_000, 20);
    expect(sniffImage(header)).toEqual({ ok: false, reason: 'too many pixels to show (20000×20000)' });
  });
});

describe('decodeImageDataUrl', () => {
  it('decodes base64 image data, wrapped or not', () => {
    const bytes = png(12, 12);
    const decoded = decodeImageDataUrl(dataUrl('image/png', bytes), 1024);
    expect(decoded).toEqual({ ok: true, bytes: new Uint8Array(bytes), declaredType: 'image/png' });
    const wrapped = `data:image/PNG;base64,${bytes.toString('base64').replace(/(.{60})/g, '$1\n ')}`;
    expect(decodeImageDataUrl(wrapped, 1024)).toEqual({ ok: true, bytes: new Uint8Array(bytes), declaredType: 'image/png' });
  });

  it('refuses data over the limit before decoding it, and invalid base64', () => {
    expect(decodeImageDataUrl(dataUrl('image/png', Buffer.alloc(2048)), 1024)).toEqual({ ok: false, reason: 'larger than 1.0 KB' });
    expect(decodeImageDataUrl('data:image/png;base64,abc$def', 1024)).toEqual({ ok: false, reason: 'a damaged image (invalid base64)' });
    expect(decodeImageDataUrl('data:image/png;base64,', 1024)).toEqual({ ok: false, reason: 'empty' });
  });
});
