import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of docs/ARCHITECTURE.md, checked on every import:
 * shared/ imports nothing else of ours; renderer/ never imports electron/ or Node;
 * the core, host and CLI never import the `electron` package (only the shell does).
 */
const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** Project folder an import lands in ('shared', 'electron', ...), or null for packages. */
function targetFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, file, '..', specifier)).split('/')[0] ?? null;
}

function violations(dir: string, isForbidden: (file: string, specifier: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter((s) => isForbidden(file, s)).map((s) => `${file} imports ${s}`));
}

describe('layering', () => {
  it('shared/ imports nothing else of ours, and no Node or Electron', () => {
    expect(
      violations('shared', (file, s) => (targetFolder(file, s) ?? 'shared') !== 'shared' || s === 'electron' || s.startsWith('node:')),
    ).toEqual([]);
  });

  it('renderer/ reaches the core only through shared/ (no electron/, no Node)', () => {
    expect(
      violations('renderer', (file, s) => targetFolder(file, s) === 'electron' || s === 'electron' || s.startsWith('node:')),
    ).toEqual([]);
  });

  it('the core, host and CLI never import the electron package', () => {
    for (const dir of ['electron/core', 'electron/host', 'electron/cli']) {
      expect(violations(dir, (_file, s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
    }
  });

  it('checks a real tree (the rules are not vacuous)', () => {
    expect(sourceFiles('shared').length).toBeGreaterThan(5);
    expect(sourceFiles('electron/core').length).toBeGreaterThan(5);
    expect(importsOf('electron/core/library.ts')).toContain('./db/open-database');
  });
});
