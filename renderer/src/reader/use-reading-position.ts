import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Where the reader left each clipping, to come back to it. A position is the first
 * visible top-level block of the document and how far into it the view starts (as a
 * fraction of the block, so it survives a change of text size or column width), plus
 * the fraction of the whole scroll as a fallback when that block is gone. Stored in
 * localStorage, newest last, at most MAX_POSITIONS clippings; a clipping read from its
 * top is simply not stored, so it opens at the top like one never seen.
 */
export interface ReadingPosition {
  block: number;
  within: number;
  fraction: number;
}

export const POSITIONS_KEY = 'dossier.readingPositions';
export const MAX_POSITIONS = 500;

/** Positions by clipping id, oldest first (a Map keeps insertion order). */
export type PositionStore = Map<number, ReadingPosition>;

type StoredEntry = [id: number, block: number, within: number, fraction: number];

export function parsePositions(raw: string | null): PositionStore {
  const store: PositionStore = new Map();
  let value: unknown;
  try {
    value = raw === null ? [] : JSON.parse(raw);
  } catch {
    return store;
  }
  if (!Array.isArray(value)) return store;
  for (const entry of value.slice(-MAX_POSITIONS)) {
    if (!Array.isArray(entry) || entry.length !== 4) continue;
    const [id, block, within, fraction] = entry as unknown[];
    if (!Number.isSafeInteger(id) || (id as number) <= 0 || !Number.isSafeInteger(block) || (block as number) < 0) continue;
    if (typeof within !== 'number' || typeof fraction !== 'number' || !Number.isFinite(within) || !Number.isFinite(fraction)) continue;
    store.delete(id as number);
    store.set(id as number, { block: block as number, within: clamp(within, -1, 1), fraction: clamp(fraction, 0, 1) });
  }
  return store;
}

export function serialisePositions(store: PositionStore): string {
  const entries: StoredEntry[] = [...store].map(([id, p]) => [id, p.block, round(p.within), round(p.fraction)]);
  return JSON.stringify(entries);
}

/** Records (or, for null = at the top, forgets) a clipping's position as the newest, dropping the oldest past `max`. */
export function rememberPosition(store: PositionStore, id: number, position: ReadingPosition | null, max = MAX_POSITIONS): PositionStore {
  const next = new Map(store);
  next.delete(id);
  if (position) next.set(id, position);
  for (const oldest of next.keys()) {
    if (next.size <= max) break;
    next.delete(oldest);
  }
  return next;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function loadPositions(): PositionStore {
  try {
    return parsePositions(localStorage.getItem(POSITIONS_KEY));
  } catch {
    return new Map();
  }
}

function savePosition(id: number, position: ReadingPosition | null): void {
  try {
    localStorage.setItem(POSITIONS_KEY, serialisePositions(rememberPosition(loadPositions(), id, position)));
  } catch {
    // Storage full or unavailable: the position is simply not remembered.
  }
}

/** The document's top-level blocks (paragraphs, headings, figures…). */
function blocksOf(scroller: HTMLElement): HTMLCollection | null {
  return scroller.querySelector('.document')?.children ?? null;
}

/** The position of a scrolled reader; null when it is at the top. Reads a few rects, no layout writes. */
export function measurePosition(scroller: HTMLElement): ReadingPosition | null {
  const { scrollTop, scrollHeight, clientHeight } = scroller;
  if (scrollTop < 4) return null;
  const fraction = clamp(scrollTop / Math.max(1, scrollHeight - clientHeight), 0, 1);
  const blocks = blocksOf(scroller);
  if (!blocks || blocks.length === 0) return { block: 0, within: 0, fraction };
  const viewTop = scroller.getBoundingClientRect().top;
  // Binary search for the first block whose bottom is below the top of the view.
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > viewTop) high = middle;
    else low = middle + 1;
  }
  const rect = blocks[low]!.getBoundingClientRect();
  return { block: low, within: clamp((viewTop - rect.top) / Math.max(1, rect.height), -1, 1), fraction };
}

export function restorePosition(scroller: HTMLElement, position: ReadingPosition): void {
  const block = blocksOf(scroller)?.[position.block];
  if (!block) {
    scroller.scrollTop = position.fraction * (scroller.scrollHeight - scroller.clientHeight);
    return;
  }
  const rect = block.getBoundingClientRect();
  const offset = rect.top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  scroller.scrollTop = offset + position.within * rect.height;
}

const SAVE_DELAY_MS = 300;

/**
 * Remembers the reader's scroll position per clipping and, once per opening, brings it
 * back when the clipping's document has rendered (`ready`). The scroll listener is
 * passive and does its reading once per frame; storage is written when scrolling
 * pauses, when another clipping opens and when the page goes away. A reader already
 * scrolled when the document arrives (by the user, or to an annotation) is left alone.
 * When `layout` changes (text size, column width), the text reflows and the browser's
 * scroll anchoring does not hold the place, so the same block is brought back before paint.
 */
export function useReadingPosition(scrollRef: RefObject<HTMLElement | null>, clippingId: number | null, ready: boolean, layout: unknown): void {
  const pendingRestore = useRef<number | null>(null);
  // Where the open clipping is being read, as of the last frame that scrolled.
  const place = useRef<ReadingPosition | null>(null);

  useEffect(() => {
    pendingRestore.current = clippingId;
    place.current = null;
  }, [clippingId]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller && place.current) restorePosition(scroller, place.current);
  }, [scrollRef, layout]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!ready || clippingId === null || !scroller) return;

    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: ReadingPosition | null = null;
    let dirty = false;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (dirty) savePosition(clippingId, latest);
      dirty = false;
    };
    const onFrame = () => {
      frame = 0;
      latest = measurePosition(scroller);
      place.current = latest;
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(onFrame);
    };

    if (pendingRestore.current === clippingId) {
      pendingRestore.current = null;
      const position = scroller.scrollTop === 0 ? loadPositions().get(clippingId) : undefined;
      if (position) {
        restorePosition(scroller, position);
        place.current = position;
      }
    }

    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      cancelAnimationFrame(frame);
      flush();
    };
  }, [scrollRef, clippingId, ready]);
}
