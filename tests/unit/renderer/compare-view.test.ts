import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../shared/compare/compare-texts';
import { locateDiff, markPassage, type TextPiece } from '../../../renderer/src/compare/cell-marks';
import { bandCells, buildLayout, isLongBand, paragraphLabel, rowAtOffset, shownLines } from '../../../renderer/src/compare/compare-layout';

const A = [
  'The harbour authority closed the northern pier on Monday after inspectors found cracks in its supports.',
  'Ferries will dock at the southern terminal until repairs are finished, the authority said.',
  '“We will not take risks with people’s lives,” said the harbour master, Ilse Brenner.',
  'Fishing boats are not affected.',
].join('\n\n');

const B = [
  'Fishing crews said they had warned of the damage for months.',
  'The harbour authority shut the northern pier on Monday after engineers found cracks in its supports.',
  'Ferries will dock at the southern terminal until repairs are done.',
  '“We will not take risks,” the harbour master said.',
  'The pier was built in 1962.',
].join('\n\n');

const textOf = (pieces: ReturnType<typeof markPassage>) =>
  pieces.map((p) => p.pieces.filter((x): x is TextPiece => x.kind === 'text').map((x) => x.text).join('')).join('\n\n');

describe('locateDiff', () => {
  it('finds every op in the passage, with ghosts for removed and changed words', () => {
    const result = compareTexts([{ id: 1, text: A }, { id: 2, text: B }]);
    const row = result.rows.find((r) => r.cells[0]?.text.startsWith('The harbour authority'))!;
    const cell = row.cells[1]!;
    const located = locateDiff(cell.text, row.diffs[1]!);
    const marked = located.marks.map((m) => cell.text.slice(m.start, m.end));
    expect(marked).toContain('shut');
    expect(marked).toContain('engineers');
    expect(located.ghosts.map((g) => g.text)).toEqual(expect.arrayContaining(['closed', 'inspectors']));
    expect(located.alike).toBeGreaterThan(0.7);
    expect(located.readable).toBe(true);
  });

  it('reads a passage that adds to the first or cuts it as comparable, a rewrite as not', () => {
    const longer = locateDiff('one two three four five six seven eight', [
      { op: 'same', text: 'one two three' },
      { op: 'added', text: 'four five six seven eight' },
    ]);
    expect(longer.readable).toBe(true);
    expect(longer.alike).toBeCloseTo(6 / 11);
    const rewrite = locateDiff('alpha beta gamma delta one', [
      { op: 'changed', from: 'eins zwei drei vier', to: 'alpha beta gamma delta' },
      { op: 'same', text: 'one' },
    ]);
    expect(rewrite.readable).toBe(false);
  });

  it('places a removal at the next word, and one at the end after the last', () => {
    const located = locateDiff('one two four', [
      { op: 'same', text: 'one two' },
      { op: 'removed', text: 'three' },
      { op: 'same', text: 'four' },
      { op: 'removed', text: 'five' },
    ]);
    expect(located.ghosts).toEqual([
      { at: 8, op: 'removed', text: 'three' },
      { at: 12, op: 'removed', text: 'five' },
    ]);
  });
});

describe('markPassage', () => {
  it('keeps the text exact, offsets in the canonical text, and paragraphs apart', () => {
    const text = 'Alpha beta gamma.\n\nDelta “epsilon zeta” eta.';
    const start = 100;
    const paragraphs = markPassage(
      text,
      start,
      { marks: [{ start: 6, end: 10, kind: 'added' }], ghosts: [{ at: 11, op: 'removed', text: 'old' }], alike: 0.8, readable: true },
      [{ index: 3, start: start + 25, end: start + 39, exclusive: false }],
      [{ id: 9, start: start + 26, end: start + 33, color: 2, comment: '' }],
    );
    expect(paragraphs).toHaveLength(2);
    expect(textOf(paragraphs)).toBe(text);
    for (const paragraph of paragraphs) {
      for (const piece of paragraph.pieces) {
        if (piece.kind === 'text') expect(text.slice(piece.start - start, piece.start - start + piece.text.length)).toBe(piece.text);
      }
    }
    const pieces = paragraphs.flatMap((p) => p.pieces);
    expect(pieces.find((p) => p.kind === 'text' && p.text === 'beta')).toMatchObject({ diff: 'added' });
    expect(pieces.findIndex((p) => p.kind === 'ghost')).toBe(pieces.findIndex((p) => p.kind === 'text' && p.text.startsWith('gamma')) - 1);
    const quoted = pieces.filter((p): p is TextPiece => p.kind === 'text' && p.quote !== null);
    expect(quoted.map((p) => p.text).join('')).toBe('“epsilon zeta”');
    expect(quoted.filter((p) => p.quoteFirst)).toHaveLength(1);
    expect(quoted.find((p) => p.highlight)?.text).toBe('epsilon');
  });
});

describe('buildLayout', () => {
  it('keeps shared rows as lines and gathers runs of unmatched passages into one band', () => {
    const result = compareTexts([{ id: 1, text: A }, { id: 2, text: B }]);
    const layout = buildLayout(result);
    expect(layout.lines.every((line) => line.rows.every((r) => layout.lineOfRow[r] === layout.lines.indexOf(line)))).toBe(true);
    const only = layout.lines.filter((line) => line.kind === 'only');
    expect(only.length).toBeGreaterThan(0);
    for (const line of only) for (const r of line.rows) expect(result.rows[r]!.onlyIn).not.toBeNull();
    // Each source's passages, in its own order, cover all its blocks.
    expect(layout.passages[1]!.map((r) => result.rows[r]!.cells[1]!.blockStart)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts a marker where a moved passage sits in its own source', () => {
    // The quotation leads the second source: its passage is out of that source's order.
    const paragraphs = A.split('\n\n');
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    const result = compareTexts([{ id: 1, text: A }, { id: 2, text: moved }]);
    const layout = buildLayout(result);
    const row = result.rows.findIndex((r) => r.cells[1]?.moved);
    expect(result.rows[row]!.cells[1]!.text.startsWith('“We will not')).toBe(true);
    // It comes first in its source: the marker is at the top, before anything of that source.
    expect(layout.markers.get(0)).toEqual([{ source: 1, afterRow: null, row }]);
  });

  it('cuts a long band into lines, shown whole only when opened', () => {
    const extra = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} about the ${['ferry', 'quay', 'crane', 'tide'][i % 4]} number ${i * 7} only here.`);
    const result = compareTexts([{ id: 1, text: A }, { id: 2, text: [B, ...extra].join('\n\n') }]);
    const layout = buildLayout(result);
    const band = layout.lines.findIndex((line) => line.kind === 'only' && layout.lines.filter((l) => l.band === layout.lines.indexOf(line)).length > 1);
    expect(band).toBeGreaterThanOrEqual(0);
    const parts = layout.lines.filter((line) => line.band === band);
    expect(parts.map((line) => line.part)).toEqual(parts.map((_, i) => i));
    expect(parts.every((line) => line.rows.length <= 8)).toBe(true);
    expect(isLongBand(result, layout, band)).toBe(true);
    expect(bandCells(layout, band).flat().sort((x, y) => x - y)).toEqual(parts.flatMap((line) => line.rows));
    const cut = shownLines(result, layout, new Set(), false);
    expect(cut).toContain(band);
    expect(cut).not.toContain(band + 1);
    expect(shownLines(result, layout, new Set([band]), false)).toHaveLength(layout.lines.length);
    expect(shownLines(result, layout, new Set(), true)).toHaveLength(layout.lines.length);
  });

  it('labels paragraphs and finds the row of an offset', () => {
    expect(paragraphLabel({ blockStart: 3, blockEnd: 4 })).toBe('¶ 4');
    expect(paragraphLabel({ blockStart: 3, blockEnd: 5 })).toBe('¶ 4–5');
    const result = compareTexts([{ id: 1, text: A }, { id: 2, text: B }]);
    const r = rowAtOffset(result, 0, A.indexOf('Ferries'));
    expect(result.rows[r]!.cells[0]!.text.startsWith('Ferries')).toBe(true);
  });
});
