import { expect, test } from './support/fixtures';

const ARTICLE = `<article>
  <h1>Instructors gather for Red Necktie lecture</h1>
  <p>PYONGYANG — A nationwide lecture for children's union instructors opened on Wednesday, <a href="https://example.org/kcna">state media said</a>.</p>
  <h2>What was discussed</h2>
  <blockquote><p>“Nurture youth revolutionaries and patriots,” the report said.</p></blockquote>
  <ul><li>Political education</li><li>Loyalty to the leader</li></ul>
</article>`;

test('paste an article, read it, rename it, trash it and restore it', async ({ library, page }) => {
  await expect(page.getByRole('button', { name: 'Load sample dossier' })).toBeVisible();

  await library.paste({ html: ARTICLE, text: 'fallback text' });
  const title = 'Instructors gather for Red Necktie lecture';
  await expect(library.rows().first()).toHaveAccessibleName(new RegExp(`^${title}`));

  await library.select(title);
  const reader = library.reader;
  await expect(reader.getByRole('heading', { level: 2, name: 'What was discussed' })).toBeVisible();
  await expect(reader.locator('blockquote')).toContainText('Nurture youth revolutionaries and patriots');
  await expect(reader.getByRole('listitem')).toHaveText(['Political education', 'Loyalty to the leader']);
  await expect(reader.getByRole('link', { name: 'state media said' })).toHaveAttribute('href', 'https://example.org/kcna');

  await reader.getByRole('button', { name: 'Rename' }).click();
  await reader.getByLabel('Title').fill('Red Necktie lecture (KCNA via Yonhap)');
  await reader.getByLabel('Title').press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Red Necktie lecture (KCNA via Yonhap)');
  await expect(library.row('Red Necktie lecture (KCNA via Yonhap)')).toBeVisible();

  await reader.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.rows()).toHaveCount(0);

  await library.showView('Trash');
  await expect(library.rows()).toHaveCount(1);
  await library.select('Red Necktie lecture (KCNA via Yonhap)');
  await library.reader.getByRole('button', { name: 'Restore' }).click();
  await expect(library.rows()).toHaveCount(0);

  await library.showView('Library');
  await expect(library.row('Red Necktie lecture (KCNA via Yonhap)')).toBeVisible();

  // what the UI shows is what the store holds: reload and it is still there
  await page.reload();
  await expect(library.row('Red Necktie lecture (KCNA via Yonhap)')).toBeVisible();
});

test('clip plain text through the Add clipping dialog; newest is on top', async ({ library }) => {
  await library.clipViaDialog('First dispatch\n\nThe first paragraph.');
  await library.clipViaDialog('Second dispatch\n\nThe second paragraph.');
  await expect(library.rows()).toHaveCount(2);
  await expect(library.rows().first()).toHaveAccessibleName(/^Second dispatch/);
  await library.select('First dispatch');
  await expect(library.reader).toContainText('The first paragraph.');
});
