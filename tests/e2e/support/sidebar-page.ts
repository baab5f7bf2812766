import { expect, type Locator, type Page } from '@playwright/test';

/** The sidebar's trees and the dialogs they open, as a user reaches them. */
export class SidebarPage {
  readonly sidebar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('complementary', { name: 'Sidebar' });
  }

  tree(name: 'Tags' | 'Collections' | 'Outlets' | 'Saved searches'): Locator {
    return this.sidebar.getByRole('tree', { name });
  }

  tag(name: string): Locator {
    return this.tree('Tags').getByRole('treeitem', { name, exact: true });
  }

  collection(name: string): Locator {
    return this.tree('Collections').getByRole('treeitem', { name, exact: true });
  }

  outlet(name: string): Locator {
    return this.tree('Outlets').getByRole('treeitem', { name, exact: true });
  }

  view(name: 'Library' | 'Unread' | 'Starred' | 'Trash'): Locator {
    return this.sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  }

  /** The count shown beside a row (its accessible description). */
  async expectCount(row: Locator, count: number): Promise<void> {
    await expect(row).toHaveAccessibleDescription(`${count.toLocaleString()} ${count === 1 ? 'clipping' : 'clippings'}`);
  }

  async expand(row: Locator): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.focus();
      await row.press('ArrowRight');
    }
    await expect(row).toHaveAttribute('aria-expanded', 'true');
  }

  /** Opens a row's menu with a right-click and chooses an item. */
  async menu(row: Locator, item: string): Promise<void> {
    await row.click({ button: 'right' });
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Calls the API as the renderer's client does, for setting up a library quickly. */
  async call<T = unknown>(method: string, input: unknown): Promise<T> {
    const envelope = await this.page.evaluate(
      async ({ method, input }) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
          body: JSON.stringify(input),
        });
        return (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      },
      { method, input },
    );
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.message}`);
    return envelope.result as T;
  }

  toast(text: string): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }

  async filterTags(text: string): Promise<void> {
    await this.sidebar.getByRole('searchbox', { name: 'Filter tags' }).fill(text);
  }

  async newCollection(name: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New collection…' }).click();
    const dialog = this.dialog('New collection');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The tag editor dialog (reader's Tag… button, the list's T key). */
export class TagEditorDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ has: page.getByRole('combobox', { name: 'Add a tag' }) });
  }

  get input(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Add a tag' });
  }

  chips(): Locator {
    return this.dialog.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  }

  async add(path: string): Promise<void> {
    await this.input.fill(path);
    await this.input.press('Enter');
    await expect(this.input).toHaveValue('');
  }

  async apply(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
