import { expect, test } from './support/fixtures';
import { SidebarPage } from './support/sidebar-page';

test('a saved search in the sidebar: show it, rename it, delete it', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  const sidebar = new SidebarPage(page);
  await expect(sidebar.tree('Saved searches')).toHaveCount(0);
  await sidebar.call('searches.create', { name: 'Conference', query: 'conference' });
  await page.reload();

  const search = sidebar.tree('Saved searches').getByRole('treeitem', { name: 'Conference' });
  await search.click();
  await expect(search).toHaveAttribute('aria-selected', 'true');
  const { total } = await sidebar.call<{ total: number }>('clippings.search', { query: 'conference' });
  expect(total).toBeLessThan(4);
  await expect(library.rows()).toHaveCount(total);

  await sidebar.menu(search, 'Rename…');
  const rename = sidebar.dialog('Rename saved search');
  await rename.getByLabel('Name').fill('National conference');
  await rename.getByRole('button', { name: 'Rename' }).click();
  const renamed = sidebar.tree('Saved searches').getByRole('treeitem', { name: 'National conference' });
  await expect(renamed).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'National conference', exact: true })).toBeVisible();

  await sidebar.menu(renamed, 'Delete…');
  await sidebar.dialog('Delete the saved search “National conference”?').getByRole('button', { name: 'Delete' }).click();
  await expect(sidebar.tree('Saved searches')).toHaveCount(0);
  await expect(sidebar.view('Library')).toHaveAttribute('aria-current', 'page');
  await expect(library.rows()).toHaveCount(4);
});
