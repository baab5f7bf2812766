import { expect, type Locator, type Page } from '@playwright/test';

/** The main window as a user sees it: a page object so tests read like a user's steps. */
export class LibraryPage {
  readonly list: Locator;
  readonly reader: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Clippings' });
    this.reader = page.getByRole('article', { name: 'Reader' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('button', { name: 'Add clipping' })).toBeVisible();
  }

  rows(): Locator {
    return this.list.getByRole('option');
  }

  row(title: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  /** A real paste event, as Ctrl+V with this content on the clipboard would fire. */
  async paste(content: { html?: string; text?: string }): Promise<void> {
    await this.page.evaluate(({ html, text }) => {
      const data = new DataTransfer();
      if (html !== undefined) data.setData('text/html', html);
      if (text !== undefined) data.setData('text/plain', text);
      document.body.focus();
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, content);
  }

  async clipViaDialog(content: string, title?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add clipping' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('tab', { name: 'Paste' }).click();
    await dialog.getByLabel('Content').fill(content);
    if (title) await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Clip' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Drops files on the window the way a file manager does. */
  async dropFiles(files: Array<{ name: string; type: string; content: string }>): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([file.content], file.name, { type: file.type }));
      return data;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('body', type, { dataTransfer });
    }
  }

  /** Types a web address (or several, one per line) into the Add clipping dialog's Link tab. */
  async clipLinks(urls: string[]): Promise<void> {
    const dialog = await this.submitLinks(urls);
    await expect(dialog).toBeHidden();
  }

  /** Submits links in the Add clipping dialog without waiting for it to close (a question may follow). */
  async submitLinks(urls: string[]): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add clipping' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add clipping' });
    await dialog.getByLabel('Web address').fill(urls.join('\n'));
    await dialog.getByRole('button', { name: 'Clip' }).click();
    return dialog;
  }

  /** Drops a link dragged from a browser's address bar or a page. */
  async dropLink(url: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((link) => {
      const data = new DataTransfer();
      data.setData('text/uri-list', link);
      data.setData('text/plain', link);
      return data;
    }, url);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('body', type, { dataTransfer });
    }
  }

  importPanel(): Locator {
    return this.page.getByRole('region', { name: 'Import' });
  }

  /**
   * Imports a file through the API as the renderer's client does (same token, same
   * route), then reloads so the list shows it. For tests about what comes after capture.
   */
  async importFile(file: { name: string; content: string }, options: { newVersion?: boolean } = {}): Promise<void> {
    const input = {
      fileName: file.name,
      dataBase64: Buffer.from(file.content).toString('base64'),
      duplicates: options.newVersion ? 'newVersion' : 'report',
    };
    const envelope = await this.page.evaluate(async (body) => {
      const response = await fetch('/api/clippings.importFile', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; result?: { status: string }; error?: { message: string } };
    }, input);
    if (!envelope.ok) throw new Error(`Import of ${file.name} failed: ${envelope.error?.message}`);
    expect(envelope.result?.status).toBe(options.newVersion ? 'version' : 'created');
    await this.page.reload();
    await expect(this.page.getByRole('button', { name: 'Add clipping' })).toBeVisible();
  }

  infoPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Info' });
  }

  /** Opens the Info panel from the reader's toolbar. */
  async openInfo(): Promise<Locator> {
    await this.reader.getByRole('toolbar').getByRole('button', { name: 'Info' }).click();
    const panel = this.infoPanel();
    await expect(panel.getByLabel('Title', { exact: true })).toBeVisible();
    return panel;
  }

  async openOriginal(): Promise<Locator> {
    await this.reader.getByRole('toolbar').getByRole('button', { name: 'Original' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Original page' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async openSettings(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async select(title: string): Promise<void> {
    await this.row(title).click();
    await expect(this.reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async showView(name: 'Library' | 'Trash'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }

  async expectError(text: RegExp | string): Promise<void> {
    await expect(this.page.getByRole('alert').filter({ hasText: text }).first()).toBeVisible();
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
