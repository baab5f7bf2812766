import { ComparePage } from './support/compare-page';
import { expect, test } from './support/fixtures';

const WIRE = 'Veskaria launches summer service programme for teenagers';
const LEDGER = 'Teenagers to spend a summer in ‘Lantern Corps’';
const NORTHGATE = 'Parents say they were not consulted on new youth service scheme';

test('compare three clippings: aligned rows, only-in passages, a shared quote, synced scrolling, highlight and comment, open in the reader, remove and swap columns', async ({ library, page }) => {
  const compare = new ComparePage(page);
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);

  // Three rows with Ctrl-click; the first chosen is the one the others are read against.
  await library.row(WIRE).click();
  await library.row(LEDGER).click({ modifiers: ['ControlOrMeta'] });
  await library.row(NORTHGATE).click({ modifiers: ['ControlOrMeta'] });
  const bar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(bar).toContainText('3 selected');
  await bar.screenshot({ path: 'test-results/screenshots/compare-bulk-bar.png' });
  await bar.getByRole('button', { name: 'Compare' }).click();

  await expect(compare.view).toBeVisible();
  await expect(compare.sources()).toHaveCount(3);
  await expect(compare.sources().nth(0)).toContainText(WIRE);
  await expect(compare.syncToggle).toHaveAttribute('aria-pressed', 'true');

  // One passage that two sources report in one row: the ministry's quotation, side by side.
  const quoteLine = compare.line('Every young citizen will spend one summer');
  await expect(quoteLine).toHaveCount(1);
  await expect(quoteLine.locator('.cmp-cell')).toHaveCount(3);
  // Material only one source has, marked so.
  await compare.reveal('The brigades will plant trees');
  await expect(compare.slot('The brigades will plant trees').locator('.cmp-only-label')).toHaveText('Only in harborledger.example');

  // The shared quotation is linked across the columns: hovering it names the speaker and where it appears.
  await compare.reveal('Every young citizen will spend one summer');
  const quote = quoteLine.locator('.cmp-quote').first();
  const index = await quote.getAttribute('data-quote');
  await expect(quoteLine.locator(`.cmp-cell:has([data-quote="${index}"])`)).toHaveCount(3);
  await quote.hover();
  await expect(page.getByRole('tooltip')).toContainText('Minister of Youth Ilse Drovan');
  await expect(page.getByRole('tooltip')).toContainText('Quoted in meridianwire.example · harborledger.example · northgate.example');

  // Synced scrolling off: each source in its own column and order; a click brings a passage's partners into view.
  await compare.syncToggle.click();
  await expect(compare.syncToggle).toHaveAttribute('aria-pressed', 'false');
  const columns = compare.view.locator('.cmp-column');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(1).locator('.cmp-cell').first()).toContainText('By Marco Feld');
  await columns.nth(0).locator('.cmp-cell', { hasText: 'The programme follows a year of rising youth unemployment' }).click();
  await expect(columns.nth(1).locator('.cmp-cell[data-flash]')).toContainText('Youth unemployment stood at 11.4 percent');
  // …and on again, from the keyboard.
  await page.keyboard.press('s');
  await expect(compare.syncToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(columns).toHaveCount(0);

  // Highlight in the view: the annotation lands on that clipping.
  await compare.selectText('Youth unemployment stood at 11.4 percent');
  await expect(compare.annotateToolbar).toBeVisible();
  await page.keyboard.press('2');
  await expect(compare.annotateToolbar).toBeHidden();
  // (The highlight is cut where the word diff marks a word, so its text is in pieces.)
  const mark = compare.view.locator('.cmp-text .annotation-mark[data-color="2"]');
  await expect.poll(async () => (await mark.allTextContents()).join('')).toBe('Youth unemployment stood at 11.4 percent');
  // A highlight with a comment.
  await compare.selectText('Veskaria will ask every citizen aged 16 to 19');
  await compare.annotateToolbar.getByRole('button', { name: 'Comment' }).click();
  const box = page.getByRole('dialog', { name: 'Comment on the highlight' });
  await box.getByLabel('Comment').fill('Wire says every citizen; the Ledger says 16- to 19-year-olds.');
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toBeHidden();
  await expect(compare.view.locator('.cmp-text .annotation-mark[data-color="1"]').first()).toHaveAttribute('title', /Wire says every citizen/);

  // A selection across two passages gets no toolbar.
  await compare.reveal('The programme follows a year');
  const first = compare.passage('The programme follows a year').locator('.cmp-text');
  const second = compare.passage('Youth unemployment stood').locator('.cmp-text');
  const a = (await first.boundingBox())!;
  const b = (await second.boundingBox())!;
  await page.mouse.move(a.x + 4, a.y + 6);
  await page.mouse.down();
  await page.mouse.move(b.x + 40, b.y + 6, { steps: 5 });
  await page.mouse.up();
  await expect(compare.annotateToolbar).toBeHidden();

  // Open that passage in the reader: Compare closes, the clipping is shown with its new highlight.
  await (await compare.reveal('Youth unemployment stood')).getByRole('button', { name: /in the reader$/ }).click();
  await expect(compare.view).toBeHidden();
  await expect(library.reader.getByRole('heading', { level: 1, name: LEDGER })).toBeVisible();
  await expect(library.reader.locator('.annotation-mark[data-color="2"]')).toHaveText('Youth unemployment stood at 11.4 percent');
  await expect(library.reader.locator('.annotation-mark[data-color="2"]')).toBeInViewport();

  // Back to three; remove one column and the comparison is made again with two.
  await library.row(WIRE).click({ modifiers: ['ControlOrMeta'] });
  await library.row(NORTHGATE).click({ modifiers: ['ControlOrMeta'] });
  await page.keyboard.press('c');
  await expect(compare.sources()).toHaveCount(3);
  await compare.view.getByRole('button', { name: 'Remove northgate.example from the comparison' }).click();
  await expect(compare.sources()).toHaveCount(2);
  await expect(compare.view.getByRole('button', { name: /from the comparison$/ }).first()).toHaveAttribute('aria-disabled', 'true');
  // Swap the two columns: the comparison is read against the other one now.
  await compare.view.getByRole('button', { name: 'Move harborledger.example right' }).click();
  await expect(compare.sources().nth(0)).toContainText(WIRE);
  await expect(compare.sources().nth(1)).toContainText(LEDGER);
  await page.screenshot({ path: 'test-results/screenshots/compare-two.png' });

  // Escape returns to the list as it was.
  await page.keyboard.press('Escape');
  await expect(compare.view).toBeHidden();
  await expect(library.list).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toContainText('3 selected');
});

test('a three-way comparison of a real BASIL triplet (screenshot)', async ({ library, page }) => {
  const compare = new ComparePage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const [nyt, fox, hpo] = await compare.seedBasilTriplet();
  await library.row(nyt!).click();
  await library.row(fox!).click({ modifiers: ['ControlOrMeta'] });
  await library.row(hpo!).click({ modifiers: ['ControlOrMeta'] });
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Compare' }).click();

  await expect(compare.sources()).toHaveCount(3);
  await expect(compare.sources().nth(0)).toContainText('The New York Times');
  await expect(compare.sources().nth(1)).toContainText('Fox News');
  await expect(compare.sources().nth(2)).toContainText('HuffPost');
  // Gibbs's quotation, trimmed differently by two outlets, is one row.
  await compare.reveal('those remarks are well over the line');
  await expect(compare.line('those remarks are well over the line').locator('.cmp-cell')).toHaveCount(2);
  await compare.view.locator('.cmp-scroll').evaluate((element) => element.scrollTo({ top: 0 }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/compare-triplet.png' });

  // HuffPost moved its second paragraph: where it would be, a marker leads to it.
  await compare.view.getByRole('button', { name: /Next comes its 2nd paragraph/ }).click();
  const moved = compare.view.locator('.cmp-cell[data-flash]');
  await expect(moved).toContainText('Moved: 2nd paragraph in HuffPost');
  await expect(moved).toBeInViewport();

  // The quotes: choosing one shows its passages, lit in every column that carries it.
  await compare.view.getByRole('button', { name: /^Quotes/ }).click();
  const quotes = page.getByRole('complementary', { name: 'Quotes' });
  await expect(quotes).toContainText('10 shared');
  await quotes.getByRole('button', { name: /those remarks are well over the line/ }).first().click();
  await compare.view.locator('.cmp-scroll .cmp-quote', { hasText: 'help but think' }).first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Quoted in The New York Times · Fox News · HuffPost');
  await page.screenshot({ path: 'docs/screenshots/compare-triplet-quotes.png' });
});
