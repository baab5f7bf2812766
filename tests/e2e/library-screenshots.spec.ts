import { expect, test } from './support/fixtures';
import { ListPane } from './support/list-pane';

/** Calls the API as the renderer's client does. */
async function call(page: import('@playwright/test').Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': sessionStorage.getItem('dossier.token') ?? '' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return envelope.result;
    },
    { method, input },
  );
}

test('the library with tags, stars and a search; the Filters menu and Save search', async ({ library, page }) => {
  const pane = new ListPane(page);
  const { ids } = (await call(page, 'samples.load', {})) as { ids: number[] };
  await call(page, 'tags.create', { path: 'Veskaria/youth', color: 'teal' });
  await call(page, 'tags.create', { path: 'Programmes', color: 'purple' });
  await call(page, 'tags.apply', { clippingIds: ids.slice(0, 3), add: ['Veskaria/youth'] });
  await call(page, 'tags.apply', { clippingIds: ids.slice(1, 2), add: ['Programmes'] });
  await call(page, 'clippings.setFlags', { ids: ids.slice(0, 1), starred: true });
  await page.reload();
  await expect(pane.rows()).toHaveCount(4);
  await pane.list.focus();
  await page.screenshot({ path: 'test-results/screenshots/library-list.png' });

  await pane.searchFor('lantern');
  await expect(pane.rows().first().locator('mark').first()).toBeVisible();
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('menuitem', { name: 'Tag' }).hover();
  await expect(page.getByRole('menuitem', { name: /Veskaria\/youth/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/library-filters-menu.png' });
  await page.getByRole('menuitem', { name: /Veskaria\/youth/ }).click();
  await expect(pane.search).toHaveValue('lantern tag:Veskaria/youth');

  await page.getByRole('button', { name: 'Save search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save search' });
  await dialog.getByLabel('Name').fill('Lanterns among the youth');
  await page.screenshot({ path: 'test-results/screenshots/library-save-search.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Lanterns among the youth').first()).toBeVisible();

  // The saved search from the sidebar: its query is the scope, the box is free for more words.
  await page.getByRole('complementary', { name: 'Sidebar' }).getByText('Lanterns among the youth').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lanterns among the youth' })).toBeVisible();
  await expect(pane.search).toHaveValue('');
  await expect(pane.rows()).toHaveCount(3);
  await expect(pane.sortBar.getByRole('button', { name: 'Relevance' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: 'test-results/screenshots/library-saved-search.png' });
  expect(library).toBeTruthy();
});
