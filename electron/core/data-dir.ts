import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Dossier';
export const DATABASE_FILE_NAME = 'dossier.sqlite';

/**
 * Where the library lives when nothing overrides it: the same folder Electron's
 * `app.getPath('userData')` gives, so desktop and browser mode share one library.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** `--data-dir DIR` wins over `DOSSIER_DATA_DIR`, which wins over the platform default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, fallback?: string): string {
  if (flag) return resolve(flag);
  if (env.DOSSIER_DATA_DIR) return resolve(env.DOSSIER_DATA_DIR);
  return fallback ?? defaultDataDir(process.platform, env);
}

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}
