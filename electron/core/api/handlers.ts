import type { AppInfo } from '../../../shared/domain/app-info';
import { prepareFromFile, prepareFromPaste } from '../capture/prepare-clipping';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import { loadSamples } from '../samples/load-samples';
import type { ApiHandlers } from './dispatch';

export interface HandlerDeps {
  clippings: ClippingsRepo;
  db: { transaction: <T>(fn: () => T) => () => T };
  info: AppInfo;
}

/** The core's implementation of every contract method. */
export function createApiHandlers({ clippings, db, info }: HandlerDeps): ApiHandlers {
  return {
    'app.info': () => info,
    'clippings.list': (params) => clippings.list(params),
    'clippings.get': ({ id }) => clippings.get(id),
    'clippings.create': async (params) => {
      const prepared = await prepareFromPaste(params);
      return clippings.insert(prepared, { origin: 'paste', sourceUrl: params.url });
    },
    'clippings.importFile': async ({ fileName, dataBase64, title, url }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const prepared = await prepareFromFile({ fileName, bytes, title, url });
      return clippings.insert(prepared, { origin: 'file', sourceUrl: url, fileName });
    },
    'clippings.update': ({ id, title }) => clippings.rename(id, title),
    'clippings.trash': ({ id }) => clippings.trash(id),
    'clippings.restore': ({ id }) => clippings.restore(id),
    'samples.load': () => loadSamples(clippings, db),
  };
}
