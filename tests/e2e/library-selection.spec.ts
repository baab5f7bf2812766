import { expect, test } from './support/fixtures';
import { ListPane } from './support/list-pane';

const TEXTS = [
  'Delta dispatch\n\nFourth text, about ports.',
  'Alpha dispatch\n\nFirst text, about rail.',
  'Charlie dispatch\n\nThird text, about roads.',
  'Bravo dispatch\n\nSecond text, about bridges.',
];

test('keyboard: arrows move and open, Shift extends, Space toggles, Escape clears; opening marks read', async ({ library, page }) => {
  const pane = new ListPane(page);
  await pane.createTexts(TEXTS);
  // Newest first: the last created is on top.
  await expect.poll(() => pane.titles()).toEqual(['Bravo dispatch', 'Charlie dispatch', 'Alpha dispatch', 'Delta dispatch']);
  await expect(pane.row('Charlie dispatch')).toHaveAccessibleName(/unread/);

  await pane.row('Bravo dispatch').click();
  await page.keyboard.press('ArrowDown');
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Charlie dispatch');
  await expect(pane.row('Charlie dispatch')).not.toHaveAccessibleName(/unread/);

  await page.keyboard.press('Shift+ArrowDown');
  await expect(pane.bulkBar).toContainText('2 selected');
  await expect(pane.row('Charlie dispatch')).toHaveAttribute('aria-selected', 'true');
  await expect(pane.row('Alpha dispatch')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowUp');
  await expect(pane.bulkBar).toBeHidden();
  // Ctrl+arrows move without selecting; Space adds the row.
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Space');
  await expect(pane.bulkBar).toContainText('2 selected');
  await expect(pane.row('Charlie dispatch')).toHaveAttribute('aria-selected', 'true');
  await expect(pane.row('Alpha dispatch')).toHaveAttribute('aria-selected', 'false');
  await expect(pane.row('Delta dispatch')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Space');
  await expect(pane.bulkBar).toBeHidden();
  await page.keyboard.press('Space');

  await page.keyboard.press('Enter');
  await expect(page.locator('#reader')).toBeFocused();
  await pane.list.focus();
  await page.keyboard.press('Escape');
  await expect(pane.bulkBar).toBeHidden();

  await page.keyboard.press('Control+a');
  await expect(pane.bulkBar).toContainText('4 selected');
  await page.screenshot({ path: 'test-results/screenshots/library-select-all.png' });

  // T tags the selection.
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: 'Tag 4 clippings' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('shift-click a range, bulk-star it and bulk-tag it; sort by title both ways', async ({ library: _library, page }) => {
  const pane = new ListPane(page);
  await pane.createTexts(TEXTS);

  await pane.row('Bravo dispatch').click();
  await pane.row('Alpha dispatch').click({ modifiers: ['Shift'] });
  await expect(pane.bulkBar).toContainText('3 selected');
  await pane.bulkBar.getByRole('button', { name: 'Star' }).click();
  for (const title of ['Bravo dispatch', 'Charlie dispatch', 'Alpha dispatch']) {
    await expect(pane.row(title)).toHaveAccessibleName(/starred/);
  }
  await expect(pane.row('Delta dispatch')).not.toHaveAccessibleName(/starred/);

  await pane.bulkBar.getByRole('button', { name: 'Tag…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag 3 clippings' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').or(dialog.getByRole('textbox')).first().fill('Transport/rail');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: /Apply|Done|Save/ }).click({ timeout: 2000 }).catch(() => undefined);
  await expect(dialog).toBeHidden();
  await expect(pane.row('Charlie dispatch').locator('.tag-chip')).toHaveText('rail');
  await expect(pane.row('Delta dispatch').locator('.tag-chip')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/library-bulk-tagged.png' });

  await pane.sortBy('Title');
  await expect.poll(() => pane.titles()).toEqual(['Alpha dispatch', 'Bravo dispatch', 'Charlie dispatch', 'Delta dispatch']);
  await pane.sortBy('Title');
  await expect.poll(() => pane.titles()).toEqual(['Delta dispatch', 'Charlie dispatch', 'Bravo dispatch', 'Alpha dispatch']);
});

test('Delete trashes the selection; Empty Trash asks first, with the count', async ({ library, page }) => {
  const pane = new ListPane(page);
  await pane.createTexts(TEXTS);
  await pane.row('Bravo dispatch').click();
  await pane.row('Charlie dispatch').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(pane.rows()).toHaveCount(2);

  await library.showView('Trash');
  await expect(pane.rows()).toHaveCount(2);
  await page.getByRole('button', { name: 'Empty Trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty Trash?' });
  await expect(confirm).toContainText('2 clippings in the Trash will be deleted for good');
  await page.screenshot({ path: 'test-results/screenshots/library-empty-trash.png' });
  await confirm.getByRole('button', { name: 'Delete 2 clippings' }).click();
  await expect(page.getByRole('heading', { name: 'Trash is empty' })).toBeVisible();
});
