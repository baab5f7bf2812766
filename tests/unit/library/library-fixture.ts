import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';
import { ApiError } from '../../../shared/api/errors';
import { EMPTY_METADATA, type ArticleMetadata } from '../../../shared/domain/article-metadata';
import { openLibrary, type Library } from '../../../electron/core/library';
import { preparedClipping } from '../../helpers/prepared';
import { makeTempDir } from '../../helpers/temp-dir';

/** What a test clipping carries besides its title and text. */
export interface TestClipping {
  paragraphs?: string[];
  meta?: Partial<ArticleMetadata>;
  sourceUrl?: string | null;
  now?: Date;
  /** Store as the next version of this article (or clipping) id. */
  versionOf?: number;
}

/** A real library in a temp folder, reached the way the app reaches it: through dispatch. */
export interface TestLibrary {
  lib: Library;
  dataDir: string;
  /** The result of a call; an error envelope is thrown as an ApiError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  /** The raw envelope of a call. */
  envelope<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodResult<M>>>;
  /** Inserts a hand-built clipping through the repository; returns its id. */
  add(title: string, options?: TestClipping): number;
  close(): void;
}

export function openTestLibrary(): TestLibrary {
  const temp = makeTempDir('dossier-library-');
  const lib = openLibrary({ dataDir: temp.dir, mode: 'cli', capture: 'in-process', downloadImages: false });
  const envelope = async <M extends MethodName>(method: M, input: MethodInput<M>) =>
    (await lib.dispatch(method, input)) as Envelope<MethodResult<M>>;
  return {
    lib,
    dataDir: temp.dir,
    envelope,
    async call(method, input) {
      const reply = await envelope(method, input);
      if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
      return reply.result;
    },
    add(title, options = {}) {
      const prepared = preparedClipping(title, options.paragraphs ?? [`Body of ${title}.`]);
      if (options.meta) prepared.metadata = { ...EMPTY_METADATA, ...options.meta };
      const summary = lib.clippings.insert(
        prepared,
        { origin: options.sourceUrl ? 'url' : 'paste', sourceUrl: options.sourceUrl ?? null },
        { now: options.now, versionOf: options.versionOf },
      );
      return summary.id;
    },
    close() {
      lib.close();
      temp.cleanup();
    },
  };
}

/** A minute of 2025-03-31, UTC: distinct, ordered capture times. */
export const minute = (n: number) => new Date(Date.UTC(2025, 2, 31, 10, 0) + n * 60_000);

/** The error code a call fails with, or null when it succeeds. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

/** Mulberry32: a small seeded PRNG, so a failing random run can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
