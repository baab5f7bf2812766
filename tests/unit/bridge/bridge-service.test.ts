import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridgeService, type BridgeService } from '../../../electron/core/bridge/bridge-service';
import { openLibrary, type Library } from '../../../electron/core/library';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let library: Library;
let bridge: BridgeService;

beforeEach(async () => {
  temp = makeTempDir();
  library = openLibrary({ dataDir: temp.dir, mode: 'browser', downloadImages: false });
  bridge = await startBridgeService({ settings: library.settings, ingest: library.ingest, port: 0 });
  library.useBridge(bridge);
});
afterEach(async () => {
  await bridge.close();
  library.close();
  temp.cleanup();
});

const PAGE = '<html><head><title>Lantern Corps</title></head><body><article><h1>Lantern Corps</h1><p>Forty thousand volunteers will plant trees in the valley this spring, the ministry said on Monday.</p></article></body></html>';

function post(key: string) {
  const { endpoint } = bridge.info();
  return fetch(`${endpoint}/clip`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Pairing-Key': key, Origin: 'https://news.example' },
    body: JSON.stringify({ url: 'https://news.example/lantern', title: 'Lantern Corps', html: PAGE }),
  });
}

describe('the browser bridge in a running library', () => {
  it('stores a page sent with the pairing key, as a bridge clipping', async () => {
    const info = bridge.info();
    expect(info).toMatchObject({ status: 'listening', message: null });
    expect(info.bookmarklet.startsWith('javascript:')).toBe(true);
    const reply = await post(info.pairingKey);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ status: 'created', title: 'Lantern Corps' });
    expect(library.list.page({ view: 'library', query: '', sort: 'captured', limit: 10 }).items).toMatchObject([
      { origin: 'bridge', sourceUrl: 'https://news.example/lantern', title: 'Lantern Corps' },
    ]);
  });

  it('refuses a wrong key and stores nothing; a reset key replaces the old one, and is kept', async () => {
    expect((await post('x'.repeat(24))).status).toBe(403);
    const old = bridge.info().pairingKey;
    const fresh = bridge.resetKey().pairingKey;
    expect(fresh).not.toBe(old);
    expect((await post(old)).status).toBe(403);
    expect(library.list.counts().library).toBe(0);
    expect((await post(fresh)).status).toBe(200);
    expect(library.settings.get('bridge.pairingKey')).toBe(fresh);
  });

  it('keeps the app running and says why when the port is taken', async () => {
    const port = Number(new URL(bridge.info().endpoint).port);
    const second = await startBridgeService({ settings: library.settings, ingest: library.ingest, port });
    expect(second.info()).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/already in use/) });
    await second.close();
  });
});
