import { describe, expect, it } from 'vitest';
import { ORIGINAL_VIEW_POLICY, originalView } from '../../../electron/core/original/original-view';
import { parseHtml } from '../../../electron/core/extract/parse-html';

const PAGE = `<!doctype html><html><head>
  <meta http-equiv="refresh" content="0;url=https://tracker.example/">
  <base href="https://elsewhere.example/">
  <link rel="stylesheet" href="https://cdn.example/site.css">
  <script>document.title = 'ran'</script>
  <style>h1 { color: navy }</style>
</head><body>
  <h1 onclick="alert(1)">Lantern Corps</h1>
  <iframe src="https://ads.example/"></iframe>
  <img src="/photo.jpg" srcset="/photo-2x.jpg 2x" alt="Volunteers">
  <img src="https://cdn.example/other.jpg" alt="Not stored">
  <p>Forty thousand volunteers.</p>
</body></html>`;

const snapshot = (html: string, contentType = 'text/html; charset=utf-8') => ({
  contentType,
  bytes: Buffer.from(html, 'utf8'),
  sha256: 'f'.repeat(64),
  capturedAt: '2025-03-31T02:10:00.000Z',
});

describe('originalView', () => {
  const images = new Map([['https://news.example/photo.jpg', { mediaType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }]]);
  const view = originalView(snapshot(PAGE), images, 'https://news.example/story');
  const document = parseHtml(view.html);

  it('keeps the page as it was, with its own styles', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Lantern Corps');
    expect(document.querySelector('style')?.textContent).toContain('navy');
  });

  it('starts with a policy that lets nothing load and no script run', () => {
    const policy = document.head.firstElementChild;
    expect(policy?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(policy?.getAttribute('content')).toBe(ORIGINAL_VIEW_POLICY);
    expect(ORIGINAL_VIEW_POLICY).toMatch(/default-src 'none'/);
  });

  it('drops what could load, navigate or run: scripts, frames, base, refresh, stylesheets', () => {
    for (const selector of ['script', 'iframe', 'base', 'link', 'meta[http-equiv="refresh"]']) {
      expect(document.querySelector(selector), selector).toBeNull();
    }
  });

  it('shows the library’s copy of an image and no remote one', () => {
    const [stored, missing] = Array.from(document.querySelectorAll('img'));
    expect(stored?.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/');
    expect(stored?.hasAttribute('srcset')).toBe(false);
    expect(missing?.hasAttribute('src')).toBe(false);
  });

  it('carries the capture record', () => {
    expect(view.record).toEqual({
      sha256: 'f'.repeat(64),
      capturedAt: '2025-03-31T02:10:00.000Z',
      byteLength: Buffer.byteLength(PAGE),
      contentType: 'text/html; charset=utf-8',
    });
  });

  it('shows text and Markdown originals as escaped preformatted text', () => {
    const text = originalView(snapshot('<b>not markup</b>\nline two', 'text/plain; charset=utf-8'), new Map());
    expect(parseHtml(text.html).querySelector('pre')?.textContent).toBe('<b>not markup</b>\nline two');
    expect(parseHtml(text.html).querySelector('b')).toBeNull();
  });
});
