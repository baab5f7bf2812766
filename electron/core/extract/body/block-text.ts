/**
 * Plain text of an extracted body, block by block: each paragraph, heading, list item,
 * caption, table row (cells joined by a tab) is one block; blocks are separated by a
 * blank line. It mirrors the article text the lead derives from the structured
 * document (figure captions belong to their figures, not to the body text), closely
 * enough for scoring and for the first-paragraph pick.
 */
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION',
  'ARTICLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'HEADER',
  'FOOTER', 'ASIDE', 'MAIN', 'ADDRESS', 'CAPTION', 'HR', 'BR', 'TD', 'TH',
]);

export function blockTexts(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'FIGCAPTION') continue;
        if (tag === 'TD' || tag === 'TH') {
          current += '\t';
          walk(child);
          continue;
        }
        if (tag === 'BR') {
          current += '\n';
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

export function blockText(root: Element): string {
  return blockTexts(root).join('\n\n');
}
