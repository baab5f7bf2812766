import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bookmarkletFor } from '../../../electron/core/bridge/bookmarklet';
import { clipToDossier } from '../../../electron/core/bridge/bookmarklet-source';
import { newPairingKey } from '../../../electron/core/bridge/pairing-key';

const endpoint = 'http://127.0.0.1:47950';
const programOf = (url: string) => decodeURIComponent(url.slice('javascript:'.length));

describe('bookmarklet', () => {
  it('is a javascript: URL whose decoded body is one valid expression', () => {
    const url = bookmarkletFor({ endpoint, pairingKey: newPairingKey() });
    expect(url).toMatch(/^javascript:[A-Za-z0-9%\-_.!~*'()]+$/);
    const program = programOf(url);
    expect(program).toMatch(/^void \(function/);
    expect(() => new Function(program)).not.toThrow();
  });

  it('carries the given key and endpoint, and no other key', () => {
    const key = newPairingKey();
    const program = programOf(bookmarkletFor({ endpoint, pairingKey: key }));
    expect(program.endsWith(`)("${endpoint}","${key}")`)).toBe(true);
    const keyShaped = [...program.matchAll(/["']([A-Za-z0-9_-]{22,})["']/g)].map((match) => match[1]);
    expect(keyShaped).toEqual([key]);
    expect(program.split(key)).toHaveLength(2);
    const other = newPairingKey();
    expect(programOf(bookmarkletFor({ endpoint, pairingKey: other }))).not.toContain(key);
  });

  it('fits comfortably in a bookmark (under 4 KB)', () => {
    const url = bookmarkletFor({ endpoint: 'http://localhost:65535', pairingKey: newPairingKey() });
    expect(url.length).toBeLessThan(4096);
  });

  it('posts only to this computer, with a real key', () => {
    const pairingKey = newPairingKey();
    for (const bad of ['https://evil.example', 'http://127.0.0.1.evil.example:80', 'http://127.0.0.1:47950/clip', 'http://127.0.0.1:1");alert(1);("']) {
      expect(() => bookmarkletFor({ endpoint: bad, pairingKey }), bad).toThrow(/this computer/);
    }
    for (const bad of ['', 'short', `${'a'.repeat(24)}");alert(1);//`]) {
      expect(() => bookmarkletFor({ endpoint, pairingKey: bad })).toThrow(/pairing key/);
    }
  });

  it('has no string that spans lines, so compacting it line by line is safe', () => {
    expect(clipToDossier.toString()).not.toContain('`');
  });

  it('stays self-contained when compiled as the app is run (tsx keeps names; the shell may be minified)', async () => {
    const file = fileURLToPath(new URL('../../../electron/core/bridge/bookmarklet-source.ts', import.meta.url));
    const source = readFileSync(file, 'utf8');
    for (const options of [{ keepNames: true }, { keepNames: true, minify: true }, { minify: true }]) {
      const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', ...options });
      const exported = /export\s*\{\s*(\w+) as clipToDossier\s*\}/.exec(code)?.[1] ?? 'clipToDossier';
      const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
      const compiled = String(module.clipToDossier ?? module[exported]);
      expect(compiled, JSON.stringify(options)).toMatch(/^function/);
      // esbuild's helpers (__name, __spreadValues…) live outside the function, where the page cannot see them.
      expect(compiled, JSON.stringify(options)).not.toMatch(/\b__\w+/);
    }
  });
});
