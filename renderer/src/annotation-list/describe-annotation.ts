import type { AnnotationListItem } from '../../../shared/domain/annotation';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { rowDate } from '../clippings/describe-clipping';
import { KIND_FILTERS } from './annotation-filters';

/** The highlighted words on one line, or null for a page note (which has no text of its own). */
export function quoteOf(annotation: Pick<AnnotationListItem, 'target'>): string | null {
  return annotation.target ? annotation.target.exact.replace(/\s+/g, ' ').trim() : null;
}

export function kindLabel(kind: AnnotationListItem['kind']): string | null {
  return kind === null ? null : (KIND_FILTERS.find((k) => k.kind === kind)?.label ?? kind);
}

/** The clipping's date as the clipping list shows it: published if known, else captured. */
export function clippingDate(clipping: AnnotationListItem['clipping'], now = new Date()) {
  // rowDate reads only `published` of the metadata.
  const meta = { published: clipping.published } as ClippingSummary['meta'];
  return rowDate({ createdAt: clipping.createdAt, meta }, now);
}

const LABEL_QUOTE = 160;

/**
 * The row's accessible name: the quote (or "Page note") first, so a list read aloud
 * or searched by a test starts with what was highlighted; then kind, speaker, orphan
 * state, and where it is from.
 */
export function annotationLabel(item: AnnotationListItem, now = new Date()): string {
  const quote = quoteOf(item);
  const head = quote === null ? 'Page note' : `“${quote.length > LABEL_QUOTE ? `${quote.slice(0, LABEL_QUOTE - 1)}…` : quote}”`;
  const about = [kindLabel(item.kind), item.speaker, item.orphaned ? 'orphan' : null].filter(Boolean).join(', ');
  const from = [item.clipping.title, item.clipping.outletName, clippingDate(item.clipping, now).text].filter(Boolean).join(', ');
  return `${head}${about ? ` — ${about}` : ''} — ${from}`;
}
