import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import { NotesPage } from './support/notes-page';

const MANY = 450; // more than two pages of the notes list (200 each)

test('a long notes list: exact counts, the next pages load as the list scrolls and as the arrows reach the end', async ({ library, page }) => {
  await expect(library.rows()).toHaveCount(0);
  for (let i = 0; i < MANY; i++) await callApi(page, 'notes.create', { title: `Brief ${String(i).padStart(3, '0')}` });
  await callApi(page, 'notes.trash', { id: (await callApi<Array<{ id: number }>>(page, 'notes.list', { limit: 1 }))[0]!.id }); // Brief 449
  await page.reload();
  const notes = new NotesPage(page);
  await expect(notes.link).toContainText(String(MANY - 1));
  await notes.open();
  const pane = page.getByRole('region', { name: 'Notes' });
  await expect(pane.locator('.list-header-count')).toHaveText(`${MANY - 1} notes`);
  await expect(pane.getByRole('button', { name: 'Trash (1)' })).toBeVisible();
  await expect(notes.list.getByRole('option')).toHaveCount(200);

  // Scrolling to the end brings the next page, then the last.
  await notes.list.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(notes.list.getByRole('option')).toHaveCount(400);
  await notes.list.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(notes.list.getByRole('option')).toHaveCount(MANY - 1);
  await expect(notes.row('Brief 000')).toBeVisible();

  // A search's count and page: brief 1* is Brief 100 to 199.
  const search = pane.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('brief 1*');
  await search.press('Enter');
  await expect(pane.locator('.list-header-count')).toHaveText('100 notes');
  await expect(notes.list.getByRole('option')).toHaveCount(100);

  // The arrow keys walk past the first page (Brief 448 to 249): the next one loads as they reach its end.
  await search.fill('brief');
  await search.press('Enter');
  await expect(pane.locator('.list-header-count')).toHaveText(`${MANY - 1} notes`);
  await expect(notes.list.getByRole('option')).toHaveCount(200);
  await notes.row('Brief 260').click();
  await notes.list.focus();
  for (let i = 0; i < 11; i++) await notes.list.press('ArrowDown');
  await expect(notes.list.getByRole('option', { selected: true })).toHaveAccessibleName(/Brief 249/);
  await expect(notes.list.getByRole('option')).toHaveCount(400);
  await notes.list.press('ArrowDown');
  await expect(notes.list.getByRole('option', { selected: true })).toHaveAccessibleName(/Brief 248/);
});
