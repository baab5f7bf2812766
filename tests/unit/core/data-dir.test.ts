import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/core/data-dir';

describe('data folder', () => {
  it('follows Electron userData conventions per platform', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/config' })).toBe('/x/config/Dossier');
    expect(defaultDataDir('linux', {})).toMatch(/\.config\/Dossier$/);
    expect(defaultDataDir('darwin', {})).toMatch(/Library\/Application Support\/Dossier$/);
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Dossier');
  });

  it('prefers --data-dir, then DOSSIER_DATA_DIR, then the default', () => {
    expect(resolveDataDir('/from/flag', { DOSSIER_DATA_DIR: '/from/env' })).toBe('/from/flag');
    expect(resolveDataDir(undefined, { DOSSIER_DATA_DIR: '/from/env' })).toBe('/from/env');
    expect(resolveDataDir(undefined, {}, '/fallback')).toBe('/fallback');
  });
});
