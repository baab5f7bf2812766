import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_CLIPPING_BYTES, formatBytes } from '../../shared/domain/limits';
import type { Dispatch } from '../core/api/dispatch';
import { sendEnvelope, sendError } from './http-replies';
import { TOKEN_HEADER, tokenMatches } from './request-guards';

/** Room for the largest file Dossier clips, base64-encoded, inside a JSON body. */
export const MAX_BODY_BYTES = Math.ceil((MAX_CLIPPING_BYTES * 4) / 3) + 1024 * 1024;

/** `POST /api/<method>`: JSON input in, `{ok, result}` or `{ok, error}` out. */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  dispatch: Dispatch,
  token: string,
): Promise<void> {
  if (request.method !== 'POST') return sendError(response, 'invalid_input', 'API calls use POST.', 405);
  if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
    return sendError(response, 'forbidden', 'Missing or wrong session token. Open Dossier from the link printed in the terminal.', 401);
  }
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(response, 'invalid_input', 'API calls send JSON (Content-Type: application/json).', 415);
  }
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === null) {
    return sendError(response, 'too_large', `The request is larger than Dossier accepts (${formatBytes(MAX_BODY_BYTES)}).`, 413);
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(response, 'invalid_input', 'The request body is not valid JSON.', 400);
  }
  sendEnvelope(response, await dispatch(method, input));
}

/** The whole body, or null once it passes `limit` (the rest is drained, not buffered). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) overflow = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(overflow ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
