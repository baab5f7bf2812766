import type { MethodName } from './contract';

/**
 * What the desktop preload exposes on `window[BRIDGE_GLOBAL]`: one named function
 * per contract method, grouped by domain (`dossierBridge.clippings.list(input)`),
 * each resolving to the raw Envelope. The renderer unwraps it like an HTTP reply.
 */
export const BRIDGE_GLOBAL = 'dossierBridge';

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never;

export type Bridge = {
  [D in DomainOf<MethodName>]: {
    [M in MethodName as M extends `${D}.${infer V}` ? V : never]: (input: unknown) => Promise<unknown>;
  };
};
