import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/core/compare/export-common';
import { comparisonMarkdown } from '../../../electron/core/compare/export-markdown';
import type { Comparison } from '../../../shared/domain/comparison';
import { minute, openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { acceptCriticMarkup, HOSTILE_TITLE, MARKUP, openExportFixture, opsOf, REWRITE_URL, WIRE, WIRE_URL } from './export-fixture';

/** The export read back by an independent parser: CommonMark plus GFM tables, as the file says it is. */
function render(markdown: string) {
  const html = new MarkdownIt('commonmark').enable('table').render(markdown);
  return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document;
}

/** The elements after the h2 named `title`, up to the next h2. */
function section(document: Document, title: string): Element[] {
  const out: Element[] = [];
  let node = [...document.querySelectorAll('h2')].find((h) => h.textContent === title)?.nextElementSibling ?? null;
  while (node && node.tagName !== 'H2') {
    out.push(node);
    node = node.nextElementSibling;
  }
  return out;
}

/** Each block quote's paragraphs, as a passage's text (paragraphs joined by the blank line). */
function passagesOf(elements: Element[]): string[] {
  return elements
    .filter((el) => el.tagName === 'BLOCKQUOTE')
    .map((quote) => [...quote.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'));
}

let library: TestLibrary | null = null;
afterEach(() => {
  library?.close();
  library = null;
});

describe('comparisonMarkdown', () => {
  it('reads back with its sources, summary, every passage verbatim, the diff marks and the quotes', async () => {
    const fixture = openExportFixture();
    library = fixture.library;
    const comparison = await library.call('compare.run', { ids: [fixture.wire, fixture.rewrite] });
    const markdown = comparisonMarkdown(comparison, { now: new Date('2025-04-02T14:05:00Z') });
    const document = render(markdown);

    expect(document.querySelector('h1')!.textContent).toBe('Comparison: Pension overhaul and 1 other');
    expect(markdown).toContain('Made with Dossier on 2025-04-02 14:05 UTC');
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Sources',
      'Summary',
      'Aligned passages',
      'Shared quotes',
      'Quotes in one source only',
    ]);

    // Sources: outlet (else site), headline as written, byline, dates, the canonical URL (else the source URL) linked.
    const sources = section(document, 'Sources')[0]!.querySelectorAll(':scope > li');
    expect(sources).toHaveLength(2);
    expect(sources[0]!.textContent).toMatch(/^\[1\] Meridian Wire — earliest/);
    expect(sources[0]!.textContent).toContain('By Jan Nowak and Ewa Lis · published 2024-03-05 09:00 UTC · captured ');
    expect(sources[1]!.textContent).toMatch(/^\[2\] harborledger\.example\n/);
    expect(sources[1]!.querySelector('em')!.textContent).toBe(HOSTILE_TITLE);
    expect(sources[1]!.textContent).toContain('published 2024-03-05 14:00 +01:00');
    expect([...document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      [WIRE_URL, WIRE_URL],
      [REWRITE_URL, REWRITE_URL],
    ]);

    // Summary: one table row per source, numbers from the comparison's summary.
    const summary = section(document, 'Summary');
    const cells = [...summary[0]!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    comparison.result.summary.sources.forEach((s, i) => {
      expect(cells[i]).toEqual([
        `[${i + 1}] ${i === 0 ? 'Meridian Wire' : 'harborledger.example'}`,
        String(s.words),
        `${Math.round(s.sharedShare * 100)} %`,
        String(s.exclusiveBlocks),
        String(s.movedCells),
        String(s.sharedQuotes),
        String(s.exclusiveQuotes),
      ]);
    });

    // Rows: a heading each, and every passage verbatim once its marks are accepted.
    const rows = section(document, 'Aligned passages');
    expect(rows[0]!.textContent).toContain('{++added++}, {--removed--}, {~~old~>new~~}');
    const headings = rows.filter((el) => el.tagName === 'H3').map((h) => h.textContent);
    expect(headings).toHaveLength(comparison.result.rows.length);
    comparison.result.rows.forEach((row, r) => {
      expect(headings[r]).toBe(row.onlyIn !== null ? `Row ${r + 1} · only in [${row.onlyIn + 1}]` : `Row ${r + 1} · ${Math.round(row.similarity * 100)} % similar`);
    });
    const passages = passagesOf(rows);
    const cellsInOrder = comparison.result.rows.flatMap((row) => row.cells.filter((cell) => cell !== null));
    expect(cellsInOrder.some((cell) => cell.blockEnd - cell.blockStart > 1)).toBe(true);
    expect(passages.map(acceptCriticMarkup)).toEqual(cellsInOrder.map((cell) => cell.text));
    for (const text of MARKUP) expect(passages).toContain(text);
    const text = rows.map((el) => el.textContent).join('\n');
    for (const block of rows.filter((el) => el.tagName === 'BLOCKQUOTE')) expect(block.children.length).toBe(block.querySelectorAll(':scope > p').length);

    // Diff marks where the diffs say, and the row labels.
    const ops = comparison.result.rows.flatMap((row) => opsOf(row.diffs));
    expect(ops.some((op) => op.op === 'changed')).toBe(true);
    expect(ops.some((op) => op.op === 'removed')).toBe(true);
    for (const op of ops) {
      if (op.op === 'added') expect(text).toContain(`{++${op.text}++}`);
      if (op.op === 'removed') expect(text).toMatch(new RegExp(`\\{-- ?${escapeRegExp(op.text)} ?--\\}`));
      if (op.op === 'changed') expect(text).toContain(`{~~${op.from}~>${op.to}~~}`);
    }
    expect(text).toContain('[2] harborledger.example · moved');
    expect(text).toContain('[1] Meridian Wire · only in [1]');
    expect(text).toContain('Not in [2].');

    // Quotes: the shared one, trimmed by the rewrite; the exclusive one separately.
    const shared = section(document, 'Shared quotes')[0]!.querySelectorAll('li');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.textContent).toMatch(/^“save billions and protect younger contributors,” — Minister Aldona Kwiatkowska\nQuoted by \[1\], \[2\]\n\[2\] trims it: “save billions,”$/);
    const exclusive = section(document, 'Quotes in one source only')[0]!.querySelectorAll('li');
    expect([...exclusive].map((li) => li.textContent)).toEqual([expect.stringMatching(/^\[1\] “We will not let pensioners pay for this,”/)]);
  });

  it('keeps article text from turning into markup', async () => {
    const fixture = openExportFixture();
    library = fixture.library;
    const comparison = await library.call('compare.run', { ids: [fixture.wire, fixture.rewrite] });
    const document = render(comparisonMarkdown(comparison));
    const rows = section(document, 'Aligned passages');
    const inPassages = (selector: string) => rows.filter((el) => el.tagName === 'BLOCKQUOTE').flatMap((el) => [...el.querySelectorAll(selector)]);
    // No emphasis, list, heading, rule, code, link or HTML from the article's characters.
    expect(inPassages('em, strong, ol, ul, li, h1, h2, h3, hr, code, a, b, img, script, del, s, table')).toEqual([]);
    expect(document.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(passagesOf(rows)).toContain(
      'A spokesman for the central bank declined to comment on the plan. <script>alert("row")</script>',
    );
  });

  it('reads back Korean and Japanese passages verbatim, with spaces in removals only where Korean has them', async () => {
    library = openTestLibrary();
    const a = library.add('청년동맹 대회', {
      paragraphs: ['북한 김정은 국무위원장이 31일 평양에서 열린 청년동맹 대회에 참석했다고 조선중앙통신이 보도했다.', '東京都は明日、新しい規則を発表した。'],
    });
    const b = library.add('대회 개최', { paragraphs: ['김정은 국무위원장이 평양에서 열린 청년동맹 대회에 참석했다고 통신이 전했다.', '東京都は本日、規則を発表した。'] });
    const comparison = await library.call('compare.run', { ids: [a, b] });
    const markdown = comparisonMarkdown(comparison);
    const passages = passagesOf(section(render(markdown), 'Aligned passages'));
    const cells = comparison.result.rows.flatMap((row) => row.cells.filter((cell) => cell !== null));
    expect(passages.map(acceptCriticMarkup)).toEqual(cells.map((cell) => cell.text));
    expect(markdown).toContain('> {--북한 --}김정은 국무위원장이 {--31일 --}평양에서');
    expect(markdown).toContain('> 東京都は{~~明~>本~~}日、{--新しい--}規則を発表した。');
  });

  it('says when the sources are captures of one article, with each capture time, and passes on the notices', async () => {
    library = openTestLibrary();
    const first = library.add('Pension overhaul', { paragraphs: WIRE, now: minute(0) });
    const later = library.add('Pension overhaul', { paragraphs: [...WIRE, 'Updated at noon with the vote.'], versionOf: first, now: minute(90) });
    const empty = library.add('Nothing here', { paragraphs: [] });
    const versions = render(comparisonMarkdown(await library.call('compare.run', { ids: [first, later] }))).body.textContent;
    expect(versions).toContain('These 2 sources are captures of one article ([1] version 1 captured 2025-03-31 10:00 UTC; [2] version 2 captured 2025-03-31 11:30 UTC)');
    expect(versions).toContain(`Row ${WIRE.length + 1} · only in [2]`);

    const withEmpty = render(comparisonMarkdown(await library.call('compare.run', { ids: [first, empty] })));
    expect([...withEmpty.querySelectorAll('blockquote')][0]!.textContent.trim()).toBe('Note: “Nothing here” has no text to compare.');
    expect(withEmpty.querySelector('h1')!.textContent).toBe('Comparison: Pension overhaul and 1 other');
  });
});

describe('compare.export', () => {
  it('returns the Markdown with a safe file name; the HTML likewise', async () => {
    const fixture = openExportFixture();
    library = fixture.library;
    const md = await library.call('compare.export', { ids: [fixture.wire, fixture.rewrite], format: 'md' });
    expect(md.fileName).toMatch(/^comparison-pension-overhaul-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.mediaType).toBe('text/markdown; charset=utf-8');
    expect(md.content).toMatch(/^# Comparison: Pension overhaul and 1 other\n/);
    const html = await library.call('compare.export', { ids: [fixture.rewrite, fixture.wire], format: 'html' });
    expect(html.fileName).toMatch(/^comparison-unions-threaten-strikes-img-src-x-onerror-alert-1-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html.mediaType).toBe('text/html; charset=utf-8');
    const refused = await library.envelope('compare.export', { ids: [fixture.wire, fixture.rewrite], format: 'pdf' as 'md' });
    expect(refused.ok).toBe(false);
  });

  it('names files without slashes or control characters, in at most 100 characters', () => {
    const named = (title: string) =>
      exportFileName({ sources: [{ title, meta: { title } }] } as unknown as Comparison, 'html', new Date('2025-03-31T23:00:00Z'));
    expect(named('Séoul: the /etc/passwd\u0000 \u0007 “story” ..\\..')).toBe('comparison-seoul-the-etc-passwd-story-2025-03-31.html');
    expect(named('북한 청년동맹 대회')).toBe('comparison-북한-청년동맹-대회-2025-03-31.html');
    expect(named('ガザ地区')).toBe('comparison-ガザ地区-2025-03-31.html');
    expect(named('///')).toBe('comparison-untitled-2025-03-31.html');
    const long = named('word '.repeat(60) + '𝒜'.repeat(40));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^comparison-(word-)+word-2025-03-31\.html$/);
    const astral = named('𝒜'.repeat(80));
    expect(astral.length).toBeLessThanOrEqual(100);
    expect(astral).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
