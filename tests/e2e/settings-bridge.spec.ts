import { expect, test } from './support/fixtures';

test('Settings show the bridge’s bookmarklet and pairing key; resetting the key changes both', async ({ library, page }) => {
  const dialog = await library.openSettings();
  await expect(dialog.getByRole('heading', { name: 'Browser bridge' })).toBeVisible();
  await expect(dialog.getByText(/^Listening on http:\/\/127\.0\.0\.1:\d+$/)).toBeVisible();

  const bookmarklet = dialog.getByRole('link', { name: 'Clip to Dossier' });
  await expect(bookmarklet).toHaveAttribute('href', /^javascript:/);
  await expect(bookmarklet).toHaveAccessibleDescription(/Drag this to your bookmarks bar/);

  const key = dialog.getByLabel('Pairing key', { exact: true });
  await expect(key).toHaveAttribute('type', 'password');
  await dialog.getByRole('button', { name: 'Show pairing key' }).click();
  await expect(key).toHaveAttribute('type', 'text');
  const oldKey = await key.inputValue();
  expect(oldKey).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  const oldBookmarklet = await bookmarklet.getAttribute('href');
  expect(oldBookmarklet).toContain(oldKey);

  await page.screenshot({ path: 'test-results/screenshots/settings-dialog.png' });

  await dialog.getByRole('button', { name: 'Reset key…' }).click();
  await expect(dialog.getByText(/will stop working/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep current key' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/settings-reset-confirm.png' });
  await dialog.getByRole('button', { name: 'Reset key', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'New key in place' })).toBeVisible();

  await expect(key).not.toHaveValue(oldKey);
  const newKey = await key.inputValue();
  expect(newKey).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  await expect(bookmarklet).toHaveAttribute('href', /^javascript:/);
  expect(await bookmarklet.getAttribute('href')).toContain(newKey);
  expect(await bookmarklet.getAttribute('href')).not.toContain(oldKey);

  // The new key is what the core now holds, not just what the dialog shows.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.reload();
  const reopened = await library.openSettings();
  await reopened.getByRole('button', { name: 'Show pairing key' }).click();
  await expect(reopened.getByLabel('Pairing key', { exact: true })).toHaveValue(newKey);
});

test('Ctrl+, opens Settings, which show where the library is', async ({ library, page, server }) => {
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(server.dataDir, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(library.page.getByRole('button', { name: 'Settings' })).toBeVisible();
});
