import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonHtml } from '../../../electron/core/compare/export-html';
import type { Comparison } from '../../../shared/domain/comparison';
import { minute, openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { HOSTILE_TITLE, MARKUP, openExportFixture, REWRITE_URL, WIRE, WIRE_URL } from './export-fixture';

/** The export read back by a spec-compliant HTML parser (scripts never run). */
function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

let library: TestLibrary | null = null;
afterEach(() => {
  library?.close();
  library = null;
});

async function fixtureComparison(): Promise<{ comparison: Comparison; html: string; document: Document }> {
  const fixture = openExportFixture();
  library = fixture.library;
  const comparison = await library.call('compare.run', { ids: [fixture.wire, fixture.rewrite] });
  const { content: html } = await library.call('compare.export', { ids: [fixture.wire, fixture.rewrite], format: 'html' });
  return { comparison, html, document: parse(html) };
}

describe('comparisonHtml', () => {
  it('is one standalone page: a CSP, inline CSS, no script, no handler, nothing loaded from anywhere', async () => {
    const { html, document } = await fixtureComparison();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(document.querySelectorAll('script, iframe, object, embed, img, link, base, form, svg, video, audio')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name, `<${element.tagName.toLowerCase()} ${attribute.name}>`).not.toMatch(/^on/i);
      if (element.hasAttribute('href')) expect(element.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('');
    expect(css).toContain('@media print');
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('shows hostile titles and passages as text', async () => {
    const { html, document } = await fixtureComparison();
    expect([...document.querySelectorAll('.headline')].map((h) => h.textContent)).toEqual(['Pension overhaul', HOSTILE_TITLE]);
    const passages = [...document.querySelectorAll('table.rows td p')].map((p) => p.textContent);
    expect(passages).toContain('A spokesman for the central bank declined to comment on the plan. <script>alert("row")</script>');
    expect(passages).toEqual(expect.arrayContaining(MARKUP));
    expect(html).not.toMatch(/<script|<img|<b>/i);
  });

  it('gives the sources with their facts and links, the summary, one column per source and the quotes', async () => {
    const { comparison, document } = await fixtureComparison();
    const cards = [...document.querySelectorAll('li.source')];
    expect(cards).toHaveLength(2);
    expect(cards[0]!.querySelector('.outlet')!.textContent).toBe('[1] Meridian Wire earliest');
    expect(cards[0]!.querySelector('.facts')!.textContent).toMatch(/^By Jan Nowak and Ewa LisPublished 2024-03-05 09:00 UTCCaptured \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(cards[1]!.querySelector('.outlet')!.textContent).toBe('[2] harborledger.example');
    expect([...document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      [WIRE_URL, WIRE_URL],
      [REWRITE_URL, REWRITE_URL],
    ]);

    const summary = [...document.querySelectorAll('table.summary tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(summary).toEqual(
      comparison.result.summary.sources.map((s, i) => [
        `[${i + 1}] ${i === 0 ? 'Meridian Wire' : 'harborledger.example'}`,
        String(s.words),
        `${Math.round(s.sharedShare * 100)} %`,
        String(s.exclusiveBlocks),
        String(s.movedCells),
        String(s.sharedQuotes),
        String(s.exclusiveQuotes),
      ]),
    );

    // One column per source; one row per aligned row, with a cell for every source.
    expect([...document.querySelectorAll('table.rows thead th.source-col')].map((th) => th.textContent)).toEqual(['[1] Meridian Wire', '[2] harborledger.example']);
    const rows = [...document.querySelectorAll('table.rows tbody tr')];
    expect(rows).toHaveLength(comparison.result.rows.length);
    rows.forEach((tr, r) => {
      const row = comparison.result.rows[r]!;
      const tds = [...tr.querySelectorAll('td')];
      expect(tds).toHaveLength(2);
      expect(tr.querySelector('.similarity')!.textContent).toBe(row.onlyIn === null ? `${Math.round(row.similarity * 100)} %` : '—');
      row.cells.forEach((cell, i) => {
        const td = tds[i]!;
        if (!cell) return expect(td.textContent).toBe('Not in this source');
        const ops = row.diffs[i] ?? [];
        // <ins> and <del> exactly where the diff has additions and removals.
        expect(td.querySelectorAll('ins').length > 0).toBe(ops.some((op) => op.op === 'added' || op.op === 'changed'));
        expect(td.querySelectorAll('del').length > 0).toBe(ops.some((op) => op.op === 'removed' || op.op === 'changed'));
        for (const op of ops) {
          if (op.op === 'added') expect([...td.querySelectorAll('ins')].map((e) => e.textContent)).toContain(op.text);
          if (op.op === 'changed') expect([...td.querySelectorAll('del + ins')].map((e) => `${e.previousElementSibling!.textContent}→${e.textContent}`)).toContain(`${op.from}→${op.to}`);
          if (op.op === 'removed') expect([...td.querySelectorAll('del')].map((e) => e.textContent!.trim())).toContain(op.text);
        }
        // Without the removals, the passage reads as the source has it.
        const copy = td.cloneNode(true) as Element;
        copy.querySelectorAll('del, .badges').forEach((e) => e.remove());
        expect([...copy.querySelectorAll('p')].map((p) => p.textContent).join('\n\n')).toBe(cell.text);
        const badges = [...td.querySelectorAll('.badge')].map((b) => b.textContent);
        expect(badges.includes('only in this source')).toBe(row.onlyIn === i);
        expect(badges.includes('moved')).toBe(cell.moved);
      });
    });
    expect(comparison.result.rows.some((row) => row.cells.some((cell) => cell?.moved))).toBe(true);
    expect(comparison.result.rows.some((row) => row.cells.some((cell) => cell && cell.blockEnd - cell.blockStart > 1))).toBe(true);
    expect(document.querySelectorAll('table.rows ins').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('table.rows del').length).toBeGreaterThan(0);

    const [shared, exclusive] = [...document.querySelectorAll('ul.quotes')];
    expect(shared!.children).toHaveLength(1);
    expect(shared!.querySelector('q')!.textContent).toBe('save billions and protect younger contributors,');
    expect(shared!.querySelector('.quoted-by')!.textContent).toBe('Quoted by [1], [2]');
    expect(shared!.querySelector('ul.forms')!.textContent).toBe('[2] trims it “save billions,”');
    expect([...exclusive!.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['We will not let pensioners pay for this,']);
  });

  it('names captures of one article and the notices', async () => {
    library = openTestLibrary();
    const first = library.add('Pension overhaul', { paragraphs: WIRE, now: minute(0) });
    const later = library.add('Pension overhaul', { paragraphs: [...WIRE, 'Updated at noon.'], versionOf: first, now: minute(90) });
    const empty = library.add('Nothing <i>here</i>', { paragraphs: [] });
    const versions = parse(comparisonHtml(await library.call('compare.run', { ids: [first, later] }), { now: new Date('2025-04-02T08:00:00Z') }));
    expect(versions.querySelector('.made')!.textContent).toMatch(/^Made with Dossier on 2025-04-02 08:00 UTC · 2 sources/);
    expect([...versions.querySelectorAll('.notice')].map((p) => p.textContent)).toEqual([
      'These 2 sources are captures of one article ([1] version 1 captured 2025-03-31 10:00 UTC; [2] version 2 captured 2025-03-31 11:30 UTC): the rows show what the outlet changed between captures.',
    ]);
    const notices = parse(comparisonHtml(await library.call('compare.run', { ids: [first, empty] })));
    expect([...notices.querySelectorAll('.notice')].map((p) => p.textContent)).toEqual(['“Nothing <i>here</i>” has no text to compare.']);
    expect(notices.querySelectorAll('i')).toHaveLength(0);
  });
});
