/**
 * `npm run bench:compare`: side-by-side comparison (issue 6) on the BASIL triplets in
 * ../shared/benchmarks/compare/basil — alignment against known variants, quote linking,
 * speed, and what real triplets look like. Prints a summary table and writes
 * bench/results/compare-*.json. See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { loadBasil } from '../annotate/basil';
import { benchmarksDir } from '../extract/datasets';
import { writeResults } from '../lib/results';
import { formatTable } from '../lib/table';
import { measureAlignment } from './alignment';
import { measureRelated, timeRelatedOnLibrary } from './related';

const log = (line = '') => process.stderr.write(`${line}\n`);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const ms = (n: number) => n.toFixed(1);

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, seed: { type: 'string' }, library: { type: 'string' }, 'no-write': { type: 'boolean' } } });
  const articles = loadBasil(benchmarksDir(values.data));
  log(`BASIL: ${articles.length} articles.`);
  const alignment = measureAlignment(articles, values.seed ? Number(values.seed) : 1);
  const { links, trimmedQuotes, speed } = alignment;
  log('\nAlignment against known variants (paragraphs reordered, two dropped, one inserted, one in three reworded, a quote trimmed)');
  log(
    formatTable(
      ['metric', 'value', 'target', 'status'],
      [
        [`alignment F1 over paragraph pairs (${alignment.articles} articles, P ${links.precision.toFixed(3)}, R ${links.recall.toFixed(3)})`, links.f1.toFixed(3), '≥ 0.95', links.f1 >= 0.95 ? 'pass' : 'FAIL'],
        [`trimmed quote linked (${trimmedQuotes.linked}/${trimmedQuotes.built})`, percent(trimmedQuotes.share), '≥ 95 %', trimmedQuotes.share >= 0.95 ? 'pass' : 'FAIL'],
        [`align two ~${speed.words.toLocaleString('en')}-word texts, p95 ms (p50 ${ms(speed.twoMs.p50)})`, ms(speed.twoMs.p95), '≤ 30', speed.twoMs.p95 <= 30 ? 'pass' : 'FAIL'],
        [`align four, p95 ms (p50 ${ms(speed.fourMs.p50)})`, ms(speed.fourMs.p95), '≤ 100', speed.fourMs.p95 <= 100 ? 'pass' : 'FAIL'],
        ['align two 20,000-word texts, ms', ms(speed.twentyThousandMs), '', 'info'],
      ],
    ),
  );
  log('\nReal triplets (first 5): rows aligned across sources, shared quotes, share of each source found in another');
  log(
    formatTable(
      ['triplet', 'outlets', 'rows', 'aligned', 'shared quotes', 'shared text'],
      alignment.triplets.slice(0, 5).map((t) => [t.key.slice(0, 8), t.outlets.join(' / '), t.rows, t.alignedRows, t.sharedQuotes, t.sharedShare.map((s) => percent(s)).join(' / ')]),
    ),
  );
  log('\nRelated coverage (the 159 articles imported into a fresh library, dates as published)');
  const related = measureRelated(benchmarksDir(values.data));
  const rows: Array<Array<string | number>> = [
    ['recall@2 (both triplet siblings in the top 2)', percent(related.recallAt2), '≥ 98 %', related.recallAt2 >= 0.98 ? 'pass' : 'FAIL'],
    [`other-event pairs labelled same story (${related.falseSameStoryPairs}/${related.crossEventPairs})`, percent(related.falseSameStoryRate), '≤ 1 %', related.falseSameStoryRate <= 0.01 ? 'pass' : 'FAIL'],
    ['query p95 ms, 159-clipping library', ms(related.timing.p95Ms), '', 'info'],
  ];
  // `-- --library DIR`: time the query on a large library (npm run bench:library -- --keep DIR makes one).
  const large = values.library ? timeRelatedOnLibrary(values.library) : null;
  if (large) rows.push([`query p95 ms, library in ${values.library} (${large.timing.queries} queries; first counting ${(large.backfillMs / 1000).toFixed(0)} s)`, ms(large.timing.p95Ms), '≤ 100', large.timing.p95Ms <= 100 ? 'pass' : 'FAIL']);
  log(formatTable(['metric', 'value', 'target', 'status'], rows));
  if (!values['no-write']) {
    const { stamped } = writeResults('compare', { alignment, related, largeLibrary: large });
    log(`Results: ${stamped}`);
  }
}

main();
