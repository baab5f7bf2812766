/**
 * Reshapes a cleaned page body where the page's structure and the clipping schema
 * disagree, before ProseMirror reads it: one image per figure, figures without an
 * image become plain blocks, captions are flattened to lines, images leave headings
 * (a heading cannot hold a figure), table captions become paragraphs above their table.
 */
const CAPTION_BLOCKS = 'p, div, section, header, footer, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, pre, table, tr';

export function restructureDom(body: HTMLElement): void {
  for (const figure of Array.from(body.querySelectorAll('figure'))) restructureFigure(figure);
  for (const caption of Array.from(body.querySelectorAll('figcaption'))) flattenCaption(caption);
  for (const image of Array.from(body.querySelectorAll('h1 img, h2 img, h3 img, h4 img, h5 img, h6 img'))) {
    image.closest('h1, h2, h3, h4, h5, h6')?.before(image);
  }
  for (const caption of Array.from(body.querySelectorAll('table > caption'))) {
    const paragraph = caption.ownerDocument.createElement('p');
    moveChildren(caption, paragraph);
    caption.parentElement?.before(paragraph);
    caption.remove();
  }
}

function restructureFigure(figure: HTMLElement): void {
  // Figure attributes are read into the node's attributes; only the image may set them.
  for (const name of figure.getAttributeNames()) figure.removeAttribute(name);
  const images = Array.from(figure.querySelectorAll('img'));
  if (images.length === 0) {
    const block = figure.ownerDocument.createElement('div');
    moveChildren(figure, block);
    figure.replaceWith(block);
    return;
  }
  // Extra images follow the figure as figures of their own.
  for (const image of images.slice(1).reverse()) figure.after(image);
}

/** A caption is inline content: its blocks become lines separated by single breaks. */
function flattenCaption(caption: Element): void {
  for (const block of Array.from(caption.querySelectorAll(CAPTION_BLOCKS)).reverse()) {
    const document = block.ownerDocument;
    const before = meaningfulSibling(block, 'previousSibling');
    const after = meaningfulSibling(block, 'nextSibling');
    if (before && before.nodeName !== 'BR') block.before(document.createElement('br'));
    if (after && after.nodeName !== 'BR') block.after(document.createElement('br'));
    while (block.firstChild) block.before(block.firstChild);
    block.remove();
  }
}

/** The nearest sibling that is not whitespace-only text; the whitespace on the way is removed. */
function meaningfulSibling(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling && sibling.nodeType === sibling.TEXT_NODE && (sibling.textContent ?? '').trim() === '') {
    const blank = sibling;
    sibling = sibling[direction];
    blank.parentNode?.removeChild(blank);
  }
  return sibling;
}

function moveChildren(from: Element, to: Element): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}
