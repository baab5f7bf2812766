import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/window-options';

const created = vi.hoisted(() => [] as Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn> }>);

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => {});
    once = vi.fn();
    constructor(options: unknown) {
      created.push({ options, loadURL: this.loadURL });
    }
  },
}));

describe('main window options', () => {
  it('isolates the renderer: no Node, sandbox, context isolation, web security', () => {
    const options = mainWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
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
      spellcheck: true,
    });
    expect(options.show).toBe(false);
  });

  it('paints the window in the theme’s page colour', () => {
    expect(mainWindowOptions('/p/preload.cjs').backgroundColor).toBe('#ffffff');
    expect(mainWindowOptions('/p/preload.cjs', true).backgroundColor).toBe('#1b1c20');
  });
});

describe('application menu', () => {
  it('has no zoom items (Ctrl/⌘ +, − and 0 size the reader’s text) but keeps the edit roles', async () => {
    const { appMenuTemplate } = await import('../../../electron/main/app-menu');
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const roles = JSON.stringify(appMenuTemplate(platform));
      expect(roles).not.toMatch(/zoomIn|zoomOut|resetZoom/);
      for (const role of ['copy', 'paste', 'cut', 'selectAll', 'undo']) expect(roles).toContain(`"role":"${role}"`);
    }
    expect(JSON.stringify(appMenuTemplate('darwin'))).toContain('"role":"appMenu"');
  });
});

describe('createMainWindow', () => {
  it('creates the window with those options and loads app://dossier/index.html', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    createMainWindow('/p/preload.cjs');
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toEqual(mainWindowOptions('/p/preload.cjs'));
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://dossier/index.html');
  });
});
