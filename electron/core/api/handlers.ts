import type { AppInfo } from '../../../shared/domain/app-info';
import type { DocNode } from '../../../shared/document/document-types';
import type { AnnotationsRepo } from '../annotations/annotations-repo';
import type { BridgeInfo } from '../../../shared/domain/bridge-info';
import type { ClippingList } from '../clippings/clipping-list';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import type { CollectionsRepo } from '../collections/collections-repo';
import type { NotesRepo } from '../notes/notes-repo';
import type { PdfPrinter } from '../export/note-pdf';
import { compareClippings, type CompareRunner } from '../compare/compare-clippings';
import type { OutletsRepo } from '../outlets/outlets-repo';
import type { RelatedRepo } from '../related/related-coverage';
import type { SavedSearchesRepo } from '../searches/saved-searches-repo';
import type { TagsRepo } from '../tags/tags-repo';
import type { Ingest } from '../ingest/ingest';
import type { ApiHandlers } from './dispatch';

export interface HandlerDeps {
  clippings: ClippingsRepo;
  annotations: AnnotationsRepo;
  list: ClippingList;
  tags: TagsRepo;
  collections: CollectionsRepo;
  notes: NotesRepo;
  outlets: OutletsRepo;
  searches: SavedSearchesRepo;
  related: RelatedRepo;
  ingest: Ingest;
  /** Aligns texts off the main thread (the worker pool) or in-process. */
  compare: CompareRunner;
  bridge: { info(): BridgeInfo; resetKey(): BridgeInfo };
  /** The library's local copy of an image, for the original view. */
  mediaFor: (clippingId: number) => Map<string, { mediaType: string; bytes: Uint8Array }>;
  db: { transaction: <T>(fn: () => T) => () => T };
  info: AppInfo;
  /** The desktop shell's PDF printer (Electron's printToPDF); without it, Chromium found on this machine prints. */
  printToPdf?: PdfPrinter;
}

/** The core's implementation of every contract method. */
export function createApiHandlers(deps: HandlerDeps): ApiHandlers {
  const { clippings, annotations, list, tags, collections, outlets, searches, related, ingest, compare, bridge, mediaFor, db, info } = deps;
  return {
    'app.info': () => info,
    'clippings.list': (params) => list.page(params),
    'clippings.search': ({ query, limit, offset, sort }) => list.search(query, limit, offset, sort),
    'clippings.ids': (params) => list.ids(params),
    'clippings.get': ({ id }) => clippings.get(id),
    'clippings.create': (params) => ingest.fromPaste(params),
    'clippings.importFile': ({ dataBase64, ...params }) => ingest.fromFile({ ...params, bytes: Buffer.from(dataBase64, 'base64') }),
    'clippings.createFromUrl': (params) => ingest.fromUrl(params),
    'clippings.update': ({ id, title, meta }) => clippings.updateMetadata(id, { ...meta, title }),
    'clippings.versions': ({ id }) => clippings.versions(id),
    'clippings.related': ({ id, limit }) => related.related(id, limit),
    // Loaded on first use, like the capture stack: opening the library needs neither.
    'clippings.original': async ({ id }) =>
      (await import('../original/original-view')).originalView(clippings.snapshot(id), mediaFor(id), clippings.summary(id).sourceUrl),
    'clippings.trash': ({ id }) => clippings.trash(id),
    'clippings.restore': ({ id }) => clippings.restore(id),
    'clippings.trashMany': ({ ids }) => ({ changed: clippings.trashMany(ids) }),
    'clippings.restoreMany': ({ ids }) => ({ changed: clippings.restoreMany(ids) }),
    'clippings.setFlags': ({ ids, ...flags }) => ({ changed: clippings.setFlags(ids, flags) }),
    'clippings.updateDocument': ({ id, doc }) => clippings.replaceDocument(id, doc as DocNode),
    'clippings.reextract': ({ id }) => ingest.reextract(id),
    'trash.empty': () =>
      db.transaction(() => {
        annotations.purgeDeleted();
        return { deleted: clippings.emptyTrash(), notes: deps.notes.emptyTrash() };
      })(),
    'compare.run': ({ ids }) => compareClippings(clippings, compare, ids),
    // The serializers are loaded on first use: opening the library needs neither.
    'compare.export': async ({ ids, format }) => {
      const comparison = await compareClippings(clippings, compare, ids);
      return (await import('../compare/export-comparison')).exportComparison(comparison, format);
    },
    'annotations.list': ({ clippingId }) => annotations.list(clippingId),
    'annotations.create': (input) => annotations.create(input),
    'annotations.update': ({ id, ...patch }) => annotations.update(id, patch),
    'annotations.delete': ({ id }) => ({ deleted: annotations.delete(id) }),
    'annotations.restore': ({ id }) => annotations.restore(id),
    'annotations.search': (query) => annotations.search(query),
    'annotations.facets': () => annotations.facets(),
    'library.counts': () => list.counts(),
    'tags.list': () => tags.list(),
    'tags.create': ({ path, color }) => tags.create(path, color ?? null),
    'tags.update': ({ id, path, color }) =>
      db.transaction(() => {
        if (path !== undefined) tags.move(id, path);
        return color !== undefined ? tags.setColor(id, color) : tags.get(id);
      })(),
    'tags.merge': ({ sourceId, targetId }) => tags.merge(sourceId, targetId),
    'tags.delete': ({ id }) => ({ deleted: tags.delete(id) }),
    'tags.apply': ({ clippingIds, add, remove }) => ({ changed: tags.apply(clippingIds, add, remove) }),
    'collections.list': () => collections.list(),
    'collections.create': ({ name, parentId }) => collections.create(name, parentId),
    'collections.update': ({ id, ...patch }) => collections.update(id, patch),
    'collections.delete': ({ id }) => ({ deleted: collections.delete(id) }),
    'collections.addClippings': ({ id, clippingIds }) => ({ changed: collections.addClippings(id, clippingIds) }),
    'collections.removeClippings': ({ id, clippingIds }) => ({ changed: collections.removeClippings(id, clippingIds) }),
    // Notes
    'notes.list': (query) => deps.notes.list(query),
    'notes.count': (query) => deps.notes.count(query),
    'notes.get': ({ id }) => deps.notes.get(id),
    'notes.create': (input) => deps.notes.create(input),
    'notes.save': (input) => deps.notes.save(input),
    'notes.trash': ({ id }) => deps.notes.trash(id),
    'notes.restore': ({ id }) => deps.notes.restore(id),
    'notes.setCollections': ({ id, collectionIds }) => deps.notes.setCollections(id, collectionIds),
    'notes.backlinks': ({ clippingId }) => deps.notes.backlinks(clippingId),
    // The exporters (citation-js, docx) are loaded on first use: opening the library needs none of them.
    'notes.export': async ({ id, format, bibliography }) =>
      (await import('../export/note-export')).exportNote({ notes: deps.notes, clippings, collections, printToPdf: deps.printToPdf }, id, format, { bibliography }),
    'notes.bibliography': async ({ id, style }) =>
      (await import('../export/note-export')).loadPreparedNote({ notes: deps.notes, clippings, collections }, id, { bibliography: style }).bibliography ?? {
        heading: 'Bibliography',
        entries: [],
      },
    'annotations.export': async ({ clippingId, collectionId, format }) =>
      (await import('../export/annotations-export')).exportAnnotations({ clippings, annotations, collections }, { clippingId, collectionId }, format),
    'outlets.list': () => outlets.list(),
    'outlets.update': ({ id, ...patch }) => outlets.update(id, patch),
    'searches.list': () => searches.list(),
    'searches.create': (search) => searches.create(search),
    'searches.update': ({ id, ...patch }) => searches.update(id, patch),
    'searches.delete': ({ id }) => ({ deleted: searches.delete(id) }),
    'samples.load': async () => (await import('../samples/load-samples')).loadSamples(clippings, db),
    'bridge.info': () => bridge.info(),
    'bridge.resetKey': () => bridge.resetKey(),
  };
}
