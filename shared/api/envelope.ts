import { ApiError, isErrorCode, type ApiErrorShape } from './errors';

/** What every transport (IPC, HTTP) carries back for one call. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };

export function ok<T>(result: T): Envelope<T> {
  return { ok: true, result };
}

export function fail(error: ApiErrorShape): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message } };
}

/** Turns an envelope that arrived from outside into its result, or throws an ApiError. */
export function unwrap<T>(value: unknown): T {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const envelope = value as { ok: unknown; result?: unknown; error?: unknown };
    if (envelope.ok === true) return envelope.result as T;
    const error = envelope.error as Partial<ApiErrorShape> | undefined;
    if (error && isErrorCode(error.code) && typeof error.message === 'string') {
      throw new ApiError(error.code, error.message);
    }
  }
  throw new ApiError('internal', 'Dossier received a reply it does not understand.');
}
