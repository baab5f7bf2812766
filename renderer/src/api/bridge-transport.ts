import type { Bridge } from '../../../shared/api/bridge';
import type { Invoke } from '../../../shared/api/client';
import { unwrap } from '../../../shared/api/envelope';
import { ApiError } from '../../../shared/api/errors';

/** Desktop: each call goes through the preload's named function and returns an Envelope. */
export function bridgeInvoke(bridge: Bridge): Invoke {
  return async (method, input) => {
    const [domain, verb] = method.split('.') as [keyof Bridge, string];
    const call = (bridge[domain] as Record<string, ((input: unknown) => Promise<unknown>) | undefined>)[verb];
    if (!call) throw new ApiError('unknown_method', `This version of Dossier cannot do "${method}".`);
    let envelope: unknown;
    try {
      envelope = await call(input);
    } catch {
      throw new ApiError('internal', 'Dossier could not reach its library. Try restarting the app.');
    }
    return unwrap(envelope);
  };
}
