import type { Config } from 'dompurify';
import { readPageMeta, type PageMeta } from './page-meta';

/** Elements removed together with everything inside them. */
const FORBIDDEN_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'input', 'select', 'textarea', 'nav', 'dialog',
  'applet', 'frame', 'frameset', 'noembed', 'noframes', 'portal', 'fencedframe', 'audio', 'video',
];

/** Elements removed whose content is kept. */
const UNWRAPPED = ['form'];

const PURIFY_CONFIG: Config & { IN_PLACE: true } = {
  IN_PLACE: true,
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...FORBIDDEN_WITH_CONTENT, ...UNWRAPPED],
  ADD_FORBID_CONTENTS: FORBIDDEN_WITH_CONTENT,
  KEEP_CONTENT: true,
};

export interface SanitizedHtml {
  /** The page body, cleaned in place; usable until `close()`. */
  body: HTMLElement;
  /** Titles from the page head, read before cleaning. */
  meta: PageMeta;
  /** Releases the parsed page. */
  close(): void;
}

/**
 * Parses a page with jsdom (no scripts run, no resources load, nothing is resolved
 * against `<base>`) and cleans its body with DOMPurify bound to that window.
 * jsdom and DOMPurify are loaded on first use so commands that never clip don't pay.
 */
export async function sanitizeHtml(html: string): Promise<SanitizedHtml> {
  const [{ JSDOM, VirtualConsole }, { default: createDOMPurify }] = await Promise.all([
    import('jsdom'),
    import('dompurify'),
  ]);
  // A silent console: a page's broken CSS is not Dossier's error to report.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    const meta = readPageMeta(document);
    // A frameset page has no body to clip.
    const body = document.body?.localName === 'body' ? document.body : document.createElement('body');
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.sanitize(body, PURIFY_CONFIG);
    return { body, meta, close: () => closeWindow(dom.window) };
  } catch (error) {
    closeWindow(dom.window);
    throw error;
  }
}

/**
 * Closing a jsdom window empties its document node by node, updating every live
 * child list on the way: quadratic on a large page. Detaching the whole tree first
 * makes it one removal.
 */
function closeWindow(window: import('jsdom').DOMWindow): void {
  window.document.documentElement?.remove();
  window.close();
}
