import { TAG_PATH_SEPARATOR } from '../../../shared/domain/tag';

/** Whether `path` is `branch` or lies below it (any case, as paths are unique regardless of case). */
export function isInBranch(path: string, branch: string): boolean {
  const a = path.toLowerCase();
  const b = branch.toLowerCase();
  return a === b || a.startsWith(`${b}${TAG_PATH_SEPARATOR}`);
}

/**
 * Where a tag the list is showing went after its branch moved from `from` to `to`
 * (a rename or a merge): `DPRK/youth` after `DPRK` → `North Korea` is `North Korea/youth`.
 * Null when the tag was not in that branch.
 */
export function movedTagPath(path: string, from: string, to: string): string | null {
  if (!isInBranch(path, from)) return null;
  return `${to}${path.slice(from.length)}`;
}
