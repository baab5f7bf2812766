import { expect, type Locator, type Page } from '@playwright/test';

/** The middle column as a user sees it: search box, sort header, rows, bulk bar. */
export class ListPane {
  readonly search: Locator;
  readonly list: Locator;
  readonly bulkBar: Locator;
  readonly sortBar: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.list = page.getByRole('listbox', { name: 'Clippings' });
    this.bulkBar = page.getByRole('toolbar', { name: 'Selection' });
    this.sortBar = page.getByRole('toolbar', { name: 'Sort by' });
  }

  rows(): Locator {
    return this.list.getByRole('option');
  }

  row(title: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  /** The titles of the rows in view, top to bottom. */
  async titles(): Promise<string[]> {
    return this.list.locator('.clip-row-title').allTextContents();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.searched()).toContainText('Searched:');
  }

  searched(): Locator {
    return this.page.locator('.searched');
  }

  async sortBy(label: 'Relevance' | 'Captured' | 'Published' | 'Title' | 'Outlet'): Promise<void> {
    await this.sortBar.getByRole('button', { name: label }).click();
  }

  /**
   * Creates clippings from plain text through the API, as the renderer's client
   * does (first line is the title), then reloads so the list shows them.
   */
  async createTexts(texts: string[]): Promise<void> {
    const failure = await this.page.evaluate(async (contents) => {
      for (const content of contents) {
        const response = await fetch('/api/clippings.create', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
          body: JSON.stringify({ format: 'text', content }),
        });
        const envelope = (await response.json()) as { ok: boolean; error?: { message: string } };
        if (!envelope.ok) return envelope.error?.message ?? 'unknown error';
      }
      return null;
    }, texts);
    if (failure) throw new Error(`Creating a clipping failed: ${failure}`);
    await this.page.reload();
    await expect(this.rows().first()).toBeVisible();
  }
}
