import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseShellArgs } from '../../../electron/main/args';
import { nativeBindingPath, requireNativeBinding } from '../../../electron/main/native-binding';

describe('parseShellArgs', () => {
  it('reads --data-dir DIR and --data-dir=DIR, ignoring everything else', () => {
    expect(parseShellArgs(['.', '--data-dir', '/tmp/lib'])).toEqual({ dataDir: '/tmp/lib' });
    expect(parseShellArgs(['--enable-logging', '--data-dir=/tmp/x'])).toEqual({ dataDir: '/tmp/x' });
    expect(parseShellArgs(['.', '--no-sandbox'])).toEqual({});
    expect(parseShellArgs(['--data-dir'])).toEqual({});
    expect(parseShellArgs(['--data-dir', '--other'])).toEqual({});
  });
});

describe('native binding', () => {
  it('is .electron-native/ in development and resources/native/ when packaged', () => {
    expect(nativeBindingPath({ packaged: false, appPath: '/proj', resourcesPath: '/res' })).toBe(join('/proj', '.electron-native', 'better_sqlite3.node'));
    expect(nativeBindingPath({ packaged: true, appPath: '/res/app.asar', resourcesPath: '/res' })).toBe(join('/res', 'native', 'better_sqlite3.node'));
  });

  it('explains how to get it when it is missing', () => {
    const location = { packaged: false, appPath: '/proj', resourcesPath: '/res' };
    expect(() => requireNativeBinding(location, () => false)).toThrow(/run npm start, which builds it/);
    expect(() => requireNativeBinding({ ...location, packaged: true }, () => false)).toThrow(/Reinstall Dossier/);
    expect(requireNativeBinding(location, () => true)).toBe(join('/proj', '.electron-native', 'better_sqlite3.node'));
  });
});

describe('npm start environment check', async () => {
  const start = (await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/start.mjs')).href)) as {
    environmentBlocker: (o: { platform: string; env: Record<string, string>; uid?: number }) => string | null;
  };

  it('falls back on Linux without a display, or as root', () => {
    expect(start.environmentBlocker({ platform: 'linux', env: {}, uid: 1000 })).toMatch(/No display/);
    expect(start.environmentBlocker({ platform: 'linux', env: { DISPLAY: ':0' }, uid: 0 })).toMatch(/root/);
    expect(start.environmentBlocker({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, uid: 1000 })).toBeNull();
    expect(start.environmentBlocker({ platform: 'darwin', env: {}, uid: 501 })).toBeNull();
    expect(start.environmentBlocker({ platform: 'win32', env: {} })).toBeNull();
  });
});

describe('npm start mode choice', async () => {
  type Choice = { mode: 'electron'; binary: string } | { mode: 'browser'; reason: string };
  const start = (await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/start.mjs')).href)) as {
    chooseMode: (deps: Record<string, unknown>) => Promise<Choice>;
  };
  const base = () => ({
    blocker: () => null,
    findElectron: () => '/electron/dist/electron',
    installElectron: vi.fn(),
    nativeIsCurrent: () => true,
    buildNative: vi.fn(async () => {}),
    log: () => {},
  });

  it('runs Electron when the runtime and the native module are there', async () => {
    const deps = base();
    await expect(start.chooseMode(deps)).resolves.toEqual({ mode: 'electron', binary: '/electron/dist/electron' });
    expect(deps.installElectron).not.toHaveBeenCalled();
    expect(deps.buildNative).not.toHaveBeenCalled();
  });

  it('does not download anything when the machine cannot show Electron', async () => {
    const deps = { ...base(), blocker: () => 'No display found', findElectron: () => null };
    await expect(start.chooseMode(deps)).resolves.toEqual({ mode: 'browser', reason: 'No display found' });
    expect(deps.installElectron).not.toHaveBeenCalled();
  });

  it('tries the download once, then falls back when the runtime is still missing', async () => {
    const deps = { ...base(), findElectron: () => null };
    await expect(start.chooseMode(deps)).resolves.toEqual({ mode: 'browser', reason: 'Electron runtime could not be downloaded (offline?)' });
    expect(deps.installElectron).toHaveBeenCalledTimes(1);
  });

  it('uses a runtime the download produced', async () => {
    let installed = false;
    const deps = { ...base(), findElectron: () => (installed ? '/e' : null), installElectron: vi.fn(() => { installed = true; }) };
    await expect(start.chooseMode(deps)).resolves.toEqual({ mode: 'electron', binary: '/e' });
  });

  it('builds a missing native module, and falls back when that fails', async () => {
    const ok = { ...base(), nativeIsCurrent: () => false };
    await expect(start.chooseMode(ok)).resolves.toMatchObject({ mode: 'electron' });
    expect(ok.buildNative).toHaveBeenCalledTimes(1);
    const failing = { ...base(), nativeIsCurrent: () => false, buildNative: vi.fn(async () => { throw new Error('offline'); }) };
    await expect(start.chooseMode(failing)).resolves.toEqual({ mode: 'browser', reason: 'better-sqlite3 could not be built for Electron (offline?)' });
  });
});
