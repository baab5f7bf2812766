import { expect, test } from './support/fixtures';
import { ListPane } from './support/list-pane';

test('search a phrase and a two-character Korean word; the matches are marked; Escape clears', async ({ library, page }) => {
  const pane = new ListPane(page);
  await library.clipViaDialog('청년동맹 대표자회의 평양에서 개막\n\n조선사회주의애국청년동맹 대표자회의가 평양에서 개막되었다고 조선중앙통신이 보도했다.');
  await pane.createTexts([
    'Youth league congress opens in Pyongyang\n\nThe youth league congress opened on Monday with delegates from every province.',
    'League meets over harvest\n\nThe farmers league congress was postponed; youth delegates will meet later.',
    'Rail line reopens\n\nThe northern rail line reopened after repairs to three bridges.',
  ]);
  await expect(pane.rows()).toHaveCount(4);

  await pane.searchFor('"youth league congress"');
  await expect(pane.rows()).toHaveCount(1);
  await expect(pane.rows().first()).toHaveAccessibleName(/^Youth league congress opens in Pyongyang/);
  await expect(pane.searched()).toContainText('1 result');
  await expect(pane.rows().first().locator('mark').first()).toHaveText(/youth/i);
  await page.screenshot({ path: 'test-results/screenshots/library-search-phrase.png' });

  await pane.searchFor('청년');
  await expect(pane.rows()).toHaveCount(1);
  await expect(pane.rows().first()).toHaveAccessibleName(/^청년동맹 대표자회의/);
  await expect(pane.rows().first().locator('mark').first()).toHaveText('청년');
  await page.screenshot({ path: 'test-results/screenshots/library-search-korean.png' });

  // A malformed query is read as literally as possible and says so.
  await pane.searchFor('"rail line');
  await expect(pane.rows()).toHaveCount(1);
  await expect(pane.searched()).toContainText(/quote/i);

  await pane.search.press('Escape');
  await expect(pane.search).toHaveValue('');
  await expect(pane.rows()).toHaveCount(4);

  // Ctrl+F and / come back to the search box.
  await pane.list.focus();
  await page.keyboard.press('/');
  await expect(pane.search).toBeFocused();
});

test('the Filters menu types its filter into the search box', async ({ library, page }) => {
  const pane = new ListPane(page);
  await pane.createTexts(['First note\n\nAlpha text.', 'Second note\n\nBeta text.']);
  await library.select('First note');
  await pane.list.focus();
  await page.keyboard.press('s');
  await expect(pane.row('First note')).toHaveAccessibleName(/starred/);

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('menuitem', { name: 'Starred' }).click();
  await expect(pane.search).toHaveValue('is:starred');
  await expect(pane.rows()).toHaveCount(1);
  await expect(pane.rows().first()).toHaveAccessibleName(/^First note/);
});
