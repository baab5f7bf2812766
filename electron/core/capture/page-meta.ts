/** Titles a page declares about itself, read from its head before it is cleaned. */
export interface PageMeta {
  /** `<meta property="og:title">` */
  ogTitle: string | null;
  /** `<title>` */
  documentTitle: string | null;
}

export const NO_PAGE_META: PageMeta = { ogTitle: null, documentTitle: null };

export function readPageMeta(document: Document): PageMeta {
  // Only the head: searching the whole of a large page for a meta tag is slow.
  const head = document.head;
  const og = head?.querySelector('meta[property="og:title" i], meta[name="og:title" i]');
  return {
    ogTitle: nonEmpty(og?.getAttribute('content')),
    documentTitle: nonEmpty(head?.querySelector('title')?.textContent),
  };
}

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
