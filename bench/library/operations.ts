import type { Library } from '../../electron/core/library';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { Corpus } from './corpus';
import type { QuerySet } from './queries';
import { Random } from './random';
import type { SampleTrace, SampleTracer } from './sample-trace';
import { timed, timingOf, type Timing } from './stats';

export interface OperationResult extends Timing {
  name: string;
  /** p95 target in ms, from the issue. */
  target: number | null;
  /** Hits (searches) or rows (lists) of the last run, to show the work was real. */
  detail: string;
  /** With `--trace`: where each timed run's time went. */
  trace?: SampleTrace[];
}

const WARM_UP = 3;

/**
 * Searches run before any is timed, so the timed ones meet the code as V8 keeps it once
 * compiled. On one core its optimizing compiler shares the core with the searches (on a
 * desktop it has cores of its own): buildSnippet or withSnippets compiled in the middle
 * of a timed search added 13–56 ms to it, and each was compiled again after a
 * deoptimization or two. These first searches are reported too, as information.
 */
export const JIT_WARM_UP_PER_KIND = 50;

/** Every measured operation, through `library.dispatch` — the path the UI's calls take. */
export async function measureOperations(
  library: Library,
  corpus: Corpus,
  queries: QuerySet,
  warmUpQueries: QuerySet,
  reps: number,
  seed: number,
  tracer: SampleTracer | null = null,
): Promise<OperationResult[]> {
  const random = new Random(seed);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await library.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
    return envelope.result as never;
  };
  const results: OperationResult[] = [];
  const run = async (name: string, target: number | null, inputs: number, op: (i: number) => Promise<string>) => {
    for (let i = -WARM_UP; i < 0; i++) await op(i);
    const samples: number[] = [];
    const spans: Array<Awaited<ReturnType<SampleTracer['timed']>>['span']> = [];
    let detail = '';
    for (let i = 0; i < inputs; i++) {
      const work = async () => (detail = await op(i));
      if (tracer) {
        const { ms, span } = await tracer.timed(work);
        samples.push(ms);
        spans.push(span);
      } else samples.push(await timed(work));
    }
    results.push({ name, target, detail, ...timingOf(samples), ...(tracer ? { trace: await tracer.traces(spans) } : {}) });
    process.stderr.write(`  ${name}: p95 ${timingOf(samples).p95.toFixed(2)} ms\n`);
  };
  const search = (list: string[], sort: 'relevance' | 'published') => async (i: number) => {
    const query = list[(i + WARM_UP) % list.length]!;
    const result: { total: number; items: unknown[] } = await call('clippings.search', { query, limit: 50, sort });
    return `${result.total} hits`;
  };

  results.push(await warmUpSearches(warmUpQueries, (query, sort) => call('clippings.search', { query, limit: 50, sort })));

  // Warm-up takes the first queries of each kind; the timed runs take the others, once each.
  const rounds = (list: string[]) => Math.max(1, list.length - WARM_UP);
  await run('search: one word', 20, rounds(queries.oneWord), search(queries.oneWord, 'relevance'));
  await run('search: two words', 20, rounds(queries.twoWords), search(queries.twoWords, 'relevance'));
  await run('search: a phrase', 20, rounds(queries.phrase), search(queries.phrase, 'relevance'));
  await run('search: a prefix', 20, rounds(queries.prefix), search(queries.prefix, 'relevance'));
  if (queries.korean2.length) await run('search: 2-character Korean', 20, rounds(queries.korean2), search(queries.korean2, 'relevance'));
  await run('search: word + tag + dates, by date', 20, rounds(queries.tagDate), search(queries.tagDate, 'published'));

  const total = (await call('library.counts', {}) as { library: number }).library;
  for (const sort of ['captured', 'published', 'title', 'outlet'] as const) {
    for (const direction of ['desc', 'asc'] as const) {
      await run(`list: 100 rows at any offset, ${sort} ${direction}`, 10, reps, async () => {
        const page: { items: unknown[] } = await call('clippings.list', { sort, direction, limit: 100, offset: random.int(Math.max(1, total - 100)) });
        return `${page.items.length} rows`;
      });
    }
  }
  // The cursors come from pages fetched beforehand: only the next page is timed.
  const cursors: string[] = [];
  for (let i = 0; i < reps + WARM_UP; i++) {
    const page: { nextCursor: string } = await call('clippings.list', { sort: 'published', limit: 100, offset: random.int(Math.max(1, total - 200)) });
    cursors.push(page.nextCursor);
  }
  await run('list: next page by cursor', 10, reps, async (i) => {
    const next: { items: unknown[] } = await call('clippings.list', { sort: 'published', limit: 100, cursor: cursors[(i + WARM_UP) % cursors.length] });
    return `${next.items.length} rows`;
  });

  await run('tag pane with counts', 50, reps, async () => `${(await call('tags.list', {}) as unknown[]).length} tags`);
  await run('outlet pane with counts', 50, reps, async () => `${(await call('outlets.list', {}) as unknown[]).length} outlets`);
  await run('view counts (library, unread, starred, trash)', 50, reps, async () => JSON.stringify(await call('library.counts', {})));

  const ids: number[] = await call('clippings.ids', { limit: 200_000 });
  await run('bulk-tag 10,000 clippings', 1000, Math.min(reps, 10), async (i) => {
    const chosen = sample(ids, 10_000, random);
    const { changed }: { changed: number } = await call('tags.apply', { clippingIds: chosen, add: [`Bench/bulk ${i}-${random.int(1e9)}`] });
    return `${changed} tagged`;
  });

  const english = corpus.paragraphs.get('en') ?? [];
  const imported: number[] = [];
  await run('import one clipping (store + indexes)', 20, reps, async () => {
    const paragraphs = Array.from({ length: 8 }, () => random.pick(english));
    const content = `Benchmark import ${random.int(1e9)}\n\n${paragraphs.join('\n\n')}`;
    const outcome: { status: string; clipping: { id: number } } = await call('clippings.create', { format: 'text', content, url: `https://bench.example/${random.int(1e9)}` });
    imported.push(outcome.clipping.id);
    return outcome.status;
  });

  // Leave the library as generated, so a kept library measures the same next time.
  const benchTag = library.tags.findByPath('Bench');
  if (benchTag) library.tags.delete(benchTag.id);
  library.clippings.trashMany(imported);
  library.clippings.emptyTrash();
  library.db.prepare("DELETE FROM outlets WHERE domain = 'bench.example'").run();
  return results;
}

/** The JIT warm-up: the kinds in turn, a query of each per round, every search timed for the info row. */
async function warmUpSearches(queries: QuerySet, search: (query: string, sort: 'relevance' | 'published') => Promise<unknown>): Promise<OperationResult> {
  const first: number[] = [];
  for (let i = 0; i < JIT_WARM_UP_PER_KIND; i++) {
    for (const [kind, list] of Object.entries(queries) as Array<[keyof QuerySet, string[]]>) {
      const query = list[i % list.length];
      if (query !== undefined) first.push(await timed(() => search(query, kind === 'tagDate' ? 'published' : 'relevance')));
    }
  }
  return { name: `search: first ${first.length} after opening (JIT warm-up)`, target: null, detail: 'all kinds; not in the rows below', ...timingOf(first) };
}

function sample(ids: number[], count: number, random: Random): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, ids.length)) chosen.add(ids[random.int(ids.length)]!);
  return [...chosen];
}
