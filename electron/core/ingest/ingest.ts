import type { CaptureOutcome, ClippingOrigin, DuplicatePolicy, SourceFormat } from '../../../shared/domain/clipping';
import type { PreparedClipping } from '../capture/prepared-clipping';
import type { ClippingsRepo, DuplicateMatch } from '../clippings/clippings-repo';
import { fetchPage as defaultFetchPage, type FetchedPage, type FetchOptions } from '../fetch';
import type { CaptureRunner } from './capture-runner';
import type { ImageCapture } from './image-capture';
import { reextract } from './reextract';

export interface IngestDeps {
  clippings: ClippingsRepo;
  run: CaptureRunner;
  images?: ImageCapture;
  fetchPage?: (url: string, options?: FetchOptions) => Promise<FetchedPage>;
}

interface Provenance {
  origin: ClippingOrigin;
  sourceUrl?: string | null;
  fileName?: string | null;
}

/**
 * Every way into the library ends here: the content is prepared (on a worker when
 * `run` is the pool's), checked against what the library already holds, its images
 * are fetched, and it is stored in one transaction — or nothing is stored.
 */
export class Ingest {
  private readonly fetchPage: NonNullable<IngestDeps['fetchPage']>;

  constructor(private readonly deps: IngestDeps) {
    this.fetchPage = deps.fetchPage ?? defaultFetchPage;
  }

  /** The clipping's text extracted again from its stored original. */
  reextract(id: number) {
    return reextract(this.deps.clippings, this.deps.run, id);
  }

  async fromPaste(input: { format: SourceFormat; content: string; title?: string; url?: string; duplicates: DuplicatePolicy }) {
    const prepared = await this.deps.run('prepareFromPaste', input);
    return this.store(prepared, { origin: 'paste', sourceUrl: input.url }, input.duplicates);
  }

  async fromFile(input: { fileName: string; bytes: Uint8Array; title?: string; url?: string; duplicates: DuplicatePolicy }) {
    const prepared = await this.deps.run('prepareFromFile', { fileName: input.fileName, bytes: input.bytes, title: input.title, url: input.url });
    const sourceUrl = input.url ?? prepared.metadata?.canonicalUrl ?? null;
    return this.store(prepared, { origin: 'file', sourceUrl, fileName: input.fileName }, input.duplicates);
  }

  async fromUrl(input: { url: string; title?: string; duplicates: DuplicatePolicy }, signal?: AbortSignal): Promise<CaptureOutcome> {
    if (input.duplicates === 'report') {
      const known = this.deps.clippings.findDuplicate({ urls: [input.url] });
      if (known?.match === 'url') return duplicateOutcome(known);
    }
    const page = await this.fetchPage(input.url, { signal });
    const prepared = await this.deps.run('prepareFromFetched', {
      finalUrl: page.finalUrl,
      contentType: page.contentType,
      charsetFromHeader: page.charsetFromHeader,
      bytes: page.bytes,
      title: input.title,
    });
    return this.store(prepared, { origin: 'url', sourceUrl: page.finalUrl }, input.duplicates, [input.url], signal);
  }

  /**
   * The browser bridge cannot ask the user, so a page already clipped from the same
   * address becomes a new version (the rendered page often holds more than a fetch
   * got past a paywall), while the very same text is reported and not stored again.
   */
  async fromBridge(input: { url: string; title?: string; html: string; selectionHtml?: string }): Promise<CaptureOutcome> {
    const prepared = await this.deps.run('prepareFromBridge', input);
    const sameText = this.deps.clippings.findDuplicate({ urls: [], text: prepared.text });
    if (sameText) return duplicateOutcome(sameText);
    return this.store(prepared, { origin: 'bridge', sourceUrl: input.url }, 'newVersion');
  }

  private async store(
    prepared: PreparedClipping,
    provenance: Provenance,
    policy: DuplicatePolicy,
    alsoKnownAs: string[] = [],
    signal?: AbortSignal,
  ): Promise<CaptureOutcome> {
    const duplicate = this.duplicateOf(prepared, provenance.sourceUrl, ...alsoKnownAs);
    if (duplicate && policy === 'report') return duplicateOutcome(duplicate);

    const { images } = this.deps;
    const localized = images
      ? await images.capture(prepared.doc, {
          signal,
          referer: provenance.sourceUrl ?? undefined,
          archived: prepared.archived ? new Map(prepared.archived) : undefined,
        })
      : null;
    const clipping = this.deps.clippings.insert(
      localized ? { ...prepared, doc: localized.doc } : prepared,
      provenance,
      {
        versionOf: duplicate?.existing.articleId,
        alsoInTransaction: localized && images ? (id) => images.attach(id, localized.images) : undefined,
      },
    );
    return { status: duplicate ? 'version' : 'created', clipping, imagesSkipped: localized?.skipped.length ?? 0 };
  }

  private duplicateOf(prepared: PreparedClipping, ...urls: Array<string | null | undefined>): DuplicateMatch | null {
    return this.deps.clippings.findDuplicate({ urls: [...urls, prepared.metadata?.canonicalUrl], text: prepared.text });
  }
}

function duplicateOutcome({ existing, match }: DuplicateMatch): CaptureOutcome {
  return { status: 'duplicate', existing, match };
}
