import { expect, test } from './support/fixtures';
import { SidebarPage } from './support/sidebar-page';

const LANTERN = 'Veskaria launches summer service programme for teenagers';
const MINISTRY = 'Youth Ministry convenes national conference';

test.beforeEach(async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
});

test('create a collection, drag clippings onto it, nest and delete', async ({ library, page }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.newCollection('Lantern Corps');
  await sidebar.expectCount(sidebar.collection('Lantern Corps'), 0);

  // A real drag of a row from the list onto the collection.
  await library.row(LANTERN).dragTo(sidebar.collection('Lantern Corps'));
  await expect(sidebar.toast('Added 1 clipping to “Lantern Corps”')).toBeVisible();
  await sidebar.expectCount(sidebar.collection('Lantern Corps'), 1);

  // Dropping it again adds nothing; another row joins.
  await library.row(LANTERN).dragTo(sidebar.collection('Lantern Corps'));
  await expect(sidebar.toast('Already in “Lantern Corps”')).toBeVisible();
  await library.row(MINISTRY).dragTo(sidebar.collection('Lantern Corps'));
  await sidebar.expectCount(sidebar.collection('Lantern Corps'), 2);

  // The collection lists what is in it.
  await sidebar.collection('Lantern Corps').click();
  await expect(library.rows()).toHaveCount(2);

  // A sub-collection from the menu, then rename.
  await sidebar.menu(sidebar.collection('Lantern Corps'), 'New sub-collection…');
  const create = sidebar.dialog('New collection in “Lantern Corps”');
  await create.getByLabel('Name').fill('Volunteers');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(sidebar.collection('Lantern Corps')).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar.collection('Volunteers')).toHaveAttribute('aria-level', '2');
  await sidebar.menu(sidebar.collection('Volunteers'), 'Rename…');
  const rename = sidebar.dialog('Rename collection');
  await rename.getByLabel('Name').fill('Recruits');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(sidebar.collection('Recruits')).toBeVisible();

  // Deleting says the nested one goes too; the clippings stay.
  await sidebar.menu(sidebar.collection('Lantern Corps'), 'Delete…');
  const remove = sidebar.dialog('Delete the collection “Lantern Corps”?');
  await expect(remove).toContainText('The collection nested in it goes too. The clippings stay in the library.');
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(sidebar.tree('Collections').getByRole('treeitem')).toHaveCount(0);
  await expect(sidebar.view('Library')).toHaveAttribute('aria-current', 'page');
  await expect(library.rows()).toHaveCount(4);
});

test('the sidebar trees work from the keyboard', async ({ page }) => {
  const sidebar = new SidebarPage(page);
  await sidebar.newCollection('Alpha');
  await sidebar.newCollection('Beta');
  await sidebar.collection('Alpha').focus();
  await page.keyboard.press('ArrowDown');
  await expect(sidebar.collection('Beta')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sidebar.collection('Beta')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'New sub-collection…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sidebar.collection('Beta')).toBeFocused();

  // ⌘/Ctrl+2 and 1 still reach Trash and the Library.
  await page.keyboard.press('ControlOrMeta+2');
  await expect(sidebar.view('Trash')).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.collection('Beta')).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ControlOrMeta+1');
  await expect(sidebar.view('Library')).toHaveAttribute('aria-current', 'page');
});
