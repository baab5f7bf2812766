import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface BrowserModeServer {
  url: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `dossier serve` exactly as a user would, on a fresh temporary library. */
export async function startBrowserModeServer(): Promise<BrowserModeServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin/dossier.mjs'), 'serve', '--no-open', '--port', '0', '--bridge-port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`dossier serve printed no URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dossier is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}:\n${output}`)));
  });
}
