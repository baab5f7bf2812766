import { expect, test } from './support/fixtures';
import { SidebarPage } from './support/sidebar-page';

test('10,000 tags: the tree is windowed, the filter finds one, the keyboard reaches the end', async ({ library, page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  const sidebar = new SidebarPage(page);
  // 200 clippings with 50 tags each: 100 topics of 99 sub-tags, plus the topics themselves.
  const texts = Array.from({ length: 200 }, (_, i) => `Bulletin ${i}\n\nText of bulletin number ${i}.`);
  const ids: number[] = [];
  for (const content of texts) ids.push((await sidebar.call<{ clipping: { id: number } }>('clippings.create', { format: 'text', content })).clipping.id);
  const paths = Array.from({ length: 100 }, (_, topic) => Array.from({ length: 99 }, (_, sub) => `Topic ${String(topic).padStart(2, '0')}/Sub ${String(sub).padStart(2, '0')}`)).flat();
  for (let i = 0; i < 200; i += 1) await sidebar.call('tags.apply', { clippingIds: [ids[i]], add: paths.slice(i * 50, i * 50 + 50) });
  const started = Date.now();
  expect(await sidebar.call<unknown[]>('tags.list', {})).toHaveLength(10_000);
  console.log(`tags.list of 10,000 tags: ${Date.now() - started} ms`);
  await page.reload();

  await expect(sidebar.tag('Topic 00')).toBeVisible();
  await sidebar.expand(sidebar.tag('Topic 00'));
  // End reaches the last topic, far below the window; → opens it, End again its last sub-tag.
  await page.keyboard.press('End');
  await expect(sidebar.tag('Topic 99')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(sidebar.tag('Topic 99')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('End');
  await expect(sidebar.tag('Sub 98')).toBeFocused();
  await expect(sidebar.tag('Sub 98')).toBeInViewport();
  // 298 rows open, only those in sight (and the Tab stop) in the page.
  expect(await sidebar.tree('Tags').getByRole('treeitem').count()).toBeLessThan(80);

  await sidebar.filterTags('topic 42/sub 17');
  await expect(sidebar.tree('Tags').getByRole('treeitem')).toHaveCount(2);
  await sidebar.tag('Sub 17').click();
  await expect(library.rows()).toHaveCount(1);
});
