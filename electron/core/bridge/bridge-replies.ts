import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../../shared/api/errors';

/** Codes that mean "the page sent was the problem"; anything else is Dossier's. */
const INPUT_PROBLEMS = new Set<ErrorCode>(['invalid_input', 'unsupported_file', 'too_large', 'empty', 'encoding']);

export function statusForClipError(code: ErrorCode): number {
  return INPUT_PROBLEMS.has(code) ? 422 : 500;
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  response.end(body);
}

export function sendJsonError(
  response: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { error: { code, message } }, headers);
}

/** A page shown in a browser tab: it can style itself and nothing else. */
export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(html)),
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  response.end(html);
}

export function sendEmpty(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Length': '0' });
  response.end();
}
