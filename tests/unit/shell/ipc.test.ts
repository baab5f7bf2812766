import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch, type ApiHandlers, type Dispatch } from '../../../electron/core/api/dispatch';
import {
  createSenderCheck,
  FORBIDDEN_MESSAGE,
  registerApi,
  registerChannel,
  type InvokeEventLike,
  type InvokeListener,
  type IpcMainLike,
  type WebContentsLike,
} from '../../../electron/main/ipc';
import { channelFor, methodNames } from '../../../shared/api/contract';

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  async invoke(channel: string, event: InvokeEventLike, input: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, input);
  }
}

const mainFrame = { parent: null, url: 'app://dossier/index.html', processId: 7, routingId: 1 };
const mainContents = { id: 1, mainFrame };
const otherFrame = { parent: null, url: 'app://dossier/index.html', processId: 9, routingId: 1 };
const otherContents = { id: 2, mainFrame: otherFrame };

const trusted: InvokeEventLike = { sender: mainContents, senderFrame: mainFrame };

function fakeHandlers() {
  const entries = methodNames.map((method) => [method, vi.fn((params: unknown) => ({ method, params }))] as const);
  return Object.fromEntries(entries) as unknown as ApiHandlers & Record<string, ReturnType<typeof vi.fn>>;
}

describe('registerApi', () => {
  let ipc: FakeIpcMain;
  let handlers: ReturnType<typeof fakeHandlers>;
  let dispatch: Dispatch & ReturnType<typeof vi.fn>;
  let mainWebContents: typeof mainContents | null;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    ipc = new FakeIpcMain();
    handlers = fakeHandlers();
    const real = createDispatch(handlers, () => {});
    dispatch = vi.fn(real) as Dispatch & ReturnType<typeof vi.fn>;
    mainWebContents = mainContents;
    registerApi(ipc, dispatch, createSenderCheck(() => mainWebContents));
  });
  afterEach(() => vi.restoreAllMocks());

  it('registers exactly one channel per contract method, and nothing else', () => {
    const expected = methodNames.map(channelFor).sort();
    expect([...ipc.listeners.keys()].sort()).toEqual(expected);
    expect(expected).toContain('dossier:clippings.list');
    expect(registerApi(new FakeIpcMain(), dispatch, () => true).sort()).toEqual(expected);
  });

  it('passes a trusted call to dispatch, which validates and applies defaults', async () => {
    const reply = await ipc.invoke('dossier:clippings.list', trusted, { limit: 5 });
    expect(dispatch).toHaveBeenCalledWith('clippings.list', { limit: 5 });
    expect(reply).toEqual({ ok: true, result: { method: 'clippings.list', params: { view: 'library', query: '', sort: 'captured', limit: 5 } } });
  });

  it('answers invalid_input for a bad input without calling the handler', async () => {
    const reply = (await ipc.invoke('dossier:clippings.get', trusted, { id: 'one' })) as { ok: boolean; error: { code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('invalid_input');
    expect(handlers['clippings.get']).not.toHaveBeenCalled();

    const oversized = (await ipc.invoke('dossier:clippings.list', trusted, { limit: 10_000_000 })) as { error: { code: string } };
    expect(oversized.error.code).toBe('invalid_input');
    expect(handlers['clippings.list']).not.toHaveBeenCalled();
  });

  const untrusted: Array<[string, InvokeEventLike]> = [
    ['an iframe (parent is not null)', { sender: mainContents, senderFrame: { ...mainFrame, parent: mainFrame, routingId: 5 } }],
    ['another origin', { sender: mainContents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } }],
    ['a file: page', { sender: mainContents, senderFrame: { ...mainFrame, url: 'file:///home/me/evil.html' } }],
    ['another app: host', { sender: mainContents, senderFrame: { ...mainFrame, url: 'app://evil/index.html' } }],
    ['a look-alike app: host', { sender: mainContents, senderFrame: { ...mainFrame, url: 'app://dossier.evil.example/index.html' } }],
    ['app: with a port', { sender: mainContents, senderFrame: { ...mainFrame, url: 'app://dossier:8080/index.html' } }],
    ['a frame that is gone (senderFrame null)', { sender: mainContents, senderFrame: null }],
    ['another webContents', { sender: otherContents, senderFrame: otherFrame }],
    ['the main frame reported by another webContents', { sender: otherContents, senderFrame: mainFrame }],
    ['a top-level frame that is not the main frame of the main window', { sender: mainContents, senderFrame: otherFrame }],
  ];

  it.each(untrusted)('refuses %s without calling dispatch', async (_name, event) => {
    const reply = await ipc.invoke('dossier:clippings.list', event, {});
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: FORBIDDEN_MESSAGE } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(handlers['clippings.list']).not.toHaveBeenCalled();
  });

  it('refuses every call once the main window is gone', async () => {
    mainWebContents = null;
    const reply = (await ipc.invoke('dossier:app.info', trusted, {})) as { error: { code: string } };
    expect(reply.error.code).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses when reading the sender frame throws', async () => {
    const event = {
      sender: mainContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    const reply = (await ipc.invoke('dossier:app.info', event, {})) as { error: { code: string } };
    expect(reply.error.code).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an internal error envelope', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const local = new FakeIpcMain();
    registerApi(local, async () => { throw new Error('boom'); }, () => true);
    const reply = (await local.invoke('dossier:app.info', trusted, {})) as { ok: boolean; error: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('createSenderCheck rules, each on its own', () => {
  // A webContents that does not report its main frame: only the frame's own fields decide.
  const contents: WebContentsLike & { id: number } = { id: 3 };
  const check = createSenderCheck(() => contents);
  const top = { parent: null, url: 'app://dossier/index.html' };

  it('accepts the top-level app://dossier frame of the main webContents', () => {
    expect(check({ sender: contents, senderFrame: top })).toBe(true);
  });
  it('refuses a subframe even when it shows app://dossier', () => {
    expect(check({ sender: contents, senderFrame: { ...top, parent: top } })).toBe(false);
  });
  it('refuses the same frame reported by another webContents', () => {
    expect(check({ sender: { id: 3 }, senderFrame: top })).toBe(false);
  });
  it.each(['https://evil.example/', 'app://dossier.evil/', 'file:///index.html', 'about:blank', ''])('refuses a frame at %s', (url) => {
    expect(check({ sender: contents, senderFrame: { ...top, url } })).toBe(false);
  });
});

describe('registerChannel', () => {
  it.each(['clippings.drop', 'dossier:clippings.list', 'toString', '__proto__', ''])('refuses to register "%s"', (name) => {
    const ipc = new FakeIpcMain();
    const handle = vi.spyOn(ipc, 'handle');
    expect(() => registerChannel(ipc, name, () => null)).toThrow(/not a contract method/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('registers a contract method on its dossier: channel', () => {
    const ipc = new FakeIpcMain();
    expect(registerChannel(ipc, 'samples.load', () => null)).toBe('dossier:samples.load');
    expect([...ipc.listeners.keys()]).toEqual(['dossier:samples.load']);
  });
});
