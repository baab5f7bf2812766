import { expect, test } from './support/fixtures';
import { ListPane } from './support/list-pane';

const COUNT = 260;
const title = (n: number) => `Dispatch number ${String(n).padStart(3, '0')}`;

test('a long list is windowed: pages of 100 by index, End jumps, Shift+Home selects rows never loaded', async ({ library: _library, page }) => {
  const pane = new ListPane(page);
  await pane.createTexts(Array.from({ length: COUNT }, (_, i) => `${title(i + 1)}\n\nBody of dispatch ${i + 1}.`));

  const limits: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/clippings.list')) limits.push(JSON.parse(request.postData() ?? '{}').limit);
  });

  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.locator('.list-header-count')).toHaveText(`${COUNT} clippings`);
  // Only the rows in view are in the DOM.
  expect(await pane.rows().count()).toBeLessThan(40);

  await pane.rows().first().click();
  await page.keyboard.press('End');
  await expect(pane.row(title(1))).toHaveAttribute('aria-selected', 'true');
  await expect(pane.row(title(1))).toHaveAttribute('aria-posinset', String(COUNT));

  await page.keyboard.press('Shift+Home');
  await expect(pane.bulkBar).toContainText(`${COUNT} selected`);
  await expect(pane.row(title(COUNT))).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/screenshots/library-long-list.png' });

  expect(limits.length).toBeGreaterThan(0);
  expect(limits.every((limit) => limit <= 100)).toBe(true);
});
