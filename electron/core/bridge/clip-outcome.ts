import { isErrorCode, type ApiErrorShape, type ErrorCode } from '../../../shared/api/errors';
import { statusForClipError } from './bridge-replies';
import { parseClipRequest, type BridgeClipRequest, type BridgeClipResult } from './clip-request';

export type ClipFunction = (request: BridgeClipRequest) => Promise<BridgeClipResult>;

export type ClipOutcome = { ok: true; result: BridgeClipResult } | { ok: false; status: number; code: ErrorCode; message: string };

/**
 * Validates what a browser sent and hands it to `clip`. Errors with a code and a
 * message (ApiError, or its plain copy from a worker thread) are relayed as they are;
 * anything else is logged and answered without details.
 */
export async function runClip(input: unknown, clip: ClipFunction, onError: (error: unknown) => void): Promise<ClipOutcome> {
  const parsed = parseClipRequest(input);
  if (!parsed.ok) return { ok: false, status: 400, code: 'invalid_input', message: parsed.message };
  try {
    return { ok: true, result: await clip(parsed.request) };
  } catch (error) {
    if (isApiErrorShape(error)) {
      return { ok: false, status: statusForClipError(error.code), code: error.code, message: error.message };
    }
    onError(error);
    return { ok: false, status: 500, code: 'internal', message: 'Dossier hit an unexpected problem and did not clip the page. Details are in the log.' };
  }
}

function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Partial<Record<keyof ApiErrorShape, unknown>>;
  return isErrorCode(code) && typeof message === 'string';
}
