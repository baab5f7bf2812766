import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const OUTLETS: Record<string, string> = { nyt: 'The New York Times', fox: 'Fox News', hpo: 'HuffPost' };

/** The Compare view as an analyst uses it: its toolbar, column headers, passages and annotation toolbar. */
export class ComparePage {
  readonly view: Locator;
  readonly headers: Locator;
  readonly syncToggle: Locator;
  readonly annotateToolbar: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Compare' });
    this.headers = this.view.getByRole('group', { name: 'Sources' });
    this.syncToggle = this.view.getByRole('button', { name: 'Synced scrolling' });
    this.annotateToolbar = page.getByRole('toolbar', { name: /^Annotate the selection in / });
  }

  /** The column headers, left to right. */
  sources(): Locator {
    return this.headers.getByRole('region');
  }

  /** A passage (one source's text in a row) holding `text`. */
  passage(text: string): Locator {
    return this.view.locator(this.cell(text));
  }

  /** The line of the synchronised grid holding a passage with `text`. */
  line(text: string): Locator {
    return this.view.locator('.cmp-line', { has: this.cell(text) });
  }

  /** A column's part of a line: in a band of unmatched material, one source's passages under "Only in …". */
  slot(text: string): Locator {
    return this.view.locator('.cmp-slot', { has: this.cell(text) });
  }

  private cell(text: string): Locator {
    return this.page.locator('.cmp-cell', { has: this.page.locator('.cmp-text', { hasText: text }) });
  }

  /** Scrolls the passages (windowed: only those in view exist) until one holding `text` is there. */
  async reveal(text: string): Promise<Locator> {
    const passage = this.passage(text).first();
    const scroller = this.view.locator('.cmp-scroll').first();
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    for (let step = 0; step < 40 && (await passage.count()) === 0; step++) {
      const end = await scroller.evaluate((element) => {
        element.scrollBy({ top: element.clientHeight * 0.7 });
        return element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      });
      await this.page.waitForTimeout(50);
      if (end && (await passage.count()) === 0) break;
    }
    await passage.scrollIntoViewIfNeeded();
    // Lines are measured as they render, which can move the ones below: wait until it stays put.
    let last = '';
    for (let step = 0; step < 20; step++) {
      const box = JSON.stringify(await passage.boundingBox());
      if (box === last) break;
      last = box;
      await this.page.waitForTimeout(60);
    }
    return passage;
  }

  async close(): Promise<void> {
    await this.view.getByRole('button', { name: 'Close' }).click();
    await expect(this.view).toBeHidden();
  }

  /** Drags the mouse over `phrase` inside the passage holding it, as a person selects text. */
  async selectText(phrase: string): Promise<void> {
    const text = (await this.reveal(phrase)).locator('.cmp-text');
    const box = await text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('[data-ghost]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Array<{ node: Text; start: number }> = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += node.textContent;
      }
      const at = all.indexOf(wanted);
      if (at < 0) return null;
      const locate = (offset: number) => {
        const found = nodes.findLast((entry) => entry.start <= offset)!;
        return { node: found.node, offset: offset - found.start };
      };
      const from = locate(at);
      const to = locate(at + wanted.length - 1);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset + 1);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const first = rects[0]!;
      const last = rects.at(-1)!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, phrase);
    if (!box) throw new Error(`“${phrase}” is not in a passage`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
  }

  /**
   * Adds the BASIL triplet of tests/fixtures/compare as pasted text (title on the first
   * line, paragraphs apart, sentences joined by a space), with outlet and date, through
   * the API as the renderer's client calls it; reloads so the list shows them.
   */
  async seedBasilTriplet(): Promise<string[]> {
    const articles = ['nyt', 'fox', 'hpo'].map((outlet) => {
      const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/compare/basil-santorum-${outlet}.json`), 'utf8')) as {
        title: string;
        date: string;
        url: string;
        'body-paragraphs': string[][];
      };
      const body = raw['body-paragraphs'].map((sentences) => sentences.join(' ')).join('\n\n');
      return { title: raw.title, content: `${raw.title}\n\n${body}`, url: raw.url, outlet: OUTLETS[outlet]!, published: raw.date };
    });
    const failure = await this.page.evaluate(async (items) => {
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
          body: JSON.stringify(input),
        });
        const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
        return envelope.result;
      };
      try {
        for (const item of items) {
          const outcome = (await call('clippings.create', { format: 'text', content: item.content, url: item.url })) as { clipping: { id: number } };
          await call('clippings.update', { id: outcome.clipping.id, meta: { outlet: item.outlet, published: item.published } });
        }
        return null;
      } catch (error) {
        return String(error);
      }
    }, articles);
    if (failure) throw new Error(`Adding the BASIL triplet failed: ${failure}`);
    await this.page.reload();
    await expect(this.page.getByRole('button', { name: 'Add clipping' })).toBeVisible();
    return articles.map((article) => article.title);
  }
}
