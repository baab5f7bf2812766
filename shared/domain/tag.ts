/** A tag as a clipping carries it: enough to show a chip. */
export interface TagRef {
  id: number;
  /** The whole path, `DPRK/youth`: a tag's place in the hierarchy is its name. */
  path: string;
  color: string | null;
}

/** A tag in the tag pane. */
export interface Tag extends TagRef {
  parentId: number | null;
  /** The last segment of the path. */
  name: string;
  /** Clippings in the library carrying this tag or one below it (each counted once). */
  count: number;
}

/** Separates the levels of a tag path. */
export const TAG_PATH_SEPARATOR = '/';

export const MAX_TAG_PATH_LENGTH = 200;

/** Colours a tag may take (the palette of the tag menu); null is "no colour". */
export const tagColors = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'gray'] as const;
export type TagColor = (typeof tagColors)[number];

/**
 * The canonical form of a tag path: segments trimmed, inner white space folded,
 * empty segments dropped. `' DPRK / youth  league/'` → `DPRK/youth league`.
 */
export function normalizeTagPath(path: string): string {
  return path
    .split(TAG_PATH_SEPARATOR)
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment.length > 0)
    .join(TAG_PATH_SEPARATOR);
}
