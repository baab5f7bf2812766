import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/api/bridge';
import { methodNames } from '../../../shared/api/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string) => ({ ok: true, result: { channel } })),
    send: vi.fn(),
    on: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

/** Every property path in the exposed object, with its value. */
function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('preload', async () => {
  await import('../../../electron/preload/preload');
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls;
  const api = calls[0]?.[1] as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

  it(`exposes one object on window.${BRIDGE_GLOBAL}`, () => {
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(BRIDGE_GLOBAL);
  });

  it('exposes exactly the contract methods, as nested named functions', () => {
    const paths = leaves(api);
    expect(paths.map(([path]) => path).sort()).toEqual([...methodNames].sort());
    for (const [, value] of paths) expect(typeof value).toBe('function');
  });

  it('exposes no ipcRenderer, generic invoke/send or listener', () => {
    const keys = leaves(api).flatMap(([path]) => path.split('.'));
    for (const banned of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'call']) expect(keys).not.toContain(banned);
    const values = leaves(api).map(([, value]) => value);
    for (const fn of Object.values(electron.ipcRenderer)) expect(values).not.toContain(fn);
    expect(values).not.toContain(electron.ipcRenderer);
  });

  it('a call invokes that method’s channel with the input and returns the envelope', async () => {
    await expect(api.clippings!.list!({ limit: 5 })).resolves.toEqual({ ok: true, result: { channel: 'dossier:clippings.list' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('dossier:clippings.list', { limit: 5 });
    await api.app!.info!();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('dossier:app.info', {});
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
