import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIP_FORM_PATH, CLIP_PATH } from './bridge-defaults';
import { sendEmpty, sendJsonError } from './bridge-replies';
import { handleClipForm } from './clip-form-route';
import { handleClipJson } from './clip-json-route';
import type { ClipFunction } from './clip-outcome';
import { MAX_BRIDGE_BODY_BYTES } from './clip-request';
import { preflightHeaders } from './cors';
import type { RouteContext } from './route-context';

export interface ClipperEndpointOptions {
  /** 0 = any free port. */
  port: number;
  /** Read on each request, so a reset key takes effect at once. */
  pairingKey: () => string;
  clip: ClipFunction;
  /** Unexpected errors from `clip` (the browser gets no details); console.error by default. */
  onError?: (error: unknown) => void;
  /** Tests use a small one. */
  maxBodyBytes?: number;
}

export interface ClipperEndpoint {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * The browser bridge's local endpoint: the bookmarklet posts the page the user is
 * reading here. Every web page can reach 127.0.0.1, so requests are admitted only by
 * the pairing key Dossier showed the user, and only when addressed to this machine by
 * name (a rebound DNS name would carry its own Host).
 */
export async function startClipperEndpoint(options: ClipperEndpointOptions): Promise<ClipperEndpoint> {
  const context: RouteContext = {
    pairingKey: options.pairingKey,
    clip: options.clip,
    onError: options.onError ?? ((error) => console.error('[dossier] browser bridge:', error)),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BRIDGE_BODY_BYTES,
  };
  let port = 0;
  const server = createServer((request, response) => {
    route(request, response, port, context).catch((error: unknown) => {
      // An upload the browser abandoned is not worth a log line.
      if (request.complete) context.onError(error);
      if (!response.headersSent) sendJsonError(response, 400, 'invalid_input', 'The request could not be read.');
      else response.destroy();
    });
  });
  // Nothing legitimate takes long on loopback; a stalled client must not hold a socket.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(request: IncomingMessage, response: ServerResponse, port: number, context: RouteContext): Promise<void> {
  if (!isOwnHost(request.headers.host, port)) {
    return sendJsonError(response, 403, 'forbidden', 'Requests must be addressed to 127.0.0.1.');
  }
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === CLIP_PATH) {
    if (request.method === 'OPTIONS') {
      const headers = preflightHeaders(request);
      return headers ? sendEmpty(response, 204, headers) : sendEmpty(response, 403);
    }
    if (request.method === 'POST') return handleClipJson(request, response, context);
    return sendJsonError(response, 405, 'invalid_input', 'Clips are sent with POST.', { Allow: 'POST, OPTIONS' });
  }
  if (path === CLIP_FORM_PATH) {
    if (request.method === 'POST') return handleClipForm(request, response, context);
    return sendJsonError(response, 405, 'invalid_input', 'Clips are sent with POST.', { Allow: 'POST' });
  }
  sendJsonError(response, 404, 'not_found', 'Nothing here: the browser bridge only accepts clips.');
}

function isOwnHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}`;
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenFailure(error, port))));
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function listenFailure(error: NodeJS.ErrnoException, port: number): string {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} is already in use (is another Dossier running?). Quit the other program, or choose another port for the browser bridge in Settings.`;
  }
  if (error.code === 'EACCES') return `Dossier is not allowed to listen on port ${port}. Choose a port above 1024 for the browser bridge in Settings.`;
  return `The browser bridge could not listen on port ${port}: ${error.message}`;
}
