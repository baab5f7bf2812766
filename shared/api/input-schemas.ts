import { z } from 'zod';
import { annotationKinds, highlightColors, MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, MAX_SPEAKER_LENGTH } from '../domain/annotation';
import { duplicatePolicies } from '../domain/clipping';
import { MAX_COLLECTION_NAME_LENGTH } from '../domain/collection';
import { MAX_COMPARED, MIN_COMPARED } from '../domain/comparison';
import { listSorts, MAX_BULK, MAX_QUERY_LENGTH, sortDirections } from '../domain/list-query';
import { MAX_TAG_PATH_LENGTH, normalizeTagPath, tagColors } from '../domain/tag';
import { MAX_CLIPPING_BYTES, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../domain/limits';
import { MAX_NOTE_BYTES, MAX_NOTE_TITLE_LENGTH } from '../notes/note-format';
import { noteViews } from '../domain/note';

/*
 * The pieces the contract's inputs are built from (ids, names, dates, texts, documents),
 * with their limits and the messages a caller sees when an input breaks one.
 */

export const clippingId = z.number().int().positive();
export const byId = z.object({ id: clippingId });
export const rowId = z.number().int().positive();
export const clippingIds = z.array(clippingId).min(1, 'Select at least one clipping.').max(MAX_BULK);
export const comparedIds = z
  .array(clippingId)
  .min(MIN_COMPARED, `Choose ${MIN_COMPARED} to ${MAX_COMPARED} clippings to compare.`)
  .max(MAX_COMPARED, `Choose ${MIN_COMPARED} to ${MAX_COMPARED} clippings to compare.`)
  .refine((ids) => new Set(ids).size === ids.length, 'A clipping cannot be compared with itself: choose different clippings.');

/** Which rows, in what order: the same for the list, search and "select all". */
export const listQuery = {
  view: z.enum(['library', 'trash']).default('library'),
  /** Search words and filters in the search syntax (`"phrase" tag:DPRK after:2025-03-01`). */
  query: z.string().max(MAX_QUERY_LENGTH, 'The search is too long.').default(''),
  sort: z.enum(listSorts).default('captured'),
  /** Defaults to newest first for dates, A to Z for names. */
  direction: z.enum(sortDirections).optional(),
};

export const tagPath = z
  .string()
  .max(MAX_TAG_PATH_LENGTH, `A tag path has at most ${MAX_TAG_PATH_LENGTH} characters.`)
  .transform(normalizeTagPath)
  .refine((path) => path.length > 0, 'A tag needs a name.');
export const tagColor = z.enum(tagColors).nullable();
export const collectionName = z.string().trim().min(1, 'A collection needs a name.').max(MAX_COLLECTION_NAME_LENGTH);
export const searchName = z.string().trim().min(1, 'A saved search needs a name.').max(200);

export const webUrl = z
  .url({ protocol: /^https?$/, message: 'The source address must be an http or https URL.' })
  .max(MAX_URL_LENGTH);

export const title = z.string().trim().min(1, 'A title cannot be empty.').max(MAX_TITLE_LENGTH);

/** Pasted content is text; the core measures it against MAX_CLIPPING_BYTES with a clear message. */
export const pastedContent = z.string().max(MAX_CLIPPING_BYTES * 2, 'The pasted content is far too large to clip.');

/** Base64 of a file; the core measures the decoded size with a clear message. */
export const fileBytes = z
  .string()
  .max(Math.ceil((MAX_CLIPPING_BYTES * 4) / 3) * 2, 'The file is far too large to clip.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data is not valid base64.');

/** Report a duplicate (store nothing) unless the caller asks for a new version. */
export const duplicates = z.enum(duplicatePolicies).default('report');

export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().transform((value) => (value === '' ? null : value));

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** ISO 8601 date, or date-time with an offset or Z, naming a day and time that exist. */
export const isoDateTime = z
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
export const metadataPatch = z.object({
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

/** A stretch of a clipping's canonical text, with what the reader saw there. */
export const textRange = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    exact: z.string().max(MAX_QUOTE_LENGTH * 4).optional(),
  })
  .refine((range) => range.end > range.start, 'Select some text first.');

export const highlightColor = z.literal(highlightColors);
export const annotationKind = z.enum(annotationKinds).nullable();
export const speaker = optionalText(MAX_SPEAKER_LENGTH);
export const comment = z.string().max(MAX_COMMENT_LENGTH, `A comment has at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`);
export const dayOrNull = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written like 2025-03-31.')
  .nullable()
  .default(null);

/** A structured document as the reader's editor produces it; the core checks it against the schema. */
export const documentJson = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(100_000) })
  .passthrough()
  .refine((doc) => JSON.stringify(doc).length <= MAX_CLIPPING_BYTES * 2, 'The edited text is far too large.');

// Notes
/** A note as the editor writes it; the core checks it against the note schema and measures it (5 MB) with a clear message. */
export const noteDocument = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).max(100_000) })
  .passthrough()
  .refine((doc) => JSON.stringify(doc).length <= MAX_NOTE_BYTES * 4, `This note is far larger than the ${MAX_NOTE_BYTES / 1024 / 1024} MB a note can hold.`);
export const noteTitle = z.string().trim().max(MAX_NOTE_TITLE_LENGTH, `A note's title has at most ${MAX_NOTE_TITLE_LENGTH} characters.`);
export const noteCollectionIds = z.array(rowId).max(100);

/** Which notes, for the notes list and its count. */
export const noteListQuery = {
  view: z.enum(noteViews).default('notes'),
  collectionId: rowId.nullable().default(null),
  query: z.string().max(MAX_QUERY_LENGTH, 'The search is too long.').default(''),
};
