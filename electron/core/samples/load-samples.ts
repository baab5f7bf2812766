import type { ClippingsRepo } from '../clippings/clippings-repo';
import { prepareFromPaste } from '../capture/prepare-clipping';
import { SAMPLE_ARTICLES } from './sample-articles';

/**
 * Adds the sample dossier. Loading twice adds nothing new: samples already in the
 * library (by source URL, trashed or not) are skipped. All samples are stored in
 * one transaction, oldest first, so the list shows them newest first.
 */
export async function loadSamples(clippings: ClippingsRepo, db: { transaction: <T>(fn: () => T) => () => T }) {
  const existing = clippings.existingSourceUrls(SAMPLE_ARTICLES.map((sample) => sample.url));
  const missing = SAMPLE_ARTICLES.filter((sample) => !existing.has(sample.url));
  const prepared = await Promise.all(
    missing.map(async (sample) => ({ sample, clipping: await prepareFromPaste({ format: 'html', content: sample.html, url: sample.url }) })),
  );
  const start = Date.now();
  const ids = db.transaction(() =>
    prepared.map(({ sample, clipping }, index) =>
      clippings.insert(clipping, { origin: 'sample', sourceUrl: sample.url }, { now: new Date(start + index) }).id,
    ),
  )();
  return { created: ids.length, ids };
}
