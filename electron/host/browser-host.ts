import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../shared/api/errors';
import type { Dispatch } from '../core/api/dispatch';
import { parseMediaPath } from '../core/media/media-url';
import { handleApiRequest } from './api-route';
import { handleMediaRequest, type ReadMedia } from './media-route';
import { sendError } from './http-replies';
import { refusalFor } from './request-guards';
import { handleStaticRequest } from './static-route';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export interface HostOptions {
  dispatch: Dispatch;
  port?: number;
  rendererDir?: string;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  /** Stored images, served at /media/<sha256>. */
  readMedia?: ReadMedia;
}

export interface RunningHost {
  port: number;
  token: string;
  /** The address to open, token in the fragment (never sent to the server in a request line). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Browser mode: the same core and contract as the desktop, over HTTP on 127.0.0.1 only. */
export async function startBrowserHost(options: HostOptions): Promise<RunningHost> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new ApiError('internal', `The user interface is not built yet (no ${join(rendererDir, 'index.html')}). Run "npm run build" first.`);
  }
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    const refusal = refusalFor(request, port);
    if (refusal) return sendError(response, 'forbidden', refusal, 403);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) {
      handleApiRequest(request, response, path.slice('/api/'.length), options.dispatch, token).catch(() => {
        if (!response.headersSent) sendError(response, 'internal', 'The request could not be read.', 400);
      });
      return;
    }
    const media = parseMediaPath(path);
    if (media && options.readMedia) return handleMediaRequest(request, response, media, options.readMedia);
    handleStaticRequest(request, response, rendererDir);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open; without this, close() waits for them.
        server.closeAllConnections();
      }),
  };
}
