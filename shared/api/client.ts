import { methodNames, type MethodInput, type MethodName, type MethodResult } from './contract';

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never;
type Domain = DomainOf<MethodName>;

type Call<M extends MethodName> = (
  ...args: object extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]
) => Promise<MethodResult<M>>;

/** `client.clippings.list({...})`: one named function per contract method. */
export type DossierClient = {
  [D in Domain]: { [M in MethodName as M extends `${D}.${infer V}` ? V : never]: Call<M> };
};

export type Invoke = (method: MethodName, input: unknown) => Promise<unknown>;

/** Builds the typed client over any transport; `invoke` resolves to the result or throws ApiError. */
export function buildClient(invoke: Invoke): DossierClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const method of methodNames) {
    const [domain, verb] = method.split('.') as [string, string];
    client[domain] ??= {};
    client[domain][verb] = (input?: unknown) => invoke(method, input ?? {});
  }
  return client as unknown as DossierClient;
}
