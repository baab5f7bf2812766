export type RunMode = 'desktop' | 'browser' | 'cli';

export interface AppInfo {
  version: string;
  mode: RunMode;
  dataDir: string;
  databaseFile: string;
}
