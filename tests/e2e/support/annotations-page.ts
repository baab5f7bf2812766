import { expect, type Locator, type Page } from '@playwright/test';

export interface NewAnnotation {
  /** The clipping, by title. */
  clipping: string;
  /** Words of its text to highlight; none for a page note. */
  quote?: string;
  color?: 1 | 2 | 3 | 4 | 5;
  kind?: 'quote' | 'claim' | 'fact' | 'note' | null;
  speaker?: string | null;
  comment?: string;
  tags?: string[];
}

/** The Quotes & annotations view as a user reaches it: the sidebar entry, the search box, the filters, the rows. */
export class AnnotationsPage {
  readonly link: Locator;
  readonly pane: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly reader: Locator;

  constructor(readonly page: Page) {
    this.link = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Quotes & annotations' });
    this.pane = page.getByRole('region', { name: 'Quotes & annotations' });
    this.list = page.getByRole('listbox', { name: 'Annotations' });
    this.search = page.getByRole('searchbox', { name: 'Search annotations' });
    this.reader = page.getByRole('article', { name: 'Reader' });
  }

  async open(): Promise<void> {
    await this.link.click();
    await expect(this.link).toHaveAttribute('aria-current', 'page');
  }

  rows(): Locator {
    return this.list.getByRole('option');
  }

  /** A row by the start of its accessible name: “the quote…” or "Page note". */
  row(start: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  swatch(name: 'Yellow' | 'Green' | 'Blue' | 'Pink' | 'Purple'): Locator {
    return this.pane.getByRole('group', { name: 'Colours' }).getByRole('button', { name });
  }

  /** Filters menu → submenu → item (kinds keep the menu open: Escape closes it). */
  async filter(menu: 'Kind' | 'Speaker' | 'Tag' | 'Outlet', item: string): Promise<void> {
    await this.pane.getByRole('button', { name: 'Filters', exact: true }).click();
    await this.page.getByRole('menuitem', { name: menu }).click();
    await this.page.getByRole('menuitemcheckbox', { name: item }).click();
    if (menu === 'Kind') await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toHaveCount(0);
  }

  /** The message shown when nothing matches, with its Clear buttons. */
  noMatches(): Locator {
    return this.pane.getByRole('status');
  }

  chip(label: string): Locator {
    return this.pane.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: new RegExp(`^${label}`) });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** Creates annotations through the API as the renderer's client does, finding each quote in the clipping's text. */
  async create(annotations: NewAnnotation[]): Promise<void> {
    const failure = await this.page.evaluate(async (wanted) => {
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
        const list = (await call('clippings.list', { limit: 100 })) as { items: Array<{ id: number; title: string }> };
        for (const { clipping, quote, ...rest } of wanted) {
          const id = list.items.find((item) => item.title === clipping)?.id;
          if (id === undefined) return `No clipping titled ${clipping}`;
          let range = null;
          if (quote) {
            const { text } = (await call('clippings.get', { id })) as { text: string };
            const start = text.indexOf(quote);
            if (start < 0) return `“${quote}” is not in ${clipping}`;
            range = { start, end: start + quote.length, exact: quote };
          }
          await call('annotations.create', { clippingId: id, range, ...rest });
        }
        return null;
      } catch (error) {
        return String(error);
      }
    }, annotations);
    if (failure) throw new Error(`Creating annotations failed: ${failure}`);
  }
}
