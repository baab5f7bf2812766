import type { AppInfo } from '../../../shared/domain/app-info';
import type { BridgeInfo } from '../../../shared/domain/bridge-info';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import type { Ingest } from '../ingest/ingest';
import { originalView } from '../original/original-view';
import { loadSamples } from '../samples/load-samples';
import type { ApiHandlers } from './dispatch';

export interface HandlerDeps {
  clippings: ClippingsRepo;
  ingest: Ingest;
  bridge: { info(): BridgeInfo; resetKey(): BridgeInfo };
  /** The library's local copy of an image, for the original view. */
  mediaFor: (clippingId: number) => Map<string, { mediaType: string; bytes: Uint8Array }>;
  db: { transaction: <T>(fn: () => T) => () => T };
  info: AppInfo;
}

/** The core's implementation of every contract method. */
export function createApiHandlers({ clippings, ingest, bridge, mediaFor, db, info }: HandlerDeps): ApiHandlers {
  return {
    'app.info': () => info,
    'clippings.list': (params) => clippings.list(params),
    'clippings.get': ({ id }) => clippings.get(id),
    'clippings.create': (params) => ingest.fromPaste(params),
    'clippings.importFile': ({ dataBase64, ...params }) => ingest.fromFile({ ...params, bytes: Buffer.from(dataBase64, 'base64') }),
    'clippings.createFromUrl': (params) => ingest.fromUrl(params),
    'clippings.update': ({ id, title, meta }) => clippings.updateMetadata(id, { ...meta, title }),
    'clippings.versions': ({ id }) => clippings.versions(id),
    'clippings.original': ({ id }) => originalView(clippings.snapshot(id), mediaFor(id), clippings.summary(id).sourceUrl),
    'clippings.trash': ({ id }) => clippings.trash(id),
    'clippings.restore': ({ id }) => clippings.restore(id),
    'samples.load': () => loadSamples(clippings, db),
    'bridge.info': () => bridge.info(),
    'bridge.resetKey': () => bridge.resetKey(),
  };
}
