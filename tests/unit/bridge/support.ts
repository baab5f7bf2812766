import { vi } from 'vitest';
import type { BridgeClipRequest, BridgeClipResult } from '../../../electron/core/bridge/clip-request';
import { startClipperEndpoint, type ClipperEndpoint } from '../../../electron/core/bridge/clipper-endpoint';

export const PAIRING_KEY = 'TestPairingKey_0123456789';

/** A clipper endpoint on a free port whose `clip` only records what it was given. */
export async function startTestEndpoint(options: { maxBodyBytes?: number } = {}) {
  const clip = vi.fn(
    async (request: BridgeClipRequest): Promise<BridgeClipResult> => ({ id: 7, title: request.title ?? 'Untitled', status: 'created' }),
  );
  const onError = vi.fn();
  let key = PAIRING_KEY;
  const endpoint: ClipperEndpoint = await startClipperEndpoint({ port: 0, pairingKey: () => key, clip, onError, ...options });
  return {
    endpoint,
    clip,
    onError,
    setKey: (next: string) => {
      key = next;
    },
  };
}

export const article = {
  url: 'https://news.example/2024/harbour-bridge',
  title: 'Harbour bridge reopens',
  html: '<html><head><title>Harbour bridge reopens</title></head><body><p>The bridge reopened.</p></body></html>',
};
