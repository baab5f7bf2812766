import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where scripts/build-electron-native.mjs writes better-sqlite3 built for Electron's ABI. */
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';
/** Where electron-builder's extraResources puts it in a packaged app. */
export const PACKAGED_NATIVE_DIR = 'native';

export interface NativeBindingLocation {
  packaged: boolean;
  /** The project root in development (app.getAppPath()). */
  appPath: string;
  /** process.resourcesPath in a packaged app. */
  resourcesPath: string;
}

export function nativeBindingPath({ packaged, appPath, resourcesPath }: NativeBindingLocation): string {
  return packaged ? join(resourcesPath, PACKAGED_NATIVE_DIR, NATIVE_FILE) : join(appPath, NATIVE_DIR, NATIVE_FILE);
}

/** The path, or an Error that says what to do. */
export function requireNativeBinding(location: NativeBindingLocation, exists: (file: string) => boolean = existsSync): string {
  const file = nativeBindingPath(location);
  if (exists(file)) return file;
  throw new Error(
    location.packaged
      ? `Dossier's database module is missing from this installation (${file}). Reinstall Dossier.`
      : `better-sqlite3 for Electron is missing (${file}): run npm start, which builds it.`,
  );
}
