import type Database from 'better-sqlite3';
import type { SortDirection } from '../../../shared/domain/list-query';
import { statement } from '../db/statements';
import { orderBy } from './list-order';

/**
 * Rows between two anchors: a window walks at most this many past the anchor before it
 * (~0.1 ms). Finding an anchor is a statement of its own (~30 µs besides the walk), so
 * anchors closer together make the first deep window dearer: with every 2,000th row the
 * first window at offset 99,000 took 3–4 ms instead of the plain walk's ~1.5 ms, with
 * every 10,000th it takes ~2 ms.
 */
export const ANCHOR_STEP = 10_000;

/** An order the list walks on one index: the rows `where` selects, by `key` then id. */
export interface KeyedOrder {
  where: string;
  params: Record<string, string | number>;
  key: string;
  direction: SortDirection;
}

/** The row at `position` in its order (0-based): where a window can start its walk. */
export interface Anchor {
  position: number;
  k: string;
  id: number;
  /**
   * Rows with the same key before this one in the order. A walk seeks to the key alone
   * (`fromAnchor`), so it starts that many rows before the anchor's row.
   */
  ties: number;
}

interface Anchors {
  /** rows[i] is the row at (i + 1) × step. */
  rows: Anchor[];
  /** The order has no row at the next step: no need to look again. */
  complete: boolean;
}

/**
 * A window at offset N of a 100,000-row list is an index walk over N entries (SQLite's
 * OFFSET counts them one by one): ~1.5 ms at the end of the library against ~0.1 ms at
 * the start. The list keeps the key and id of every ANCHOR_STEP-th row of the orders it
 * has walked, so a window seeks to the anchor before it and walks fewer than ANCHOR_STEP
 * entries. Anchors are found as windows go deeper (each from the last one known) and
 * dropped when the library changes, as the totals are; only plain views use them (no
 * search), whose order is the index itself. A list shorter than ANCHOR_STEP has none.
 */
export class ListAnchors {
  private readonly orders = new Map<string, Anchors>();
  private stamp = '';

  constructor(
    private readonly db: Database.Database,
    /** Rows between anchors (smaller in tests). */
    private readonly step = ANCHOR_STEP,
  ) {}

  /** The last anchor at or before `offset`, or null if the window starts before the first. */
  before(order: KeyedOrder, offset: number, stamp: string): Anchor | null {
    if (offset < this.step) return null;
    if (stamp !== this.stamp) {
      this.orders.clear();
      this.stamp = stamp;
    }
    const id = `${order.where}\u0000${order.key}\u0000${order.direction}\u0000${JSON.stringify(order.params)}`;
    let anchors = this.orders.get(id);
    if (!anchors) {
      if (this.orders.size >= MAX_ORDERS) this.orders.clear();
      this.orders.set(id, (anchors = { rows: [], complete: false }));
    }
    const wanted = Math.floor(offset / this.step);
    while (anchors.rows.length < wanted && !anchors.complete) {
      const next = this.next(order, anchors.rows.at(-1) ?? null);
      if (next) anchors.rows.push(next);
      else anchors.complete = true;
    }
    return anchors.rows[Math.min(wanted, anchors.rows.length) - 1] ?? null;
  }

  /** The row `step` rows after `from` (or at `step` from the start), with its ties. */
  private next(order: KeyedOrder, from: Anchor | null): Anchor | null {
    const sql = `SELECT c.id, ${order.key} AS k FROM clippings c
      WHERE ${order.where}${from ? ` AND ${fromAnchor(order.key, order.direction)}` : ''}
      ORDER BY ${orderBy(order.key, order.direction)} LIMIT 1 OFFSET @skip`;
    const skip = this.step + (from?.ties ?? 0);
    const row = statement(this.db, sql).get({ ...order.params, skip, ...(from ? { anchorKey: from.k } : {}) }) as { id: number; k: string } | undefined;
    if (!row) return null;
    const before = `SELECT count(*) AS n FROM clippings c
      WHERE ${order.where} AND ${order.key} = @anchorKey AND c.id ${order.direction === 'asc' ? '<' : '>'} @anchorId`;
    const { n } = statement(this.db, before).get({ ...order.params, anchorKey: row.k, anchorId: row.id }) as { n: number };
    return { position: (from?.position ?? 0) + this.step, k: row.k, id: row.id, ties: n };
  }
}

/** Enough for every sort and direction of both views, and then some. */
const MAX_ORDERS = 32;

/**
 * The rows from the anchor's key on, in this order. The key alone, not (key, id): SQLite
 * walks a one-column range on the index as fast as a plain OFFSET (~15 ns a row), but
 * tests a row value against every row it passes (~120 ns a row).
 */
export function fromAnchor(key: string, direction: SortDirection): string {
  return `${key} ${direction === 'asc' ? '>=' : '<='} @anchorKey`;
}
