import { isWebUrl } from '../../../../shared/document/safe-url';
import type { ClippingSummary } from '../../../../shared/domain/clipping';
import { citationLabel, type CitedSource } from '../../../../shared/notes/citation-label';
import type { QuoteRequest } from '../quote-request';

/**
 * The JSON the editor inserts for a quote or a citation of a clipping, with the source
 * line filled from the clipping as it is now (stored in the note, so the note reads
 * the same after the clipping is gone).
 */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
}

export function citedSource(clipping: ClippingSummary): CitedSource {
  const url = clipping.meta.canonicalUrl ?? clipping.sourceUrl;
  return {
    outlet: clip(clipping.meta.outlet ?? clipping.outletName ?? clipping.meta.siteDomain, 500),
    headline: clip(clipping.meta.title ?? clipping.title, 2000),
    published: clipping.meta.published,
    url: isWebUrl(url) ? url : null,
  };
}

/** Paragraphs of a quote: one per paragraph of the quoted text (blank lines between them). */
export function quoteParagraphs(text: string): JsonNode[] {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const list = paragraphs.length ? paragraphs : [text.trim() || '…'];
  return list.map((part) => ({ type: 'paragraph', content: [{ type: 'text', text: part }] }));
}

export function citedQuoteNode(request: QuoteRequest, clipping: ClippingSummary): JsonNode {
  const source = citedSource(clipping);
  return {
    type: 'citedQuote',
    attrs: {
      clippingId: request.clippingId,
      annotationId: request.annotationId,
      quote: clip(request.text, 100_000),
      speaker: request.speaker?.trim() || null,
      outlet: source.outlet,
      headline: source.headline,
      published: source.published,
      url: source.url,
    },
    content: quoteParagraphs(request.text),
  };
}

export function citationNode(clipping: ClippingSummary, annotationId: number | null = null): JsonNode {
  return { type: 'citation', attrs: { clippingId: clipping.id, annotationId, label: clip(citationLabel(citedSource(clipping)), 300) } };
}

/** The note schema's limit on an attribute (a headline of a badly clipped page may be long). */
function clip<T extends string | null>(value: T, max: number): T {
  return (value === null || value.length <= max ? value : `${value.slice(0, max - 1)}…`) as T;
}
