import { z } from 'zod';
import { annotationKinds, MAX_SPEAKER_LENGTH } from '../domain/annotation';
import type { Annotation, AnnotationFacets, AnnotationPage, ReanchorReport } from '../domain/annotation';
import type { AppInfo } from '../domain/app-info';
import type { BridgeInfo } from '../domain/bridge-info';
import type { CaptureOutcome, Clipping, ClippingPage, ClippingSummary, ClippingVersion, SearchResult } from '../domain/clipping';
import { sourceFormats } from '../domain/clipping';
import type { Collection } from '../domain/collection';
import type { Comparison, ComparisonExport } from '../domain/comparison';
import { listSorts, MAX_IDS, MAX_QUERY_LENGTH, type LibraryCounts } from '../domain/list-query';
import { outletKinds, type Outlet } from '../domain/outlet';
import type { RelatedClipping } from '../domain/related';
import type { SavedSearch } from '../domain/saved-search';
import type { Tag } from '../domain/tag';
import type { OriginalView } from '../domain/original-view';
import { MAX_LIST_LIMIT } from '../domain/limits';
import type { Note, NoteBacklink, NoteBibliography, NoteSummary } from '../domain/note';
import { annotationExportFormats, citationStyles, noteExportFormats, type ExportedFile } from '../domain/export';
import {
  clippingId,
  byId,
  rowId,
  clippingIds,
  comparedIds,
  listQuery,
  tagPath,
  tagColor,
  collectionName,
  searchName,
  webUrl,
  title,
  pastedContent,
  fileBytes,
  duplicates,
  optionalText,
  metadataPatch,
  textRange,
  highlightColor,
  annotationKind,
  speaker,
  comment,
  dayOrNull,
  documentJson,
  noteDocument,
  noteTitle,
  noteCollectionIds,
  noteListQuery,
} from './input-schemas';

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

export const contract = {
  'app.info': method<AppInfo>()(z.object({})),

  /** A window of the list: after `cursor` (the next page) or at `offset` (a jump while scrolling). */
  'clippings.list': method<ClippingPage>()(
    z.object({
      ...listQuery,
      limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(100),
      cursor: z.string().max(400).nullish(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
    }),
  ),
  /** The best hits for a query, with snippets (the search box, `dossier search`). */
  'clippings.search': method<SearchResult>()(
    z.object({
      query: z.string().max(MAX_QUERY_LENGTH, 'The search is too long.'),
      limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(50),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      sort: z.enum(listSorts).default('relevance'),
    }),
  ),
  /** The ids of a stretch of the list, for selecting a range or all of it. */
  'clippings.ids': method<number[]>()(
    z.object({ ...listQuery, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(MAX_IDS).default(MAX_IDS) }),
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
  'clippings.related': method<RelatedClipping[]>()(z.object({ id: clippingId, limit: z.number().int().min(1).max(100).default(10) })),
  'clippings.original': method<OriginalView>()(byId),
  'clippings.trash': method<ClippingSummary>()(byId),
  'clippings.restore': method<ClippingSummary>()(byId),
  'clippings.trashMany': method<{ changed: number }>()(z.object({ ids: clippingIds })),
  'clippings.restoreMany': method<{ changed: number }>()(z.object({ ids: clippingIds })),
  /** Read/unread and starred, for one clipping or a selection. */
  'clippings.setFlags': method<{ changed: number }>()(
    z.object({ ids: clippingIds, read: z.boolean().optional(), starred: z.boolean().optional() }),
  ),
  /**
   * Deletes everything in the trash for good: each clipping with its original and the images
   * no longer used (`deleted` counts them), and each note (`notes` counts them).
   */
  'trash.empty': method<{ deleted: number; notes: number }>()(z.object({})),

  'library.counts': method<LibraryCounts>()(z.object({})),

  /** Replaces the clipping's text (an edit in the reader); its annotations are re-anchored in the same step. */
  'clippings.updateDocument': method<{ clipping: Clipping; annotations: ReanchorReport }>()(z.object({ id: clippingId, doc: documentJson })),
  /** Extracts the text again from the stored original (with today's extractor); annotations are re-anchored. */
  'clippings.reextract': method<{ clipping: Clipping; annotations: ReanchorReport }>()(byId),

  /** Aligns 2–4 different clippings side by side (passages, word diffs, shared quotes, summary). */
  'compare.run': method<Comparison>()(z.object({ ids: comparedIds })),
  /** The same comparison as a file to save: Markdown, or one standalone HTML page (no scripts, nothing loaded). */
  'compare.export': method<ComparisonExport>()(z.object({ ids: comparedIds, format: z.enum(['md', 'html']) })),

  /** A clipping's annotations: page notes first, then in document order (orphans included). */
  'annotations.list': method<Annotation[]>()(z.object({ clippingId })),
  /** A highlight over `range` of the canonical text, or a page note without one. */
  'annotations.create': method<Annotation>()(
    z.object({
      clippingId,
      range: textRange.nullable().default(null),
      color: highlightColor.default(1),
      kind: annotationKind.default(null),
      speaker,
      comment: comment.default(''),
      tags: z.array(tagPath).max(50).default([]),
    }),
  ),
  /** Changes what is given; `range` re-attaches the annotation (an orphan) to new text. */
  'annotations.update': method<Annotation>()(
    z.object({
      id: rowId,
      color: highlightColor.optional(),
      kind: annotationKind.optional(),
      speaker,
      comment: comment.optional(),
      tags: z.array(tagPath).max(50).optional(),
      range: textRange.optional(),
    }),
  ),
  /** Deletes an annotation; `annotations.restore` undoes it until the trash is emptied. */
  'annotations.delete': method<{ deleted: number }>()(byId),
  'annotations.restore': method<Annotation>()(byId),
  /** The Quotes & annotations view: annotations of live clippings, filtered and searched, newest first. */
  'annotations.search': method<AnnotationPage>()(
    z.object({
      query: z.string().max(MAX_QUERY_LENGTH, 'The search is too long.').default(''),
      colors: z.array(highlightColor).max(5).default([]),
      kinds: z.array(z.enum([...annotationKinds, 'highlight'])).max(5).default([]),
      tagId: rowId.nullable().default(null),
      speaker: z.string().trim().max(MAX_SPEAKER_LENGTH).nullable().default(null),
      outletId: rowId.nullable().default(null),
      after: dayOrNull,
      before: dayOrNull,
      sort: z.enum(['created', 'published']).default('created'),
      limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(100),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
  ),
  'annotations.facets': method<AnnotationFacets>()(z.object({})),

  'tags.list': method<Tag[]>()(z.object({})),
  'tags.create': method<Tag>()(z.object({ path: tagPath, color: tagColor.optional() })),
  /** A new path renames the tag, or moves it (and what is below it) elsewhere in the tree. */
  'tags.update': method<Tag>()(z.object({ id: rowId, path: tagPath.optional(), color: tagColor.optional() })),
  /** Moves every use of `sourceId` (and its sub-tags) onto `targetId`, then deletes the source. */
  'tags.merge': method<Tag>()(z.object({ sourceId: rowId, targetId: rowId })),
  /** Deletes the tag and the tags below it; clippings keep everything else. */
  'tags.delete': method<{ deleted: number }>()(byId),
  /** Adds tags (by path, created when new) to clippings and removes tags (by id) from them. */
  'tags.apply': method<{ changed: number }>()(
    z.object({
      clippingIds,
      add: z.array(tagPath).max(50).default([]),
      remove: z.array(rowId).max(50).default([]),
    }),
  ),

  'collections.list': method<Collection[]>()(z.object({})),
  'collections.create': method<Collection>()(z.object({ name: collectionName, parentId: rowId.nullable().default(null) })),
  'collections.update': method<Collection>()(z.object({ id: rowId, name: collectionName.optional(), parentId: rowId.nullable().optional() })),
  /** Deletes the collection and those nested in it; the clippings stay in the library. */
  'collections.delete': method<{ deleted: number }>()(byId),
  'collections.addClippings': method<{ changed: number }>()(z.object({ id: rowId, clippingIds })),
  'collections.removeClippings': method<{ changed: number }>()(z.object({ id: rowId, clippingIds })),

  // Notes
  /**
   * The notes (or the trash), of one collection, matching the query — its words and its
   * `in:` filters (the clipping filters tag, outlet, lang, is, after, before are ignored); newest change first.
   */
  'notes.list': method<NoteSummary[]>()(
    z.object({
      ...noteListQuery,
      limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(MAX_LIST_LIMIT),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
  ),
  /** How many notes `notes.list` finds for the same view, collection and query, over all its pages. */
  'notes.count': method<number>()(z.object(noteListQuery)),
  /** A whole note, with where each thing it cites is now (live, in the trash, deleted, changed). */
  'notes.get': method<Note>()(byId),
  /** A new note; without a title, its title follows the first heading. */
  'notes.create': method<Note>()(z.object({ title: noteTitle.optional(), doc: noteDocument.optional(), collectionIds: noteCollectionIds.default([]) })),
  /**
   * Saves an edit made on `revision` (refused with `conflict` when another save came
   * first: nothing is overwritten). `title`: a string sets it, null (or '') returns it to the first heading.
   */
  'notes.save': method<Note>()(z.object({ id: rowId, doc: noteDocument, title: noteTitle.nullable().optional(), revision: z.number().int().min(1) })),
  'notes.trash': method<NoteSummary>()(byId),
  'notes.restore': method<NoteSummary>()(byId),
  /** Puts the note in exactly these collections. */
  'notes.setCollections': method<NoteSummary>()(z.object({ id: rowId, collectionIds: noteCollectionIds })),
  /** The notes citing a clipping or another version of its article (the reader's "cited in"), with the annotations of it each cites. */
  'notes.backlinks': method<NoteBacklink[]>()(z.object({ clippingId })),
  /**
   * The note as a file: Markdown (front matter, footnotes), one standalone HTML page, DOCX
   * or PDF (base64). Footnotes in Chicago style, or in the style of the bibliography asked
   * for. PDF: the desktop app prints with Electron; browser mode and the CLI with the
   * Chromium or Chrome installed on this machine (`not_found`, saying so, when there is none).
   */
  'notes.export': method<ExportedFile>()(
    z.object({ id: rowId, format: z.enum(noteExportFormats), bibliography: z.enum(citationStyles).nullable().default(null) }),
  ),
  /** The bibliography of every source the note (as last saved) cites, in a style, for the editor to insert. */
  'notes.bibliography': method<NoteBibliography>()(z.object({ id: rowId, style: z.enum(citationStyles) })),
  /** A clipping's or a collection's annotations as Markdown (grouped by clipping) or CSV. */
  'annotations.export': method<ExportedFile>()(
    z
      .object({ clippingId: clippingId.optional(), collectionId: rowId.optional(), format: z.enum(annotationExportFormats) })
      .refine((input) => (input.clippingId === undefined) !== (input.collectionId === undefined), 'Export the annotations of either a clipping or a collection.'),
  ),

  'outlets.list': method<Outlet[]>()(z.object({})),
  'outlets.update': method<Outlet>()(
    z.object({
      id: rowId,
      name: z.string().trim().min(1, 'An outlet needs a name.').max(200).optional(),
      kind: z.enum(outletKinds).optional(),
      country: optionalText(100),
      language: optionalText(35),
      notes: optionalText(5000),
    }),
  ),

  'searches.list': method<SavedSearch[]>()(z.object({})),
  'searches.create': method<SavedSearch>()(z.object({ name: searchName, query: z.string().max(MAX_QUERY_LENGTH), sort: z.enum(listSorts).default('relevance') })),
  'searches.update': method<SavedSearch>()(
    z.object({ id: rowId, name: searchName.optional(), query: z.string().max(MAX_QUERY_LENGTH).optional(), sort: z.enum(listSorts).optional() }),
  ),
  'searches.delete': method<{ deleted: number }>()(byId),

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
