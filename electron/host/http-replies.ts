import type { ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/api/envelope';
import type { ErrorCode } from '../../shared/api/errors';

const STATUS_FOR_ERROR: Record<ErrorCode, number> = {
  invalid_input: 400,
  unsupported_file: 415,
  empty: 422,
  encoding: 422,
  too_large: 413,
  not_found: 404,
  unknown_method: 404,
  forbidden: 403,
  conflict: 409,
  network: 502,
  internal: 500,
};

export function sendEnvelope(response: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : STATUS_FOR_ERROR[envelope.error.code];
  const body = JSON.stringify(envelope);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

export function sendError(response: ServerResponse, code: ErrorCode, message: string, status?: number): void {
  const envelope: Envelope<never> = { ok: false, error: { code, message } };
  if (status === undefined) return sendEnvelope(response, envelope);
  const body = JSON.stringify(envelope);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}
