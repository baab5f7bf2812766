import { parseHTML } from 'linkedom';

/**
 * Parses a page into a DOM for extraction. linkedom, not jsdom: about seven times
 * faster on real news pages, and extraction needs only the DOM API (no layout, no
 * CSSOM, no scripts — nothing in it ever runs).
 */
export function parseHtml(html: string): Document {
  // linkedom treats a string without <html> as a fragment; wrap so `document.body` exists.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
