import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Requests seen, in order, as `path`. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

export function fetchFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/fetch/${name}`, import.meta.url)));
}

/** An http (or https, with the fixture's self-signed certificate) server on 127.0.0.1, port 0. */
export async function startServer(routes: Record<string, Handler>, options: { tls?: boolean } = {}): Promise<TestServer> {
  const requests: http.IncomingMessage[] = [];
  const listener: Handler = (request, response) => {
    requests.push(request);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const handler = routes[path];
    if (handler) handler(request, response);
    else response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not here</h1>');
  };
  const server = options.tls
    ? https.createServer({ key: fetchFixture('self-signed-key.pem'), cert: fetchFixture('self-signed-cert.pem') }, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function html(body: string, contentType = 'text/html; charset=utf-8'): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType }).end(body);
  };
}

export function bytes(data: Uint8Array, headers: http.OutgoingHttpHeaders): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'Content-Length': data.byteLength, ...headers }).end(data);
  };
}

export function redirect(location: string, status = 302, headers: http.OutgoingHttpHeaders = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { Location: location, ...headers }).end();
  };
}
