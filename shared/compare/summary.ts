import type { PreparedSource } from './rows';
import { wordCount } from './tokens';
import type { CompareRow, CompareSummary, LinkedQuote } from './types';

/** Per source: how much of its text other sources share, what only it has, its quotations shared or not. */
export function summarize(prepared: PreparedSource[], rows: CompareRow[], quotes: LinkedQuote[]): CompareSummary {
  const blockWords = prepared.map((source) => source.blocks.map((b) => wordCount(source.text, b.start, b.end)));
  const sources = prepared.map((source, s) => {
    const words = blockWords[s]!.reduce((a, b) => a + b, 0);
    let sharedWords = 0;
    let exclusiveBlocks = 0;
    let movedCells = 0;
    for (const row of rows) {
      const cell = row.cells[s];
      if (!cell) continue;
      if (cell.moved) movedCells++;
      if (row.onlyIn === null) for (let b = cell.blockStart; b < cell.blockEnd; b++) sharedWords += blockWords[s]![b]!;
      else exclusiveBlocks += cell.blockEnd - cell.blockStart;
    }
    const mine = quotes.filter((q) => q.sourceIds.includes(source.id));
    const sharedQuotes = mine.filter((q) => !q.exclusive).length;
    return {
      id: source.id,
      blocks: source.blocks.length,
      words,
      sharedWords,
      sharedShare: words === 0 ? 0 : sharedWords / words,
      exclusiveBlocks,
      movedCells,
      quotes: mine.length,
      sharedQuotes,
      exclusiveQuotes: mine.length - sharedQuotes,
    };
  });
  return {
    sources,
    sharedQuotes: quotes.filter((q) => !q.exclusive).length,
    exclusiveQuotes: quotes.filter((q) => q.exclusive).length,
  };
}
