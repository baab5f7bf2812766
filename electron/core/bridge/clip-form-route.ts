import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatBytes } from '../../../shared/domain/limits';
import { PAIRING_KEY_FIELD } from './bridge-defaults';
import { sendHtml } from './bridge-replies';
import { runClip } from './clip-outcome';
import { clipErrorPage, clippedPage } from './form-reply-page';
import { pairingKeyMatches, WRONG_KEY_MESSAGE } from './pairing-key';
import { readBodyWithin } from './request-body';
import type { RouteContext } from './route-context';

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const CLIP_FIELDS = ['url', 'title', 'html', 'selectionHtml'] as const;

/**
 * `POST /clip/form`: the fallback for pages whose Content-Security-Policy stops the
 * bookmarklet's fetch. A form posted to a new tab is a navigation, which connect-src
 * does not govern; the reply is that tab's page. The key travels in the body.
 */
export async function handleClipForm(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  const type = String(request.headers['content-type'] ?? '');
  if (!FORM_TYPE.test(type)) return sendHtml(response, 415, clipErrorPage('The page was not sent as a form.'));
  const body = await readBodyWithin(request, context.maxBodyBytes);
  if (body === null) {
    return sendHtml(response, 413, clipErrorPage(`The page is larger than Dossier accepts (${formatBytes(context.maxBodyBytes)}).`));
  }
  const form = await parseForm(body, type);
  if (!form) return sendHtml(response, 400, clipErrorPage('The form sent by the bookmarklet could not be read.'));
  if (!pairingKeyMatches(form.get(PAIRING_KEY_FIELD), context.pairingKey())) {
    return sendHtml(response, 403, clipErrorPage(WRONG_KEY_MESSAGE));
  }
  const outcome = await runClip(fieldsOf(form), context.clip, context.onError);
  if (outcome.ok) return sendHtml(response, 200, clippedPage(outcome.result));
  sendHtml(response, outcome.status, clipErrorPage(outcome.message));
}

/** Both encodings, parsed by the platform's own form reader. */
async function parseForm(body: Buffer, type: string): Promise<FormData | null> {
  try {
    // Buffer.concat never allocates shared memory.
    return await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } }).formData();
  } catch {
    return null;
  }
}

/** Text fields only: an uploaded file in their place counts as missing. */
function fieldsOf(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of CLIP_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}
