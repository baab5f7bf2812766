import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The packages a bundle of `entry` loads before any dynamic import() runs. */
async function startupPackages(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    splitting: true,
    outdir: '/virtual',
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  // Every module loaded by import() is an entry point of its own chunk too: find the one built from `entry`.
  const [main] = Object.keys(outputs).filter((name) => {
    const entryPoint = outputs[name]!.entryPoint;
    return entryPoint !== undefined && resolve(ROOT, entryPoint) === resolve(ROOT, entry);
  });
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of outputs[name]?.imports ?? []) {
      if (imported.kind === 'dynamic-import') continue;
      if (imported.external) packages.add(imported.path);
      else walk(imported.path);
    }
  };
  walk(main!);
  return [...packages].sort();
}

describe('opening the library', () => {
  // The capture stack (parser, extractor, editor schema) is most of the core's code;
  // opening a library and showing the list needs none of it (bench:library "open").
  it('loads no part of the capture stack until something is captured or edited', async () => {
    const packages = await startupPackages('electron/core/library.ts');
    expect(packages).toContain('better-sqlite3');
    expect(packages.filter((name) => /^@tiptap\/|^prosemirror|^linkedom|^@mozilla\/readability|^dompurify/.test(name))).toEqual([]);
  });
});
