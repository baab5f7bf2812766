import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatBytes } from '../../../shared/domain/limits';
import { PAIRING_KEY_HEADER } from './bridge-defaults';
import { sendJson, sendJsonError } from './bridge-replies';
import { runClip } from './clip-outcome';
import { corsReplyHeaders } from './cors';
import { pairingKeyMatches, WRONG_KEY_MESSAGE } from './pairing-key';
import { readBodyWithin } from './request-body';
import type { RouteContext } from './route-context';

/** `POST /clip`: the bookmarklet's fetch. The key is checked before the body is read. */
export async function handleClipJson(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  const cors = corsReplyHeaders(request);
  if (!pairingKeyMatches(request.headers[PAIRING_KEY_HEADER], context.pairingKey())) {
    return sendJsonError(response, 403, 'forbidden', WRONG_KEY_MESSAGE, cors);
  }
  if (!/^application\/json\s*(;|$)/i.test(String(request.headers['content-type'] ?? ''))) {
    return sendJsonError(response, 415, 'invalid_input', 'Clips are sent as JSON (Content-Type: application/json).', cors);
  }
  const body = await readBodyWithin(request, context.maxBodyBytes);
  if (body === null) {
    return sendJsonError(response, 413, 'too_large', `The page is larger than Dossier accepts (${formatBytes(context.maxBodyBytes)}).`, cors);
  }
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    return sendJsonError(response, 400, 'invalid_input', 'The request body is not valid JSON.', cors);
  }
  const outcome = await runClip(input, context.clip, context.onError);
  if (outcome.ok) return sendJson(response, 200, outcome.result, cors);
  sendJsonError(response, outcome.status, outcome.code, outcome.message, cors);
}
