import { parseHTML } from 'linkedom';

/**
 * Parses a page into an inert DOM for extraction and conversion. linkedom, not
 * jsdom: about seven times faster on real news pages, and nothing here needs more
 * than the DOM API (no layout, no CSSOM, and no script ever runs).
 *
 * linkedom does not repair a document's outline the way a browser's HTML parser
 * does, so the shape a browser would build is restored afterwards: an `<html>` with
 * one `<head>` holding only head elements and one `<body>` holding the content.
 */
export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const document = parseHTML(source).document as unknown as Document;
  repairOutline(document);
  return document;
}

const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

function repairOutline(document: Document): void {
  const html = document.documentElement;
  if (!html) return;
  const head = document.head ?? html.insertBefore(document.createElement('head'), html.firstChild);
  const body = document.body ?? html.appendChild(document.createElement('body'));
  moveStrayContentOutOfHead(head, body);
  moveStrayNodesIntoPlace(html, head, body);
}

/** A browser closes <head> at the first element that cannot live there. */
function moveStrayContentOutOfHead(head: Element, body: Element): void {
  const firstStray = Array.from(head.children).find((child) => !HEAD_ELEMENTS.has(child.localName));
  if (!firstStray) return;
  const moving: ChildNode[] = [];
  for (let node: ChildNode | null = firstStray; node; node = node.nextSibling) moving.push(node);
  body.prepend(...moving);
}

/** Nodes directly under <html>: leading head elements join the head, the rest the body, in order. */
function moveStrayNodesIntoPlace(html: Element, head: Element, body: Element): void {
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  let seenBody = false;
  let seenContent = false;
  for (const node of Array.from(html.childNodes)) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    const isHeadElement = node.nodeType === 1 && HEAD_ELEMENTS.has((node as Element).localName);
    if (!seenBody && !seenContent && isHeadElement) head.append(node);
    else if (node.nodeType === 3 && !node.textContent?.trim()) continue;
    else {
      seenContent = true;
      (seenBody ? after : before).push(node);
    }
  }
  body.prepend(...before);
  body.append(...after);
}
