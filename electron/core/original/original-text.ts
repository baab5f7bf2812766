import { parseMhtml } from '../capture/mhtml/parse-mhtml';
import { decodeText, tryDecode } from '../capture/decode-text';
import { fileSource } from '../capture/capture-source';
import { charsetFromContentType, parseContentType } from '../fetch/content-type';

/** The original as an HTML string: pages as they were, text and Markdown as preformatted text. */
export function originalAsHtml(contentType: string, bytes: Uint8Array): { html: string; pageUrl: string | null } {
  const type = parseContentType(contentType);
  if (type?.essence === 'multipart/related') {
    const archive = parseMhtml(bytes);
    return { html: archive.html, pageUrl: archive.url };
  }
  const charset = type ? charsetFromContentType(type) : null;
  const text = (charset ? tryDecode(bytes, charset) : null) ?? decodeText(bytes, 'html', fileSource('original')).text;
  if (type?.essence === 'text/html' || type === null) return { html: text, pageUrl: null };
  return { html: `<!doctype html><html><body><pre style="white-space:pre-wrap">${escapeHtml(text)}</pre></body></html>`, pageUrl: null };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
