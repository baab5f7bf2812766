import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pdfWindowOptions } from '../../../electron/main/window-options';

/** What the fake window saw: its options, the page it loaded (read while it was there), whether it was destroyed. */
interface Seen {
  options: unknown;
  page: string | null;
  html: string | null;
  folderMode: number | null;
  fileMode: number | null;
  destroyed: boolean;
}
const windows = vi.hoisted(() => [] as Seen[]);
const behaviour = vi.hoisted(() => ({ load: 'ok' as 'ok' | 'fail' | 'hang' }));

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly seen: Seen;
    readonly webContents = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 printed')) };
    constructor(options: unknown) {
      this.seen = { options, page: null, html: null, folderMode: null, fileMode: null, destroyed: false };
      windows.push(this.seen);
    }
    async loadFile(page: string) {
      Object.assign(this.seen, {
        page,
        html: readFileSync(page, 'utf8'),
        folderMode: statSync(dirname(page)).mode & 0o777,
        fileMode: statSync(page).mode & 0o777,
      });
      if (behaviour.load === 'fail') throw new Error("ERR_FAILED (-2) loading 'file:///note.html'");
      if (behaviour.load === 'hang') await new Promise(() => {});
    }
    isDestroyed() {
      return this.seen.destroyed;
    }
    destroy() {
      this.seen.destroyed = true;
    }
  },
}));

const { createPdfPrinter } = await import('../../../electron/main/print-to-pdf');
const HTML = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body><h1>Brief</h1></body></html>';

beforeEach(() => {
  windows.length = 0;
  behaviour.load = 'ok';
});

describe('the PDF window', () => {
  it('runs no script and reaches nothing: offscreen, never shown, JavaScript off, sandboxed, isolated, no preload, no Node, its own session', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      offscreen: true,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      devTools: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    // An in-memory partition (no "persist:"): nothing of the app's own session is shared.
    expect(options.webPreferences?.partition).toBe('dossier-pdf');
  });
});

describe('createPdfPrinter', () => {
  it('loads the HTML from a private temp folder in that window, prints it, then destroys the window and removes the folder', async () => {
    const pdf = await createPdfPrinter()(HTML);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 printed');
    expect(windows).toHaveLength(1);
    const [seen] = windows;
    expect(seen!.options).toEqual(pdfWindowOptions());
    expect(seen!.html).toBe(HTML);
    expect(dirname(dirname(seen!.page!))).toBe(tmpdir());
    expect(seen!.page).toMatch(/dossier-pdf-[^/]+\/note\.html$/);
    expect(seen!.folderMode).toBe(0o700);
    expect(seen!.fileMode).toBe(0o600);
    expect(seen!.destroyed).toBe(true);
    expect(existsSync(dirname(seen!.page!))).toBe(false);
  });

  it('says so in words when the page cannot be loaded, and still cleans up', async () => {
    behaviour.load = 'fail';
    await expect(createPdfPrinter()(HTML)).rejects.toThrow(
      "Dossier could not print the PDF (ERR_FAILED (-2) loading 'file:///note.html'). Export HTML and print it instead.",
    );
    expect(windows[0]!.destroyed).toBe(true);
    expect(existsSync(dirname(windows[0]!.page!))).toBe(false);
  });

  it('gives up on a page that never loads after the time limit, destroying the window and removing the folder', async () => {
    behaviour.load = 'hang';
    await expect(createPdfPrinter(50)(HTML)).rejects.toThrow(/^Printing the PDF took longer than 1 s and was stopped\. Export HTML and print it instead\.$/);
    expect(windows[0]!.destroyed).toBe(true);
    expect(existsSync(dirname(windows[0]!.page!))).toBe(false);
  });
});
