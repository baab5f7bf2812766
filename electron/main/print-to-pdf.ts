import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { ApiError } from '../../shared/api/errors';
import { pdfWindowOptions } from './window-options';

const TIME_LIMIT_MS = 60_000;
const INSTEAD = 'Export HTML and print it instead.';

/**
 * Electron's printToPDF for the core's PDF export (the core never imports electron). The
 * note's standalone HTML is written to a private temp folder (mkdtemp: 0700), loaded in a
 * hidden window without JavaScript (`pdfWindowOptions`) and printed. The window and the
 * folder are removed whatever happens, and a page that has not printed within the time
 * limit is abandoned — printToPDF can hang on some pages.
 */
export function createPdfPrinter(timeLimitMs = TIME_LIMIT_MS): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-pdf-'));
    let window: BrowserWindow | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const page = join(dir, 'note.html');
      await writeFile(page, html, { mode: 0o600 });
      window = new BrowserWindow(pdfWindowOptions());
      const printing = print(window, page);
      // After a timeout the destroyed window fails this too; nobody waits for it any more.
      printing.catch(() => {});
      const timeUp = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new ApiError('internal', `Printing the PDF took longer than ${Math.ceil(timeLimitMs / 1000)} s and was stopped. ${INSTEAD}`)),
          timeLimitMs,
        );
      });
      return await Promise.race([printing, timeUp]);
    } finally {
      clearTimeout(timer);
      if (window && !window.isDestroyed()) window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}

async function print(window: BrowserWindow, page: string): Promise<Uint8Array> {
  try {
    await window.loadFile(page);
    return await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    throw new ApiError('internal', `Dossier could not print the PDF (${error instanceof Error ? error.message : String(error)}). ${INSTEAD}`);
  }
}
