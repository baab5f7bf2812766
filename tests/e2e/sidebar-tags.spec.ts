import { expect, test } from './support/fixtures';
import { SidebarPage, TagEditorDialog } from './support/sidebar-page';

const LANTERN = 'Veskaria launches summer service programme for teenagers';
const MINISTRY = 'Youth Ministry convenes national conference';
const PARENTS = 'Parents say they were not consulted';

test.beforeEach(async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
});

test('tag a clipping with the tag editor, find it under the parent tag', async ({ library, page }) => {
  const sidebar = new SidebarPage(page);
  const editor = new TagEditorDialog(page);
  await library.select(LANTERN);
  await library.reader.getByRole('button', { name: 'Tag…' }).click();
  await editor.add('DPRK/youth');
  await expect(editor.chips()).toHaveText(['DPRK/youth×']);
  await editor.apply();
  await expect(library.reader.getByRole('list', { name: 'Tags' })).toHaveText('DPRK/youth');

  // The new tag and its parent appear in the tree with their counts.
  await sidebar.expectCount(sidebar.tag('DPRK'), 1);
  await sidebar.expand(sidebar.tag('DPRK'));
  await sidebar.expectCount(sidebar.tag('youth'), 1);

  // A second clipping tagged through autocomplete: typing part of the path offers it.
  await library.select(MINISTRY);
  await library.reader.getByRole('button', { name: 'Tag…' }).click();
  await editor.input.fill('yOu');
  await expect(editor.dialog.getByRole('option', { name: /DPRK\/youth/ })).toHaveAttribute('aria-selected', 'true');
  await editor.input.press('Enter');
  await expect(editor.chips()).toHaveText(['DPRK/youth×']);
  await editor.input.press('Enter');
  await expect(editor.dialog).toBeHidden();
  await sidebar.expectCount(sidebar.tag('DPRK'), 2);

  // Selecting the parent lists both clippings tagged below it, and only them.
  await sidebar.tag('DPRK').click();
  await expect(library.rows()).toHaveCount(2);
  await expect(library.row(LANTERN)).toBeVisible();
  await expect(library.row(MINISTRY)).toBeVisible();
  await expect(sidebar.tag('DPRK')).toHaveAttribute('aria-selected', 'true');
});

test('rename, colour, merge with counts, and the filter', async ({ library, page }) => {
  const sidebar = new SidebarPage(page);
  const editor = new TagEditorDialog(page);
  await library.select(LANTERN);
  await library.reader.getByRole('button', { name: 'Tag…' }).click();
  await editor.add('Youth');
  await editor.add('Service');
  await editor.apply();
  await library.select(PARENTS);
  await library.reader.getByRole('button', { name: 'Tag…' }).click();
  await editor.add('youth policy');
  await editor.apply();

  // Rename: Service → Conscription.
  await sidebar.menu(sidebar.tag('Service'), 'Rename…');
  const rename = sidebar.dialog('Rename tag');
  await rename.getByLabel('Path').fill('Conscription');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(sidebar.tag('Conscription')).toBeVisible();
  await expect(sidebar.tag('Service')).toHaveCount(0);

  // Renaming onto a tag that exists offers to merge instead.
  await sidebar.menu(sidebar.tag('youth policy'), 'Rename…');
  await rename.getByLabel('Path').fill('youth');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toContainText('There is already a tag “Youth”');
  await rename.getByRole('button', { name: 'Merge into “Youth”…' }).click();
  const merge = sidebar.dialog('Merge “youth policy”');
  const summary = merge.getByRole('definition');
  await expect(summary.nth(0)).toHaveText(/youth policy\s*1 clipping/);
  await expect(summary.nth(1)).toHaveText(/Youth\s*1 clipping/);
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(sidebar.tag('youth policy')).toHaveCount(0);
  await sidebar.expectCount(sidebar.tag('Youth'), 2);

  // Merge from the menu, picking the target with autocomplete.
  await sidebar.menu(sidebar.tag('Conscription'), 'Merge into…');
  const mergeMenu = sidebar.dialog('Merge “Conscription”');
  await mergeMenu.getByRole('combobox', { name: 'Merge into' }).fill('you');
  await mergeMenu.getByRole('option', { name: /^Youth/ }).click();
  await expect(mergeMenu.getByRole('definition').nth(1)).toHaveText(/Youth\s*2 clippings/);
  await mergeMenu.getByRole('button', { name: 'Merge' }).click();
  await expect(sidebar.tag('Conscription')).toHaveCount(0);
  await sidebar.expectCount(sidebar.tag('Youth'), 2);

  // Colour: a dot in the tree and on the chips.
  await sidebar.tag('Youth').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Colour' }).click();
  await page.getByRole('menuitemradio', { name: 'Green' }).click();
  await expect(sidebar.tag('Youth').locator('.tag-dot')).toHaveAttribute('data-color', 'green');
  await expect(library.reader.locator('.tag-pill .tag-dot')).toHaveAttribute('data-color', 'green');

  // The filter keeps matching tags.
  await sidebar.filterTags('YOU');
  await expect(sidebar.tree('Tags').getByRole('treeitem')).toHaveCount(1);
  await sidebar.expectCount(sidebar.tag('Youth'), 2);
  await sidebar.filterTags('nothing like it');
  await expect(sidebar.tree('Tags').getByRole('treeitem')).toHaveCount(0);
});

test('the tag editor on a multi-selection shows what some of them have, and changes all', async ({ library, page }) => {
  const sidebar = new SidebarPage(page);
  const ids = await sidebar.call<number[]>('clippings.ids', {});
  await sidebar.call('tags.apply', { clippingIds: [ids[0]], add: ['Conscription', 'Education'] });
  await sidebar.call('tags.apply', { clippingIds: [ids[1]], add: ['Conscription'] });
  await page.reload();
  await library.rows().nth(0).click();
  await library.rows().nth(1).click({ modifiers: ['ControlOrMeta'] });
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Tag…' }).click();

  const editor = new TagEditorDialog(page);
  await expect(editor.chips()).toHaveText(['Conscription×', 'Education1 of 2×']);
  // Choosing a tag only one of them has puts it on both.
  await editor.input.fill('educ');
  await editor.input.press('Enter');
  await expect(editor.chips()).toHaveText(['Conscription×', 'Education×']);
  await editor.dialog.getByRole('button', { name: 'Remove Conscription' }).click();
  await editor.add('Public opinion');
  await expect(editor.chips()).toHaveText(['Education×', 'Public opinion×']);
  await editor.apply();

  await sidebar.expectCount(sidebar.tag('Education'), 2);
  await sidebar.expectCount(sidebar.tag('Public opinion'), 2);
  await expect(sidebar.tag('Conscription')).toHaveAccessibleDescription('0 clippings');
  await expect(sidebar.toast('Updated the tags of 2 clippings')).toBeVisible();
});
