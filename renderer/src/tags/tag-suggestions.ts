import { normalizeTagPath, TAG_PATH_SEPARATOR, type Tag } from '../../../shared/domain/tag';

/** One line of the tag editor's autocomplete: an existing tag, or a new path to create. */
export type TagSuggestion = { kind: 'existing'; tag: Tag } | { kind: 'new'; path: string };

/**
 * How well a path matches what was typed, lower is better; null when it does not
 * contain it at all (case-insensitive substring). The whole path first, then a path
 * that starts with it, then one whose last segment or any segment starts with it.
 */
export function matchRank(path: string, typed: string): number | null {
  const haystack = path.toLowerCase();
  const needle = typed.toLowerCase();
  const at = haystack.indexOf(needle);
  if (at === -1) return null;
  if (haystack === needle) return 0;
  const last = haystack.slice(haystack.lastIndexOf(TAG_PATH_SEPARATOR) + 1);
  if (last === needle) return 1;
  if (at === 0) return 2;
  if (last.startsWith(needle)) return 3;
  if (haystack.includes(`${TAG_PATH_SEPARATOR}${needle}`)) return 4;
  return 5;
}

/** Ranks up to here mean the typed text begins the path or its last segment. */
const PREFIX_RANK = 3;

/**
 * Existing tags matching `typed`, best first (ties: the more used, then the shorter
 * path, then A to Z), without those `exclude`d (lower-case paths already chosen).
 * Unless the path exists, an entry to create it: after the matches when the best one
 * begins with what was typed (Enter completes it), else first (Enter creates it).
 */
export function suggestTags(tags: readonly Tag[], typed: string, exclude: ReadonlySet<string> = new Set(), limit = 8): TagSuggestion[] {
  const path = normalizeTagPath(typed);
  if (!path) return [];
  const ranked: Array<{ tag: Tag; rank: number }> = [];
  for (const tag of tags) {
    if (exclude.has(tag.path.toLowerCase())) continue;
    const rank = matchRank(tag.path, path);
    if (rank !== null) ranked.push({ tag, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || b.tag.count - a.tag.count || a.tag.path.length - b.tag.path.length || a.tag.path.localeCompare(b.tag.path),
  );
  const suggestions: TagSuggestion[] = ranked.slice(0, limit).map(({ tag }) => ({ kind: 'existing', tag }));
  const key = path.toLowerCase();
  const exists = exclude.has(key) || tags.some((tag) => tag.path.toLowerCase() === key);
  if (exists) return suggestions;
  const create: TagSuggestion = { kind: 'new', path };
  // What was typed begins a tag's path or name: Enter completes it rather than minting a near-twin.
  return (ranked[0]?.rank ?? Infinity) <= PREFIX_RANK ? [...suggestions, create] : [create, ...suggestions];
}
