import { highlightColors, type AnnotationKind, type HighlightColor } from '../../../shared/domain/annotation';

/**
 * The filters of the Quotes & annotations view as plain data, and what they ask of
 * `annotations.search`. Lists are kept in a fixed order, so the same choice always
 * makes the same request (and hits the same cached pages).
 */
export type KindFilter = AnnotationKind | 'highlight';
export type AnnotationSort = 'created' | 'published';

export const KIND_FILTERS: ReadonlyArray<{ kind: KindFilter; label: string }> = [
  { kind: 'quote', label: 'Quote' },
  { kind: 'claim', label: 'Claim' },
  { kind: 'fact', label: 'Fact' },
  { kind: 'note', label: 'Note' },
  { kind: 'highlight', label: 'Highlight' },
];

export interface AnnotationFilters {
  colors: HighlightColor[];
  kinds: KindFilter[];
  tag: { id: number; path: string } | null;
  speaker: string | null;
  outlet: { id: number; name: string } | null;
  /** The clipping's day (published, else captured), `YYYY-MM-DD`: on or after. */
  after: string | null;
  /** …and before this day. */
  before: string | null;
}

export const NO_FILTERS: AnnotationFilters = { colors: [], kinds: [], tag: null, speaker: null, outlet: null, after: null, before: null };

/** What one window of the view asks for, without `limit` and `offset`. */
export interface AnnotationRequest {
  query: string;
  colors: HighlightColor[];
  kinds: KindFilter[];
  tagId: number | null;
  speaker: string | null;
  outletId: number | null;
  after: string | null;
  before: string | null;
  sort: AnnotationSort;
}

export function annotationRequest(filters: AnnotationFilters, query: string, sort: AnnotationSort): AnnotationRequest {
  return {
    query: query.trim(),
    colors: filters.colors,
    kinds: filters.kinds,
    tagId: filters.tag?.id ?? null,
    speaker: filters.speaker,
    outletId: filters.outlet?.id ?? null,
    after: filters.after,
    before: filters.before,
    sort,
  };
}

export function toggleColor(filters: AnnotationFilters, color: HighlightColor): AnnotationFilters {
  const on = filters.colors.includes(color);
  return { ...filters, colors: highlightColors.filter((c) => (c === color ? !on : filters.colors.includes(c))) };
}

export function toggleKind(filters: AnnotationFilters, kind: KindFilter): AnnotationFilters {
  const on = filters.kinds.includes(kind);
  return { ...filters, kinds: KIND_FILTERS.map((k) => k.kind).filter((k) => (k === kind ? !on : filters.kinds.includes(k))) };
}

export function hasFilters(filters: AnnotationFilters): boolean {
  return (
    filters.colors.length > 0 ||
    filters.kinds.length > 0 ||
    filters.tag !== null ||
    filters.speaker !== null ||
    filters.outlet !== null ||
    filters.after !== null ||
    filters.before !== null
  );
}

/** A filter shown as a removable chip (colours show as their swatches instead). */
export interface FilterChip {
  id: string;
  label: string;
  /** The filters without this one. */
  without: AnnotationFilters;
}

export function filterChips(filters: AnnotationFilters): FilterChip[] {
  const chips: FilterChip[] = KIND_FILTERS.filter((k) => filters.kinds.includes(k.kind)).map((k) => ({
    id: `kind:${k.kind}`,
    label: k.label,
    without: toggleKind(filters, k.kind),
  }));
  if (filters.speaker !== null) chips.push({ id: 'speaker', label: filters.speaker, without: { ...filters, speaker: null } });
  if (filters.tag !== null) chips.push({ id: 'tag', label: `#${filters.tag.path}`, without: { ...filters, tag: null } });
  if (filters.outlet !== null) chips.push({ id: 'outlet', label: filters.outlet.name, without: { ...filters, outlet: null } });
  const dates = dateRangeLabel(filters.after, filters.before);
  if (dates) chips.push({ id: 'dates', label: dates, without: { ...filters, after: null, before: null } });
  return chips;
}

/** "From 2025-06-01", "Before 2025-07-01", "2025-06-01 – 2025-07-01" (before is exclusive). */
export function dateRangeLabel(after: string | null, before: string | null): string | null {
  if (after && before) return `${after} – ${before}`;
  if (after) return `From ${after}`;
  if (before) return `Before ${before}`;
  return null;
}

/** A person-readable problem with a date range, or null. */
export function dateRangeProblem(after: string, before: string): string | null {
  if (after && before && after >= before) return 'The second date must come after the first.';
  return null;
}
