import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';

/**
 * Writes `content` (text as UTF-8, or bytes) to `path` so that the file is either the old one or the whole new one:
 * a temporary file in the same folder, flushed, then renamed over the target. When
 * anything fails the temporary file is removed and the error says why in words.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  let created = false;
  try {
    fd = openSync(temp, 'wx', 0o644);
    created = true;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // writeSync may write less than asked: go on until every byte is in the file.
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    // Only a file this call created ('wx' never opens an existing one).
    if (created) rmSync(temp, { force: true });
    throw new ApiError('forbidden', `Cannot write ${path}: ${reason(error as NodeJS.ErrnoException, target)}.`);
  }
}

function reason(error: NodeJS.ErrnoException, target: string): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only';
    case 'ENOENT':
      return existsSync(dirname(target)) ? 'the folder does not take new files' : `there is no folder ${dirname(target)}`;
    case 'ENOTDIR':
      return `${firstFileAbove(target) ?? dirname(target)} is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return error.message;
  }
}

/** The file standing where a folder of the path should be. */
function firstFileAbove(target: string): string | null {
  for (let dir = dirname(target); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if (statSync(dir).isFile()) return dir;
    } catch {
      // Not there: look further up.
    }
  }
  return null;
}
