import { useMemo, useState } from 'react';
import type { TagRef } from '../../../shared/domain/tag';
import type { SharedTag } from './tags-on-clippings';

/** A chip in the tag editor: a tag the clippings have, or a path to add. */
export interface DraftChip {
  key: string;
  path: string;
  color: string | null;
  /** Set for a tag the clippings already have. */
  tag: TagRef | null;
  /** How many of the clippings will have it (for "2 of 5"). */
  count: number;
  added: boolean;
}

/**
 * The edits in the tag editor before they are applied: paths to add, tags to remove.
 * Taking off a tag just added forgets it; choosing one just removed restores it;
 * choosing one only some of the clippings have puts it on all of them.
 */
export function useTagDraft(current: readonly SharedTag[], total: number) {
  const [added, setAdded] = useState<Array<{ path: string; color: string | null }>>([]);
  const [removed, setRemoved] = useState<ReadonlySet<number>>(() => new Set());
  const addedKeys = useMemo(() => new Set(added.map((item) => item.path.toLowerCase())), [added]);

  const chips = useMemo<DraftChip[]>(() => {
    const have = current
      .filter(({ tag }) => !removed.has(tag.id))
      .map(({ tag, count }) => {
        const toAll = addedKeys.has(tag.path.toLowerCase());
        return { key: `tag:${tag.id}`, path: tag.path, color: tag.color, tag, count: toAll ? total : count, added: toAll };
      });
    const known = new Set(current.map(({ tag }) => tag.path.toLowerCase()));
    const fresh = added
      .filter((item) => !known.has(item.path.toLowerCase()))
      .map(({ path, color }) => ({ key: `new:${path.toLowerCase()}`, path, color, tag: null, count: total, added: true }));
    return [...have, ...fresh];
  }, [current, added, addedKeys, removed, total]);

  /** Paths every clipping will have: not worth suggesting again. */
  const complete = useMemo(() => new Set(chips.filter((chip) => chip.count >= total).map((chip) => chip.path.toLowerCase())), [chips, total]);

  const add = (path: string, color: string | null) => {
    const key = path.toLowerCase();
    const had = current.find(({ tag }) => tag.path.toLowerCase() === key);
    if (had && removed.has(had.tag.id)) {
      setRemoved((previous) => new Set([...previous].filter((id) => id !== had.tag.id)));
      return;
    }
    if (complete.has(key) || addedKeys.has(key)) return;
    setAdded((previous) => [...previous, { path: had?.tag.path ?? path, color: had?.tag.color ?? color }]);
  };

  const remove = (chip: DraftChip) => {
    const key = chip.path.toLowerCase();
    setAdded((previous) => previous.filter((item) => item.path.toLowerCase() !== key));
    if (chip.tag) setRemoved((previous) => new Set(previous).add(chip.tag!.id));
  };

  return {
    chips,
    complete,
    add,
    remove,
    changes: { add: added.map((item) => item.path), remove: [...removed] },
    dirty: added.length > 0 || removed.size > 0,
  };
}
