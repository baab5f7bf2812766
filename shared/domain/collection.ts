/** A collection: one of an analyst's dossiers or projects. A clipping may be in many. */
export interface Collection {
  id: number;
  parentId: number | null;
  name: string;
  /** Names from the top collection down, `Project A/2025`: what `in:` takes when names repeat. */
  path: string;
  /** Clippings in the library that are in this collection itself (not its sub-collections). */
  count: number;
}

export const MAX_COLLECTION_NAME_LENGTH = 200;
