import { describe, expect, it } from 'vitest';
import { compareTexts, toCompareJson, type CompareResult } from '../../../shared/compare/compare-texts';
import { tokenize } from '../../../shared/compare/tokens';
import { splitBlocks } from '../../../shared/compare/blocks';

const P = [
  'Kim Jong Un inspected a new fertilizer factory in Hungnam on Sunday, the state news agency reported.',
  'The plant will produce two hundred thousand tons of nitrogen fertilizer every year for collective farms.',
  'Engineers from the chemical ministry explained the production process to the leader during a long tour.',
  'Analysts in Seoul said the visit signals a renewed focus on agriculture after poor harvests last autumn.',
  'Cabinet premier Pak Thae Song and several provincial secretaries accompanied the delegation throughout.',
  'The agency published photographs showing workers applauding beside enormous storage tanks and pipes.',
];
const text = (...paragraphs: string[]) => paragraphs.join('\n\n');

/** Links as (block in source 0, block in source k) pairs. */
function links(result: CompareResult, k = 1): string[] {
  const out: string[] = [];
  for (const row of result.rows) {
    const a = row.cells[0];
    const b = row.cells[k];
    if (!a || !b) continue;
    for (let i = a.blockStart; i < a.blockEnd; i++) for (let j = b.blockStart; j < b.blockEnd; j++) out.push(`${i}-${j}`);
  }
  return out.sort();
}

describe('tokens', () => {
  it('folds case, accents and possessives, and gives CJK bigrams for matching and characters for diffs', () => {
    expect(tokenize('Séoul’s MÜNCHEN 2025 Kim\'s', 'match').map((t) => t.norm)).toEqual(['seoul', 'munchen', '2025', 'kim']);
    expect(tokenize('김정은 위원장', 'match').map((t) => t.norm)).toEqual(['김정', '정은', '위원', '원장']);
    expect(tokenize('김정은', 'diff').map((t) => t.norm)).toEqual(['김', '정', '은']);
    const text = 'a 北朝鮮b';
    for (const t of tokenize(text, 'diff')) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
  });

  it('splits blocks on the blank line with offsets', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('ab\n\ncd')).toEqual([
      { index: 0, start: 0, end: 2, text: 'ab' },
      { index: 1, start: 4, end: 6, text: 'cd' },
    ]);
  });
});

describe('compareTexts: alignment', () => {
  it('aligns a text with itself one to one, in order, similarity 1', () => {
    const t = text(...P);
    const result = compareTexts([{ id: 1, text: t }, { id: 2, text: t }]);
    expect(result.rows).toHaveLength(P.length);
    expect(links(result)).toEqual(P.map((_, i) => `${i}-${i}`).sort());
    for (const row of result.rows) {
      expect(row.similarity).toBe(1);
      expect(row.cells.every((c) => c && !c.moved)).toBe(true);
      expect(row.diffs[1]!.every((op) => op.op === 'same')).toBe(true);
    }
    expect(result.summary.sources.map((s) => s.sharedShare)).toEqual([1, 1]);
  });

  it('links a paragraph moved to the end and flags it as moved', () => {
    const result = compareTexts([{ id: 1, text: text(...P) }, { id: 2, text: text(P[1]!, P[2]!, P[3]!, P[4]!, P[5]!, P[0]!) }]);
    expect(links(result)).toEqual(['0-5', '1-0', '2-1', '3-2', '4-3', '5-4']);
    const moved = result.rows.filter((r) => r.cells[1]?.moved);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.cells[0]!.blockStart).toBe(0);
    // In source 2 the moved passage follows the row of P[5].
    expect(moved[0]!.cells[1]!.followsRow).toBe(5);
    expect(result.rows.every((r) => !r.cells[0]?.moved)).toBe(true);
  });

  it('marks deleted and inserted paragraphs as only in their source', () => {
    const inserted = 'Meanwhile the football team from Pyongyang won a regional tournament held in Vietnam last week.';
    const result = compareTexts([{ id: 1, text: text(...P) }, { id: 2, text: text(P[0]!, P[1]!, inserted, P[3]!, P[5]!) }]);
    expect(links(result)).toEqual(['0-0', '1-1', '3-3', '5-4']);
    const only = result.rows.filter((r) => r.onlyIn !== null);
    expect(only.map((r) => [r.onlyIn, r.cells[r.onlyIn!]!.blockStart])).toEqual([
      [1, 2],
      [0, 2],
      [0, 4],
    ]);
    // The inserted paragraph sits after the row of the passage before it in source 2.
    const insertedRow = result.rows.findIndex((r) => r.onlyIn === 1);
    expect(result.rows[insertedRow - 1]!.cells[0]!.blockStart).toBe(1);
    expect(result.summary.sources[1]!.exclusiveBlocks).toBe(1);
    expect(result.summary.sources[0]!.exclusiveBlocks).toBe(2);
  });

  it('aligns a paragraph split in two with both halves (one to many)', () => {
    const [first, second] = [P[1]!.slice(0, 58), P[1]!.slice(58)];
    const b = text(P[0]!, first + '.', second.trim(), P[2]!, P[3]!);
    const result = compareTexts([{ id: 1, text: text(P[0]!, P[1]!, P[2]!, P[3]!) }, { id: 2, text: b }]);
    expect(links(result)).toEqual(['0-0', '1-1', '1-2', '2-3', '3-4']);
    const split = result.rows.find((r) => r.cells[0]?.blockStart === 1)!;
    expect(split.cells[1]).toMatchObject({ blockStart: 1, blockEnd: 3 });
  });

  it('aligns two paragraphs merged into one (many to one)', () => {
    const b = text(P[0]!, `${P[1]!} ${P[2]!}`, P[3]!);
    const result = compareTexts([{ id: 1, text: text(P[0]!, P[1]!, P[2]!, P[3]!) }, { id: 2, text: b }]);
    expect(links(result)).toEqual(['0-0', '1-1', '2-1', '3-2']);
    expect(result.rows.find((r) => r.cells[1]?.blockStart === 1)!.cells[0]).toMatchObject({ blockStart: 1, blockEnd: 3 });
  });

  it('aligns lightly reworded paragraphs and diffs their words', () => {
    const reworded = 'Kim Jong-un visited a new fertilizer plant in Hungnam on Sunday, the state news agency reported.';
    const result = compareTexts([{ id: 1, text: text(P[0]!, P[1]!) }, { id: 2, text: text(reworded, P[1]!) }]);
    expect(links(result)).toEqual(['0-0', '1-1']);
    const diff = result.rows[0]!.diffs[1]!;
    expect(diff).toContainEqual({ op: 'changed', from: 'inspected', to: 'visited' });
    expect(diff).toContainEqual({ op: 'changed', from: 'factory', to: 'plant' });
    expect(result.rows[0]!.diffs[0]).toBeNull();
  });

  it('handles an empty text', () => {
    const result = compareTexts([{ id: 1, text: text(...P) }, { id: 2, text: '' }]);
    expect(result.rows).toHaveLength(P.length);
    expect(result.rows.every((r) => r.onlyIn === 0 && r.cells[1] === null)).toBe(true);
    expect(result.summary.sources[1]).toMatchObject({ words: 0, sharedShare: 0 });
    expect(compareTexts([{ id: 1, text: '' }, { id: 2, text: '' }]).rows).toEqual([]);
    const reversed = compareTexts([{ id: 1, text: '' }, { id: 2, text: text(...P) }]);
    expect(reversed.rows.every((r) => r.onlyIn === 1)).toBe(true);
  });

  it('does not align a text in another script', () => {
    const korean = text('김정은 국무위원장이 일요일 흥남의 새 비료공장을 현지지도했다고 조선중앙통신이 보도했다.', '공장은 해마다 질소비료 20만t을 생산한다.');
    const result = compareTexts([{ id: 1, text: text(...P) }, { id: 2, text: korean }]);
    expect(links(result)).toEqual([]);
    expect(result.rows).toHaveLength(P.length + 2);
  });

  it('aligns Korean with Korean through character bigrams', () => {
    const a = text('김정은 국무위원장이 일요일 흥남의 새 비료공장을 현지지도했다고 조선중앙통신이 보도했다.', '공장은 해마다 질소비료 20만t을 생산한다.');
    const b = text('공장은 매년 질소비료 20만t을 생산한다.', '조선중앙통신은 김정은 국무위원장이 흥남의 새 비료공장을 현지지도했다고 보도했다.');
    expect(links(compareTexts([{ id: 1, text: a }, { id: 2, text: b }]))).toEqual(['0-1', '1-0']);
  });

  it('aligns four sources, keeping rows in the first source’s order', () => {
    const sources = [
      text(P[0]!, P[1]!, P[2]!),
      text(P[0]!, P[2]!),
      text(P[1]!, P[0]!, P[3]!),
      text(P[3]!, P[2]!),
    ].map((t, id) => ({ id, text: t }));
    const result = compareTexts(sources);
    expect(result.rows.map((r) => r.cells.map((c) => (c ? c.blockStart : null)))).toEqual([
      [0, 0, 1, null],
      // P3 follows P0 in source 2 (where P1 comes first, out of the first source's order).
      [null, null, 2, 0],
      [1, null, 0, null],
      [2, 1, null, 1],
    ]);
    expect(result.rows.map((r) => r.cells.map((c) => c?.moved ?? null))).toEqual([
      [false, false, false, null],
      [null, null, false, false],
      [false, null, true, null],
      [false, false, null, false],
    ]);
    expect(result.rows[2]!.cells[2]!.followsRow).toBe(null);
    expect(result.rows[0]!.cells[2]!.followsRow).toBe(2);
  });

  it('projects to the CLI JSON', () => {
    const result = compareTexts([{ id: 7, text: text(P[0]!, '"We will win," Kim said.') }, { id: 9, text: text(P[0]!) }]);
    const json = toCompareJson(result);
    expect(Object.keys(json).sort()).toEqual(['quotes', 'rows', 'sources']);
    expect(json.rows[0]).toEqual({ cells: [{ id: 7, blockStart: 0, blockEnd: 1, text: P[0] }, { id: 9, blockStart: 0, blockEnd: 1, text: P[0] }], similarity: 1 });
    expect(json.quotes).toEqual([{ text: 'We will win,', speaker: 'Kim', occurrences: [{ id: 7, start: P[0]!.length + 2, end: P[0]!.length + 2 + 14 }] }]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
