import { z } from 'zod';
import type { AppInfo } from '../domain/app-info';
import type { Clipping, ClippingPage, ClippingSummary } from '../domain/clipping';
import { sourceFormats } from '../domain/clipping';
import { MAX_CLIPPING_BYTES, MAX_LIST_LIMIT, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../domain/limits';

/**
 * The API contract: every method the renderer may call, with the schema its input
 * is validated against at the boundary and the type of its result. IPC, the browser
 * mode host, the preload and the renderer's client are all derived from this list.
 */
interface MethodSpec<Input extends z.ZodType, Result> {
  input: Input;
  /** Phantom: carries the result type only. */
  result?: Result;
}

function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Result> => ({ input });
}

const clippingId = z.number().int().positive();
const byId = z.object({ id: clippingId });

const webUrl = z
  .url({ protocol: /^https?$/, message: 'The source address must be an http or https URL.' })
  .max(MAX_URL_LENGTH);

const title = z.string().trim().min(1, 'A title cannot be empty.').max(MAX_TITLE_LENGTH);

/** Pasted content is text; the core measures it against MAX_CLIPPING_BYTES with a clear message. */
const pastedContent = z.string().max(MAX_CLIPPING_BYTES * 2, 'The pasted content is far too large to clip.');

/** Base64 of a file; the core measures the decoded size with a clear message. */
const fileBytes = z
  .string()
  .max(Math.ceil((MAX_CLIPPING_BYTES * 4) / 3) * 2, 'The file is far too large to clip.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data is not valid base64.');

export const contract = {
  'app.info': method<AppInfo>()(z.object({})),

  'clippings.list': method<ClippingPage>()(
    z.object({
      view: z.enum(['library', 'trash']).default('library'),
      limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(100),
      cursor: z.string().max(200).nullish(),
    }),
  ),
  'clippings.get': method<Clipping>()(byId),
  'clippings.create': method<ClippingSummary>()(
    z.object({
      format: z.enum(sourceFormats),
      content: pastedContent,
      title: title.optional(),
      url: webUrl.optional(),
    }),
  ),
  'clippings.importFile': method<ClippingSummary>()(
    z.object({
      fileName: z.string().trim().min(1).max(255),
      dataBase64: fileBytes,
      title: title.optional(),
      url: webUrl.optional(),
    }),
  ),
  'clippings.update': method<ClippingSummary>()(z.object({ id: clippingId, title })),
  'clippings.trash': method<ClippingSummary>()(byId),
  'clippings.restore': method<ClippingSummary>()(byId),

  'samples.load': method<{ created: number; ids: number[] }>()(z.object({})),
} as const;

type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type MethodParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The IPC channel that carries one method. */
export function channelFor(method: MethodName): string {
  return `dossier:${method}`;
}
