import { spawnSync } from 'node:child_process';
import { loadMigrations } from '../../../electron/core/db/migrations';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/api/bridge';
import { channelFor, methodNames } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/content-security-policy';
import { makeTempDir } from '../../helpers/temp-dir';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { captureTasks } from '../../../electron/core/capture/capture-tasks';
import { createCapturePool } from '../../../electron/core/workers/capture-pool';
import { pdfWindowOptions } from '../../../electron/main/window-options';

/**
 * Runs the real build script, then checks the bundles: the preload needs nothing but
 * `electron`, and the ESM main runs under plain Node with a fake `electron` (the runtime
 * cannot be downloaded here), opening a real library next to the bundle's migrations.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
let base: string;
let outDir: string;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  // Inside the project so the bundle's external packages resolve from node_modules.
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  base = mkdtempSync(join(ROOT, 'dist', '.shell-test-'));
  outDir = join(base, 'electron');
  build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-electron.mjs'), '--out-dir', outDir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  mkdirSync(join(base, 'renderer'));
  writeFileSync(join(base, 'renderer', 'index.html'), '<!doctype html><title>Built renderer</title>');
}, 130_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('scripts/build-electron.mjs', () => {
  it('writes main.mjs, capture-worker.mjs, preload.cjs and the migrations', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(existsSync(join(outDir, 'main.mjs'))).toBe(true);
    expect(existsSync(join(outDir, 'capture-worker.mjs'))).toBe(true);
    expect(existsSync(join(outDir, 'preload.cjs'))).toBe(true);
    expect(readFileSync(join(outDir, 'migrations', '0001_init.sql'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'electron/core/db/migrations/0001_init.sql'), 'utf8'),
    );
  });

  it('bundles the preload so that it requires nothing but electron', () => {
    const code = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
    const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[1]?.trim());
    expect(requires.length).toBeGreaterThan(0);
    expect(new Set(requires)).toEqual(new Set(['"electron"']));
  });

  it('keeps main.mjs ESM with npm packages external and import.meta.url intact', () => {
    const code = readFileSync(join(outDir, 'main.mjs'), 'utf8');
    expect(code).toMatch(/^import .* from "electron";$/m);
    expect(code).toMatch(/^import \w+ from "better-sqlite3";$/m);
    expect(code).toContain('new URL("./migrations/", import.meta.url)');
    // The main process finds its capture worker beside the bundle.
    expect(code).toContain('new URL("./capture-worker.mjs", import.meta.url)');
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('keeps capture-worker.mjs ESM with npm packages external, and free of electron', () => {
    const code = readFileSync(join(outDir, 'capture-worker.mjs'), 'utf8');
    expect(code).toMatch(/^import \{ parseHTML \} from "linkedom";$/m);
    expect(code).toMatch(/^import \{ parentPort \} from "node:worker_threads";$/m);
    expect(code).not.toMatch(/from "electron"/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('runs the preload in a sandbox-like context where only electron can be required', async () => {
    const code = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
      ipcRenderer: { invoke: async (...args: unknown[]) => { invoked.push(args); return { ok: true, result: null }; } },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    const module = { exports: {} };
    const globals = { console, URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask };
    const wrapper = runInNewContext(`(function (require, module, exports) {\n${code}\n})`, globals) as (...args: unknown[]) => void;
    wrapper(sandboxRequire, module, module.exports);

    const api = exposed[BRIDGE_GLOBAL] as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    const names = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}.${verb}`));
    expect(names.sort()).toEqual([...methodNames].sort());
    await api.clippings!.list!({ limit: 3 });
    expect(invoked).toEqual([['dossier:clippings.list', { limit: 3 }]]);
  });
});

describe('dist/electron/capture-worker.mjs', () => {
  const page = { fileName: 'article.html', bytes: new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/capture/article.html'))) };

  it('prepares a real clipping through the capture pool, as in-process', async () => {
    const pool = createCapturePool({ size: 1, workerUrl: pathToFileURL(join(outDir, 'capture-worker.mjs')) });
    try {
      const [viaBundle, direct] = await Promise.all([pool.run('prepareFromFile', page), captureTasks.prepareFromFile(page)]);
      expect(viaBundle.title).toBe(direct.title);
      expect(viaBundle.text).toBe(direct.text);
      expect(viaBundle.doc).toEqual(direct.doc);
      expect(viaBundle.metadata).toEqual(direct.metadata);
      expect(viaBundle.text.length).toBeGreaterThan(100);
    } finally {
      await pool.close();
    }
  });

  it('is found beside a bundle of the pool under plain Node (no tsx)', async () => {
    // Bundled the way main.mjs bundles it, so the pool's import.meta.url is the bundle's;
    // run with `--input-type=module -e`, a flag a worker must not inherit.
    const probe = join(outDir, 'pool-probe.mjs');
    await esbuild({ entryPoints: [join(ROOT, 'electron/core/workers/capture-pool.ts')], outfile: probe, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    const script = `const { createCapturePool } = await import(${JSON.stringify(pathToFileURL(probe).href)});
const pool = createCapturePool({ size: 1 });
const empty = await pool.run('prepareFromFile', { fileName: 'empty.html', bytes: new Uint8Array() }).catch((error) => error);
const page = await pool.run('prepareFromPaste', { format: 'html', content: '<h1>Bundled</h1><p>From the bundle.</p>' });
await pool.close();
console.log(JSON.stringify({ empty: empty.code, title: page.title, text: page.text }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ empty: 'empty', title: 'Bundled', text: 'From the bundle.' });
  });
});

interface Report {
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  sandboxEnabled: boolean;
  userData: string;
  quit: boolean;
  channels: string[];
  windows: Array<{
    options: { show?: boolean; webPreferences: Record<string, unknown> };
    url: string | null;
    file?: string;
    destroyed?: boolean;
    printed?: { options: Record<string, unknown>; html: string };
  }>;
  menu: unknown;
  permissionHandlers: string[];
  appListeners: string[];
  errors: string[];
  protocolScheme?: string;
  appInfo?: { ok: boolean; result: { mode: string; dataDir: string } };
  created?: { ok: boolean; result: { status: string; clipping: { id: number } } };
  list?: { ok: boolean; result: { items: Array<{ id: number }> } };
  iframe?: { ok: boolean; error: { code: string } };
  invalid?: { ok: boolean; error: { code: string } };
  page?: { status: number; csp: string; body: string };
  pdf?: { ok: boolean; result: { fileName: string; mediaType: string; content: string; encoding: string } };
}

function runMain(env: Record<string, string>, args: string[]): { report: Report; status: number | null; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', join(FIXTURES, 'register-fake-electron.mjs'), join(outDir, 'main.mjs'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } },
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith('REPORT:'));
  if (!line) throw new Error(`main.mjs printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { report: JSON.parse(line.slice('REPORT:'.length)) as Report, status: result.status, stderr: result.stderr };
}

describe('dist/electron/main.mjs under a fake electron', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let resources: string;
  beforeAll(() => {
    temp = makeTempDir('dossier-shell-main-');
    resources = join(temp.dir, 'resources');
    mkdirSync(join(resources, 'native'), { recursive: true });
    // Packaged layout; under plain Node, Node's own build of better-sqlite3 is the right ABI.
    copyFileSync(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(resources, 'native', 'better_sqlite3.node'));
  });
  afterAll(() => temp.cleanup());

  it('wires the app: scheme, permissions, IPC, window and library, then closes the library on quit', () => {
    const dataDir = join(temp.dir, 'library');
    const { report, status } = runMain(
      { FAKE_ELECTRON_RESOURCES: resources, FAKE_ELECTRON_USER_DATA: join(temp.dir, 'user-data') },
      ['--data-dir', dataDir],
    );
    expect(report.errors).toEqual([]);
    expect(status).toBe(0);
    expect(report.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(report.sandboxEnabled).toBe(true);
    expect(report.userData).toBe(join(dataDir, 'electron-profile'));
    expect(report.permissionHandlers.sort()).toEqual(['check', 'device', 'request']);
    expect(report.appListeners).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'will-quit']));
    expect(report.channels.sort()).toEqual(methodNames.map(channelFor).sort());
    expect(report.windows).toHaveLength(2);
    expect(JSON.stringify(report.menu)).not.toMatch(/zoom/i);
    expect(JSON.stringify(report.menu)).toContain('"role":"copy"');
    expect(report.windows[0]?.url).toBe('app://dossier/index.html');
    expect(report.windows[0]?.options.webPreferences.preload).toBe(join(outDir, 'preload.cjs'));

    expect(report.appInfo).toMatchObject({ ok: true, result: { mode: 'desktop', dataDir } });
    expect(report.created).toMatchObject({ ok: true, result: { status: 'created' } });
    expect(report.list?.result.items.map((item) => item.id)).toEqual([report.created?.result.clipping.id]);
    expect(report.iframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(report.page).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, body: '<!doctype html><title>Built renderer</title>' });

    // notes.export as PDF went to the shell's printer: a hidden window without JavaScript that
    // loaded the note's HTML from a private temp folder, printed it and was destroyed.
    expect(report.pdf).toMatchObject({ ok: true, result: { fileName: 'smoke-brief.pdf', mediaType: 'application/pdf', encoding: 'base64' } });
    expect(Buffer.from(report.pdf!.result.content, 'base64').toString('latin1')).toBe('%PDF-1.7 printed by the fake Electron');
    const printer = report.windows[1]!;
    expect(printer.options).toEqual(pdfWindowOptions());
    expect(printer.url).toBeNull();
    expect(printer.file).toMatch(/dossier-pdf-[^/]+\/note\.html$/);
    expect(printer.printed?.html).toMatch(/^<!DOCTYPE html>[\s\S]*<title>Smoke brief<\/title>/);
    expect(printer.destroyed).toBe(true);
    expect(existsSync(printer.file!)).toBe(false);

    // The library was closed on will-quit (a clean close checkpoints and removes the WAL) ...
    expect(existsSync(join(dataDir, 'dossier.sqlite'))).toBe(true);
    expect(existsSync(join(dataDir, 'dossier.sqlite-wal'))).toBe(false);
    // ... and its migrations were found beside the bundle, through import.meta.url.
    const db = new Database(join(dataDir, 'dossier.sqlite'), { readonly: true });
    try {
      const ids = (db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((row) => row.id);
      expect(ids).toEqual(loadMigrations().map((migration) => migration.id));
      expect(ids[0]).toBe('0001_init');
    } finally {
      db.close();
    }
  });

  it('quits at once when another instance holds the lock', () => {
    const { report } = runMain({ FAKE_ELECTRON_LOCK: '0', FAKE_ELECTRON_USER_DATA: join(temp.dir, 'ud2') }, []);
    expect(report.quit).toBe(true);
    expect(report.channels).toEqual([]);
    expect(report.windows).toEqual([]);
  });

  it('reports a missing native module instead of opening a window', () => {
    const { report } = runMain(
      { FAKE_ELECTRON_RESOURCES: join(temp.dir, 'no-resources'), FAKE_ELECTRON_USER_DATA: join(temp.dir, 'ud3') },
      ['--data-dir', join(temp.dir, 'lib3')],
    );
    expect(report.errors.join('\n')).toMatch(/database module is missing/);
    expect(report.windows).toEqual([]);
    expect(report.channels).toEqual([]);
  });
});
