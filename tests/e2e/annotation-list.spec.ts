import { expect, test } from './support/fixtures';
import { AnnotationsPage, type NewAnnotation } from './support/annotations-page';

const WIRE = 'Veskaria launches summer service programme for teenagers';
const LEDGER = 'Teenagers to spend a summer in ‘Lantern Corps’';
const NORTHGATE = 'Parents say they were not consulted on new youth service scheme';
const VCN = 'Youth Ministry convenes national conference on the Lantern Corps';

/** An analyst's first pass over the sample dossier: quotes, a claim, a fact to check, a page note, a plain highlight. */
const ANNOTATIONS: NewAnnotation[] = [
  {
    clipping: WIRE,
    quote: 'Every young citizen will spend one summer in service of the nation, not as a duty imposed from above but as a lantern passed from one generation to the next',
    color: 1,
    kind: 'quote',
    speaker: 'Ilse Drovan',
    comment: 'The wire has the full quote; the Ledger trims it.',
    tags: ['Lantern Corps'],
  },
  {
    clipping: LEDGER,
    quote: 'Youth unemployment stood at 11.4 percent in May.',
    color: 3,
    kind: 'fact',
    comment: 'Check against the statistics office release.',
    tags: ['To verify'],
  },
  {
    clipping: NORTHGATE,
    quote: 'Families were not asked, and we still do not know whether it is voluntary',
    color: 4,
    kind: 'quote',
    speaker: 'Tomas Orlen',
    comment: 'Only Northgate carries the parents’ reaction.',
  },
  {
    clipping: VCN,
    quote: 'The delegates pledged to enrol forty thousand volunteers in the first year',
    color: 2,
    kind: 'claim',
    comment: 'State media frames the target as a pledge.',
    tags: ['Lantern Corps'],
  },
  { clipping: VCN, color: 5, kind: 'note', comment: 'State media original: compare its wording with the wire.' },
  { clipping: WIRE, quote: 'It did not say whether taking part would be compulsory.', color: 1 },
];

test.beforeEach(async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
});

test('the view lists every annotation with its clipping, outlet and date', async ({ page }) => {
  const view = new AnnotationsPage(page);
  await view.create(ANNOTATIONS);
  await page.reload();
  await expect(view.link).toHaveAccessibleDescription('6 annotations');
  await view.open();

  await expect(view.rows()).toHaveCount(6);
  await expect(view.pane.getByRole('heading', { name: 'Quotes & annotations' })).toBeVisible();
  await expect(view.pane.locator('.list-header-count')).toHaveText('6 annotations');
  const orlen = view.row('“Families were not asked');
  await expect(orlen).toHaveAccessibleName(/— Quote, Tomas Orlen — Parents say they were not consulted/);
  await expect(orlen).toContainText('Only Northgate carries the parents’ reaction.');
  await expect(view.row('Page note')).toContainText('State media original');
  // Newest first: the plain highlight was made last.
  await expect(view.rows().first()).toHaveAccessibleName(/^“It did not say whether taking part/);

  // Going to the Library and back finds the view as it was.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(4);
  await view.open();
  await expect(view.rows()).toHaveCount(6);
});

test('filter by colour, kind and speaker; search a comment word', async ({ page }) => {
  const view = new AnnotationsPage(page);
  await view.create(ANNOTATIONS);
  await page.reload();
  await view.open();
  await expect(view.rows()).toHaveCount(6);

  await view.swatch('Pink').click();
  await expect(view.swatch('Pink')).toHaveAttribute('aria-pressed', 'true');
  await expect(view.rows()).toHaveCount(1);
  await expect(view.rows().first()).toHaveAccessibleName(/Tomas Orlen/);
  await view.swatch('Yellow').click();
  await expect(view.rows()).toHaveCount(3);
  await view.pane.getByRole('button', { name: 'Clear filters' }).click();
  await expect(view.rows()).toHaveCount(6);

  await view.filter('Kind', 'Fact');
  await expect(view.rows()).toHaveCount(1);
  await expect(view.rows().first()).toHaveAccessibleName(/^“Youth unemployment stood at 11\.4 percent/);
  await view.chip('Fact').click();
  await expect(view.rows()).toHaveCount(6);

  await view.filter('Kind', 'Highlight (no kind)');
  await expect(view.rows()).toHaveCount(1);
  await view.chip('Highlight').click();

  await view.filter('Speaker', 'Ilse Drovan');
  await expect(view.rows()).toHaveCount(1);
  await expect(view.rows().first()).toHaveAccessibleName(/^“Every young citizen/);
  await view.chip('Ilse Drovan').click();

  await view.filter('Tag', 'Lantern Corps');
  await expect(view.rows()).toHaveCount(2);
  await view.chip('#Lantern Corps').click();
  await expect(view.rows()).toHaveCount(6);

  // Comments are searched as well as the highlighted words.
  await view.searchFor('statistics');
  await expect(view.rows()).toHaveCount(1);
  await expect(view.rows().first()).toHaveAccessibleName(/^“Youth unemployment/);
  await expect(view.list).toBeFocused();

  // Nothing matches: say so, and offer the way back.
  await view.swatch('Green').click();
  await expect(view.noMatches()).toContainText('No annotations match this search and these filters.');
  await view.noMatches().getByRole('button', { name: 'Clear filters' }).click();
  await expect(view.rows()).toHaveCount(1);
  await view.searchFor('nonexistentword');
  await expect(view.noMatches()).toContainText('No annotations match this search.');
  await view.noMatches().getByRole('button', { name: 'Clear search' }).click();
  await expect(view.search).toHaveValue('');
  await expect(view.rows()).toHaveCount(6);
});

test('selecting a row opens its clipping in the reader; the keys move and open', async ({ page }) => {
  const view = new AnnotationsPage(page);
  await view.create(ANNOTATIONS);
  await page.reload();
  await view.open();

  // The first row is current from the start, as in the clipping list.
  await expect(view.rows().first()).toHaveAttribute('aria-selected', 'true');
  await expect(view.reader.getByRole('heading', { level: 1, name: WIRE })).toBeVisible();

  await view.row('“Families were not asked').click();
  await expect(view.row('“Families were not asked')).toHaveAttribute('aria-selected', 'true');
  await expect(view.reader.getByRole('heading', { level: 1, name: NORTHGATE })).toBeVisible();

  await view.row('Page note').click();
  await expect(view.reader.getByRole('heading', { level: 1, name: VCN })).toBeVisible();

  // ↑/↓ move through the rows; Enter opens the reader.
  await view.list.focus();
  const names = await view.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  const at = names.findIndex((name) => name.startsWith('Page note'));
  await page.keyboard.press('ArrowDown');
  await expect(view.rows().nth(at + 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(view.rows().nth(at - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(view.rows().first()).toHaveAttribute('aria-selected', 'true');
  await expect(view.reader.getByRole('heading', { level: 1, name: WIRE })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader')).toBeFocused();

  // Delete deletes the current annotation, the next one becomes current; Undo brings it back.
  await view.list.focus();
  await page.keyboard.press('Delete');
  await expect(view.rows()).toHaveCount(5);
  await expect(view.row('“It did not say')).toHaveCount(0);
  await expect(view.rows().first()).toHaveAttribute('aria-selected', 'true');
  await page.locator('.toast').filter({ hasText: 'Deleted the highlight' }).getByRole('button', { name: 'Undo' }).click();
  await expect(view.rows()).toHaveCount(6);
  await expect(view.link).toHaveAccessibleDescription('6 annotations');
});

test('with no annotations, the view says how to make them', async ({ page }) => {
  const view = new AnnotationsPage(page);
  await view.open();
  await expect(page.getByText('Highlight text in a clipping to collect quotes here.')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Annotations' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/quotes-view-empty.png' });
  await page.getByRole('button', { name: 'Go to the Library' }).click();
  await expect(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(4);
});

test('screenshot: the Quotes & annotations view', async ({ page }) => {
  const view = new AnnotationsPage(page);
  await view.create(ANNOTATIONS);
  await page.reload();
  await view.open();
  await expect(view.rows()).toHaveCount(6);
  await view.row('“Families were not asked').click();
  await expect(view.reader.getByRole('heading', { level: 1, name: NORTHGATE })).toBeVisible();
  await view.list.focus();
  await page.mouse.move(900, 700);
  await page.screenshot({ path: 'test-results/screenshots/quotes-view.png' });

  // With filters: two colours and a kind, shown as pressed swatches and a chip.
  await view.swatch('Yellow').click();
  await view.swatch('Pink').click();
  await view.filter('Kind', 'Quote');
  await expect(view.rows()).toHaveCount(2);
  await view.list.focus();
  await page.mouse.move(900, 700);
  await page.screenshot({ path: 'test-results/screenshots/quotes-view-filtered.png' });
});
