import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { guardNavigation } from '../../../electron/main/navigation';

type Listener = (event: { url?: string; isMainFrame?: boolean; preventDefault: () => void }) => void;

class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron; returns whether the default was prevented. */
  emit(name: string, details: { url?: string; isMainFrame?: boolean } = {}): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => { prevented = true; } };
    const listeners = this.listeners.get(name) ?? [];
    if (listeners.length === 0) throw new Error(`nothing listens to ${name}`);
    for (const listener of listeners) listener(event);
    return prevented;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const foreign = [
  'https://example.com/story',
  'http://example.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://evil/index.html',
  'app://dossier.evil.example/index.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
];
const notWeb = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://evil/index.html',
  'app://dossier/index.html',
  'data:text/html,hi',
  'mailto:a@example.com',
  'not a url',
  '',
];

describe('guardNavigation', () => {
  let contents: FakeContents;
  let openExternal: Mock<(url: string) => Promise<void>>;

  beforeEach(() => {
    contents = new FakeContents();
    openExternal = vi.fn(async () => {});
    guardNavigation(contents as never, openExternal);
  });

  it('lets the app navigate within app://dossier', async () => {
    expect(contents.emit('will-navigate', { url: 'app://dossier/index.html', isMainFrame: true })).toBe(false);
    expect(contents.emit('will-redirect', { url: 'app://dossier/index.html#/trash', isMainFrame: true })).toBe(false);
    expect(contents.emit('will-frame-navigate', { url: 'app://dossier/index.html', isMainFrame: true })).toBe(false);
    await flush();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(foreign)('blocks navigation and redirects to %s', (url) => {
    expect(contents.emit('will-navigate', { url, isMainFrame: true })).toBe(true);
    expect(contents.emit('will-frame-navigate', { url, isMainFrame: false })).toBe(true);
    expect(contents.emit('will-redirect', { url, isMainFrame: true })).toBe(true);
  });

  it('sends a followed http(s) link to the system browser, but never a redirect or a subframe', async () => {
    contents.emit('will-navigate', { url: 'https://example.com/story', isMainFrame: true });
    contents.emit('will-redirect', { url: 'https://redirected.example/', isMainFrame: true });
    contents.emit('will-navigate', { url: 'https://frame.example/', isMainFrame: false });
    await flush();
    expect(openExternal.mock.calls).toEqual([['https://example.com/story']]);
  });

  it.each(notWeb)('never opens %s externally when navigated to', async (url) => {
    contents.emit('will-navigate', { url, isMainFrame: true });
    await flush();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window and opens only http/https externally', async () => {
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.com/b' })).toEqual({ action: 'deny' });
    for (const url of notWeb) expect(open({ url })).toEqual({ action: 'deny' });
    await flush();
    expect(openExternal.mock.calls).toEqual([['https://example.com/a'], ['http://example.com/b']]);
  });

  it('prevents attaching a <webview>', () => {
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('survives openExternal failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await flush();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
