import { expect, type Locator, type Page } from '@playwright/test';

/** The notes as a user reaches them: the sidebar's Notes view, the editor (in the view or beside the reader), its menus. */
export class NotesPage {
  readonly link: Locator;
  readonly list: Locator;
  readonly editor: Locator;
  readonly text: Locator;
  readonly title: Locator;
  readonly status: Locator;
  readonly dock: Locator;

  constructor(readonly page: Page) {
    this.link = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes', exact: true });
    this.list = page.getByRole('listbox', { name: 'Notes' });
    this.editor = page.locator('.note-editor');
    this.text = page.getByRole('textbox', { name: 'Note text' });
    this.title = page.getByRole('textbox', { name: 'Note title' });
    this.status = page.locator('.note-save-status');
    this.dock = page.getByRole('complementary', { name: 'Note beside the reader' });
  }

  async open(): Promise<void> {
    await this.link.click();
    await expect(this.link).toHaveAttribute('aria-current', 'page');
  }

  async newNote(): Promise<void> {
    await this.page.getByRole('region', { name: 'Notes' }).getByRole('button', { name: 'New note' }).click();
    await expect(this.text).toBeVisible();
    await this.text.click();
  }

  row(title: string): Locator {
    return this.list.getByRole('option', { name: title });
  }

  /** Autosave: the status says Saved (after any change). */
  async saved(): Promise<void> {
    await expect(this.status).toHaveText('Saved');
  }

  /** Types at the end of the note's text. */
  async typeAtEnd(text: string): Promise<void> {
    // Focus, not a click: a click in the middle may land on a quote's source line, which opens the reader.
    await this.text.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** `@` (or `[[`) and words: the picker lists clippings; the arrow keys reach the one titled `title`, Enter cites it. */
  async cite(trigger: '@' | '[[', words: string, title: string): Promise<void> {
    await this.page.keyboard.type(`${trigger}${words}`);
    const picker = this.page.getByRole('listbox', { name: 'Cite a clipping' });
    await expect(picker.getByRole('option', { name: title })).toBeVisible();
    const names = await picker.getByRole('option').allTextContents();
    const index = names.findIndex((name) => name.includes(title));
    for (let step = 0; step < index; step += 1) await this.page.keyboard.press('ArrowDown');
    await expect(picker.getByRole('option', { selected: true })).toContainText(title);
    await this.page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
  }

  /**
   * An annotation dropped on the note's text, on the block holding `onText` (the quote
   * goes after it), as a drag from the Quotes view or the reader's annotations carries
   * it: a synthetic drop with the same DataTransfer.
   */
  async dropQuote(request: { clippingId: number; annotationId: number | null; text: string; speaker: string | null }, onText: string): Promise<void> {
    const block = this.text.locator(':scope > *', { hasText: onText }).last();
    await block.evaluate((element, request) => {
      const data = new DataTransfer();
      data.setData('application/x-dossier-quote', JSON.stringify(request));
      data.setData('text/plain', `“${request.text}”`);
      const box = element.getBoundingClientRect();
      const init = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.right - 4, clientY: box.bottom - 6 };
      for (const type of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(type, init));
    }, request);
  }

  /** A paste on the note's text, as the clipboard would deliver it. */
  async paste(content: { html?: string; text?: string }): Promise<void> {
    await this.text.evaluate((element, content) => {
      const data = new DataTransfer();
      if (content.html) data.setData('text/html', content.html);
      if (content.text) data.setData('text/plain', content.text);
      element.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
    }, content);
  }

  /** The open note's id, as the app remembers it. */
  openNoteId(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('dossier.openNote'));
  }

  quotes(): Locator {
    return this.text.locator('blockquote.cited-quote');
  }

  citations(): Locator {
    return this.text.locator('cite.note-citation');
  }

  /** Export → format (with the bibliography style chosen in the menu); the downloaded file's path. */
  async export(format: 'Markdown (.md)' | 'Word (.docx)' | 'Web page (.html)' | 'PDF (.pdf)'): Promise<string> {
    await this.editor.getByRole('button', { name: 'Export' }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: format }).click();
    return (await download).path();
  }
}
