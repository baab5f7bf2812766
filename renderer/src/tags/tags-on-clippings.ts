import type { TagRef } from '../../../shared/domain/tag';

interface Tagged {
  id: number;
  tags: TagRef[];
}

/** A tag on some of a selection: how many of the known clippings carry it. */
export interface SharedTag {
  tag: TagRef;
  count: number;
}

/** The tags a selection has, A to Z by path, each with how many of the clippings carry it. */
export function sharedTags(clippings: readonly Tagged[]): SharedTag[] {
  const byId = new Map<number, SharedTag>();
  for (const clipping of clippings) {
    for (const tag of clipping.tags) {
      const entry = byId.get(tag.id);
      if (entry) entry.count += 1;
      else byId.set(tag.id, { tag, count: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => a.tag.path.localeCompare(b.tag.path, undefined, { sensitivity: 'base' }));
}

function isTagged(value: unknown): value is Tagged {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { id?: unknown; tags?: unknown };
  return typeof candidate.id === 'number' && Array.isArray(candidate.tags);
}

/**
 * The clippings among `ids` found in cached query data (list pages, search results,
 * single clippings), keeping the first copy found. Only walks a few levels: the shapes are
 * `{pages: [{items: [...]}]}`, `{items: [...]}` and a clipping itself.
 */
export function findTagged(data: readonly unknown[], ids: ReadonlySet<number>): Tagged[] {
  const found = new Map<number, Tagged>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    if (isTagged(value)) {
      if (ids.has(value.id) && !found.has(value.id)) found.set(value.id, value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    walk(record.pages, depth + 1);
    walk(record.items, depth + 1);
  };
  for (const value of data) walk(value, 0);
  return [...found.values()];
}
