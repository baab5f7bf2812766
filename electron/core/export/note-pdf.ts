import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api/errors';

/**
 * A note's HTML export printed to PDF. The desktop shell can pass Electron's own
 * `webContents.printToPDF` as `printToPdf` (the core never imports electron); without
 * it the page is printed by headless Chromium or Google Chrome found on this machine
 * ($DOSSIER_CHROMIUM, then the usual names on PATH). The HTML goes to a private temp
 * folder that is removed afterwards, whatever happens; Chromium gets a time limit.
 */
/** Prints a standalone HTML page to PDF bytes (the desktop shell: Electron's printToPDF). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface PdfOptions {
  printToPdf?: PdfPrinter;
  /** The browser to run; default: found as described above. */
  chromium?: string | null;
  /** Milliseconds before Chromium is stopped (default 60 s). */
  timeoutMs?: number;
}

export const NO_CHROMIUM_MESSAGE =
  'PDF export needs Chromium or Google Chrome; install it (on Debian: apt-get install chromium) or export HTML and print it. ' +
  'Set DOSSIER_CHROMIUM to the browser’s path if it is installed somewhere else.';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  if (options.printToPdf) return Buffer.from(await options.printToPdf(html));
  const browser = options.chromium === undefined ? findChromium() : options.chromium;
  if (!browser) throw new ApiError('not_found', NO_CHROMIUM_MESSAGE);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-pdf-'));
  try {
    const page = join(dir, 'note.html');
    const out = join(dir, 'note.pdf');
    await writeFile(page, html, { mode: 0o600 });
    await run(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-extensions',
        '--no-first-run',
        '--no-default-browser-check',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        pathToFileURL(page).href,
      ],
      options.timeoutMs ?? 60_000,
    );
    const pdf = await readFile(out).catch(() => null);
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ApiError('internal', `${browser} ran but wrote no PDF. Export HTML and print it instead.`);
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** $DOSSIER_CHROMIUM, else the first Chromium or Chrome on PATH; null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const set = env.DOSSIER_CHROMIUM?.trim();
  if (set) return executable(set) ? set : null;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return null;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const timedOut = (error as { killed?: boolean }).killed === true;
      const detail = String(stderr).trim().split('\n').slice(-2).join(' ').slice(0, 300);
      reject(
        new ApiError(
          'internal',
          timedOut
            ? `Printing the PDF took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. Export HTML and print it instead.`
            : `${command} could not print the PDF${detail ? `: ${detail}` : ''}. Export HTML and print it instead.`,
        ),
      );
    });
  });
}
