import { z } from 'zod';
import type { AppInfo } from '../domain/app-info';
import type { BridgeInfo } from '../domain/bridge-info';
import type { CaptureOutcome, Clipping, ClippingPage, ClippingSummary, ClippingVersion } from '../domain/clipping';
import { duplicatePolicies, sourceFormats } from '../domain/clipping';
import type { OriginalView } from '../domain/original-view';
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

/** Report a duplicate (store nothing) unless the caller asks for a new version. */
const duplicates = z.enum(duplicatePolicies).default('report');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().transform((value) => (value === '' ? null : value));

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** ISO 8601 date, or date-time with an offset or Z, naming a day and time that exist. */
const isoDateTime = z
  .string()
  .trim()
  .regex(ISO_DATE_TIME, 'Dates are written like 2025-03-31 or 2025-03-31T11:10+09:00.')
  .refine(isRealDateTime, 'There is no such date or time.')
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

/** Only for values of the right form; the form has its own message. */
function isRealDateTime(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return true;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return realDay && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** The editable metadata; an absent field is left as it is, null clears it. */
const metadataPatch = z.object({
  subtitle: optionalText(1000),
  authors: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  outlet: optionalText(200),
  siteDomain: optionalText(253),
  section: optionalText(200),
  published: isoDateTime,
  modified: isoDateTime,
  lang: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'The language is a code such as en, ko or en-US.')
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  canonicalUrl: webUrl.nullable().optional().or(z.literal('').transform(() => null)),
  dateline: optionalText(200),
  credit: optionalText(200),
});

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
  'clippings.create': method<CaptureOutcome>()(
    z.object({
      format: z.enum(sourceFormats),
      content: pastedContent,
      title: title.optional(),
      url: webUrl.optional(),
      duplicates,
    }),
  ),
  'clippings.importFile': method<CaptureOutcome>()(
    z.object({
      fileName: z.string().trim().min(1).max(255),
      dataBase64: fileBytes,
      title: title.optional(),
      url: webUrl.optional(),
      duplicates,
    }),
  ),
  'clippings.createFromUrl': method<CaptureOutcome>()(
    z.object({
      url: webUrl,
      title: title.optional(),
      duplicates,
    }),
  ),
  'clippings.update': method<ClippingSummary>()(z.object({ id: clippingId, title: title.optional(), meta: metadataPatch.optional() })),
  'clippings.versions': method<ClippingVersion[]>()(byId),
  'clippings.original': method<OriginalView>()(byId),
  'clippings.trash': method<ClippingSummary>()(byId),
  'clippings.restore': method<ClippingSummary>()(byId),

  'samples.load': method<{ created: number; ids: number[] }>()(z.object({})),

  'bridge.info': method<BridgeInfo>()(z.object({})),
  'bridge.resetKey': method<BridgeInfo>()(z.object({})),
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
