import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { SidebarPage } from './support/sidebar-page';

const SHOT = 'test-results/screenshots/library-tags.png';

/** A library an analyst might have after a few weeks: nested tags with colours, collections, outlets. */
test('screenshot: the library with tags in the sidebar', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  const sidebar = new SidebarPage(page);
  const ids = await sidebar.call<number[]>('clippings.ids', {});
  const [a, b, c, d] = ids as [number, number, number, number];
  const tagging: Array<[number[], string[]]> = [
    [[a, b, c, d], ['Veskaria/Youth policy']],
    [[a, b], ['Veskaria/Youth policy/Lantern Corps', 'Conscription']],
    [[c], ['Veskaria/Ministry of Youth', 'Education']],
    [[d], ['Veskaria/Parliament', 'Public opinion']],
    [[b, d], ['Sources/Wire']],
    [[a], ['Sources/State media', 'To verify']],
  ];
  for (const [clippingIds, add] of tagging) await sidebar.call('tags.apply', { clippingIds, add });
  const tags = await sidebar.call<Array<{ id: number; path: string }>>('tags.list', {});
  const colours: Record<string, string> = { Veskaria: 'blue', Conscription: 'red', 'To verify': 'orange', Education: 'green', 'Public opinion': 'purple' };
  for (const tag of tags) if (colours[tag.path]) await sidebar.call('tags.update', { id: tag.id, color: colours[tag.path] });
  const summer = await sidebar.call<{ id: number }>('collections.create', { name: 'Summer service brief' });
  await sidebar.call('collections.create', { name: 'Sources to check', parentId: summer.id });
  await sidebar.call('collections.create', { name: 'Ministry watch' });
  await sidebar.call('collections.addClippings', { id: summer.id, clippingIds: [a, b, c] });
  const names: Record<string, [string, string]> = {
    'meridianwire.example': ['Meridian Wire', 'wire'],
    'vcn.example': ['Veskarian Central News', 'state'],
    'harborledger.example': ['The Harbor Ledger', 'newspaper'],
    'northgate.example': ['Northgate Broadcasting', 'broadcaster'],
  };
  for (const outlet of await sidebar.call<Array<{ id: number; domain: string }>>('outlets.list', {})) {
    const [name, kind] = names[outlet.domain] ?? [outlet.domain, 'other'];
    await sidebar.call('outlets.update', { id: outlet.id, name, kind });
  }
  await page.reload();

  await sidebar.expand(sidebar.tag('Veskaria'));
  await sidebar.expand(sidebar.tag('Youth policy'));
  await sidebar.expand(sidebar.collection('Summer service brief'));
  await sidebar.tag('Youth policy').click();
  await expect(library.rows()).toHaveCount(4);
  await library.rows().first().click();
  await expect(library.reader.getByRole('list', { name: 'Tags' })).toBeVisible();
  await page.mouse.move(900, 700);
  await page.screenshot({ path: SHOT });
  if (process.env.DOSSIER_UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(SHOT, 'docs/screenshots/library-tags.png');
  }
});
