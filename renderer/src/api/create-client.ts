import { buildClient, type DossierClient } from '../../../shared/api/client';
import { bridgeInvoke } from './bridge-transport';
import { httpInvoke } from './http-transport';
import { forgetSessionToken, takeSessionToken } from './session-token';

export type Connection =
  | { kind: 'ready'; client: DossierClient; transport: 'bridge' | 'http' }
  | { kind: 'missing-token' };

/** One client for the whole app, over the preload bridge if present, else HTTP. */
export function connect(onForbidden: () => void): Connection {
  if (window.dossierBridge) {
    return { kind: 'ready', client: buildClient(bridgeInvoke(window.dossierBridge)), transport: 'bridge' };
  }
  const token = takeSessionToken();
  if (!token) return { kind: 'missing-token' };
  const invoke = httpInvoke(token, () => {
    forgetSessionToken();
    onForbidden();
  });
  return { kind: 'ready', client: buildClient(invoke), transport: 'http' };
}
