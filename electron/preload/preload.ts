import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge';
import { buildClient } from '../../shared/api/client';
import { channelFor } from '../../shared/api/contract';

/**
 * Sandboxed preload (bundled to one CommonJS file). The page gets one named function
 * per contract method — `dossierBridge.clippings.list(input)` — and nothing else:
 * never ipcRenderer, never a generic invoke/send. Each resolves to the raw Envelope.
 */
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildClient((method, input) => ipcRenderer.invoke(channelFor(method), input)),
);
