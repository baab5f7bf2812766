import type Database from 'better-sqlite3';
import { backfillRelated } from './related-index';

const START_AFTER_MS = 3000;
const ROWS_PER_TICK = 40;
const PAUSE_MS = 100;

/**
 * Counts the words of clippings stored before related coverage existed, a few dozen at
 * a time while the app is open (about 20 ms of work every 100 ms), so a large library
 * opens at once and related coverage soon weighs words by the whole library. Returns
 * the function that stops it.
 */
export function startRelatedBackfill(db: Database.Database): () => void {
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    timer = null;
    if (!db.open) return;
    if (backfillRelated(db, { maxRows: ROWS_PER_TICK }) > 0) schedule(PAUSE_MS);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  schedule(START_AFTER_MS);
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
}
