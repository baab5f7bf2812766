import { realpathSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/**
 * Maps a URL path to a file inside `root`, or null. Both the desktop `app://`
 * protocol and the browser-mode host serve the built renderer through this guard:
 * encoded dots, backslashes, NUL bytes and symlinks cannot reach outside `root`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const rootReal = realpathSync(root);
  const candidate = resolve(rootReal, relative);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) return null;
  try {
    const real = realpathSync(candidate);
    return real.startsWith(rootReal + sep) ? real : null;
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
