import { expect, test } from './support/fixtures';
import { SidebarPage } from './support/sidebar-page';

test('outlets with counts; edit an outlet’s name and kind', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  const sidebar = new SidebarPage(page);
  await sidebar.expectCount(sidebar.outlet('meridianwire.example'), 1);

  await sidebar.menu(sidebar.outlet('meridianwire.example'), 'Edit outlet…');
  const dialog = sidebar.dialog('Edit outlet');
  await expect(dialog.getByLabel('Kind')).toHaveValue('other');
  await dialog.getByLabel('Name').fill('Meridian Wire Service');
  await dialog.getByLabel('Kind').selectOption({ label: 'Wire agency' });
  await dialog.getByLabel('Country').fill('VE');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(sidebar.outlet('Meridian Wire Service')).toHaveAttribute('title', 'Meridian Wire Service · Wire agency · meridianwire.example');
  await sidebar.outlet('Meridian Wire Service').click();
  await expect(library.rows()).toHaveCount(1);

  // Saved again, the dialog shows what was stored.
  await sidebar.menu(sidebar.outlet('Meridian Wire Service'), 'Edit outlet…');
  await expect(dialog.getByLabel('Kind')).toHaveValue('wire');
  await expect(dialog.getByLabel('Country')).toHaveValue('VE');
});
