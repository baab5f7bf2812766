import type { Invoke } from '../../../shared/api/client';
import { unwrap } from '../../../shared/api/envelope';
import { ApiError } from '../../../shared/api/errors';

/** Browser mode: `POST /api/<method>` with the session token; the reply is an Envelope. */
export function httpInvoke(token: string, onForbidden: () => void): Invoke {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError('internal', 'Dossier lost contact with its host. Is it still running in the terminal?');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('internal', `Dossier's host sent an unreadable reply (HTTP ${response.status}).`);
    }
    try {
      return unwrap(body);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'forbidden') onForbidden();
      throw error;
    }
  };
}
