import type { BridgeInfo } from '../../../shared/domain/bridge-info';
import type { Ingest } from '../ingest/ingest';
import type { SettingsRepo } from '../settings/settings-repo';
import { bookmarkletFor } from './bookmarklet';
import { DEFAULT_BRIDGE_PORT } from './bridge-defaults';
import type { BridgeClipResult } from './clip-request';
import { startClipperEndpoint, type ClipperEndpoint } from './clipper-endpoint';
import { isPairingKey, newPairingKey } from './pairing-key';

const KEY_SETTING = 'bridge.pairingKey';

export interface BridgeService {
  info(): BridgeInfo;
  resetKey(): BridgeInfo;
  close(): Promise<void>;
}

/**
 * The browser bridge as the app runs it: the clipper endpoint on a fixed port (so
 * installed bookmarklets keep working), the pairing key kept in the library, and
 * clips going through the same Ingest as every other way in. If the port is taken
 * the app still runs; the settings say why the bridge is off.
 */
export async function startBridgeService(options: { settings: SettingsRepo; ingest: Ingest; port?: number }): Promise<BridgeService> {
  const { settings, ingest } = options;
  const pairingKey = (): string => {
    const stored = settings.get<string>(KEY_SETTING);
    if (isPairingKey(stored)) return stored;
    const fresh = newPairingKey();
    settings.set(KEY_SETTING, fresh);
    return fresh;
  };
  const port = options.port ?? DEFAULT_BRIDGE_PORT;
  let endpoint: ClipperEndpoint | null = null;
  let failure: string | null = null;
  try {
    endpoint = await startClipperEndpoint({ port, pairingKey, clip: async (request) => clipResult(await ingest.fromBridge(request)) });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }

  const info = (): BridgeInfo => {
    const key = pairingKey();
    const origin = endpoint?.origin ?? `http://127.0.0.1:${port}`;
    return {
      status: endpoint ? 'listening' : 'unavailable',
      endpoint: origin,
      pairingKey: key,
      bookmarklet: bookmarkletFor({ endpoint: origin, pairingKey: key }),
      message: failure,
    };
  };
  return {
    info,
    resetKey: () => {
      settings.set(KEY_SETTING, newPairingKey());
      return info();
    },
    close: async () => {
      await endpoint?.close();
    },
  };
}

function clipResult(outcome: Awaited<ReturnType<Ingest['fromBridge']>>): BridgeClipResult {
  if (outcome.status === 'duplicate') return { id: outcome.existing.id, title: outcome.existing.title, status: 'duplicate' };
  return { id: outcome.clipping.id, title: outcome.clipping.title, status: outcome.status };
}
