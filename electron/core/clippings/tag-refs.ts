import type Database from 'better-sqlite3';
import type { TagRef } from '../../../shared/domain/tag';
import { libraryStamp } from '../db/library-stamp';
import { rawStatement } from '../db/statements';

/**
 * The tags on a window of summaries, from the tag ids each row carries (`group_concat`
 * in `SUMMARY_COLUMNS`) instead of a join that read every tag's path again for every
 * row. A tag's ref is made once and shared by the rows that carry it (frozen, so no row
 * can change another's), and kept until the library changes; the ids not yet known are
 * read in one query.
 */
export class TagRefs {
  private readonly refs = new Map<number, TagRef>();
  private stamp = '';

  constructor(private readonly db: Database.Database) {}

  /** For each row's list of tag ids (comma-separated, or null), its tags in path order. */
  lists(idLists: ReadonlyArray<string | null>): TagRef[][] {
    const stamp = libraryStamp(this.db);
    if (stamp !== this.stamp) {
      this.refs.clear();
      this.stamp = stamp;
    }
    let missing: number[] | null = null;
    const lists = idLists.map((list) => {
      const tags: TagRef[] = [];
      if (list !== null) {
        forEachId(list, (id) => {
          const ref = this.refs.get(id);
          if (ref) tags.push(ref);
          else (missing ??= []).push(id);
        });
      }
      return tags;
    });
    if (missing) {
      // A tag not seen yet: read them all, then list those rows again.
      this.load(missing);
      idLists.forEach((list, i) => {
        if (list === null) return;
        const tags: TagRef[] = [];
        forEachId(list, (id) => {
          const ref = this.refs.get(id);
          if (ref) tags.push(ref);
        });
        lists[i] = tags;
      });
    }
    for (const tags of lists) if (tags.length > 1) sortByPath(tags);
    return lists;
  }

  private load(ids: number[]): void {
    if (this.refs.size + ids.length > MAX_REFS) this.refs.clear();
    const rows = rawStatement(this.db, 'SELECT id, path, color FROM tags WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<
      [id: number, path: string, color: string | null]
    >;
    for (const [id, path, color] of rows) this.refs.set(id, Object.freeze({ id, path, color }));
  }
}

/** Every tag of a 10,000-tag library fits; a bigger one starts over rather than grow without end. */
const MAX_REFS = 20_000;

/** The ids of a `group_concat` list, read without splitting it into strings. */
function forEachId(list: string, fn: (id: number) => void): void {
  let id = 0;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code === 44) {
      fn(id);
      id = 0;
    } else id = id * 10 + code - 48;
  }
  fn(id);
}

/** A clipping has a few tags: an insertion sort by path, in place. */
function sortByPath(tags: TagRef[]): void {
  for (let i = 1; i < tags.length; i++) {
    const tag = tags[i]!;
    let j = i - 1;
    for (; j >= 0 && compareNocase(tags[j]!.path, tag.path) > 0; j--) tags[j + 1] = tags[j]!;
    tags[j + 1] = tag;
  }
}

/**
 * SQLite's `COLLATE NOCASE` order, which the tags of a clipping have always been listed
 * in: code point order (UTF-8 byte order) with only A–Z folded to a–z. JavaScript compares
 * UTF-16 code units, which put U+10000 and up (surrogates) before U+E000–U+FFFF.
 */
export function compareNocase(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
