import type { Page } from '@playwright/test';

/** Drags the mouse over `phrase` in the reader's text, as a person selects it. */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await selectFromTo(page, phrase, phrase);
}

/**
 * Drags the mouse from the first character of `from` to the last of `to` (found after
 * it), as a person selects a passage that may cross paragraphs and figures.
 */
export async function selectFromTo(page: Page, from: string, to: string): Promise<void> {
  const box = await page.evaluate(
    ([first, last]) => {
      // The phrases may cross text nodes (highlights split the text into spans).
      const root = document.querySelector('.reader .document')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Array<{ node: Text; start: number }> = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += node.textContent;
      }
      const at = all.indexOf(first);
      const lastAt = at < 0 ? -1 : all.indexOf(last, at);
      if (at < 0 || lastAt < 0) return null;
      const locate = (offset: number) => {
        const found = nodes.findLast((entry) => entry.start <= offset)!;
        return { node: found.node, offset: offset - found.start };
      };
      const rectOf = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return [...range.getClientRects()].find((rect) => rect.width > 0)!;
      };
      const start = rectOf(at);
      const end = rectOf(lastAt + last.length - 1);
      return { x1: start.left + 1, y1: start.top + start.height / 2, x2: end.right - 1, y2: end.top + end.height / 2 };
    },
    [from, to] as const,
  );
  if (!box) throw new Error(`“${from}” … “${to}” is not in the reader`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
