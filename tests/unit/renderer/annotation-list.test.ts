import { describe, expect, it } from 'vitest';
import type { AnnotationListItem, AnnotationPage } from '../../../shared/domain/annotation';
import {
  annotationRequest,
  dateRangeLabel,
  dateRangeProblem,
  filterChips,
  hasFilters,
  NO_FILTERS,
  toggleColor,
  toggleKind,
} from '../../../renderer/src/annotation-list/annotation-filters';
import { annotationAt, indexOfAnnotation } from '../../../renderer/src/annotation-list/annotation-pages';
import { annotationLabel, clippingDate, quoteOf } from '../../../renderer/src/annotation-list/describe-annotation';

function item(overrides: Partial<AnnotationListItem> = {}): AnnotationListItem {
  return {
    id: 1,
    clippingId: 7,
    color: 1,
    kind: null,
    speaker: null,
    comment: '',
    tags: [],
    target: { exact: 'Every young\ncitizen  will serve', prefix: '', suffix: '', start: 0, end: 30, block: 0 },
    orphaned: false,
    createdAt: '2025-06-20T10:00:00Z',
    updatedAt: '2025-06-20T10:00:00Z',
    clipping: { id: 7, title: 'Veskaria launches summer service', outletName: 'Meridian Wire', published: '2025-06-14', createdAt: '2025-06-15T08:00:00Z' },
    ...overrides,
  };
}

function page(ids: number[]): AnnotationPage {
  return { total: 0, items: ids.map((id) => item({ id })) };
}

describe('annotation filters', () => {
  it('toggles colours and kinds, keeping one order whatever the clicks', () => {
    let filters = toggleColor(NO_FILTERS, 4);
    filters = toggleColor(filters, 1);
    expect(filters.colors).toEqual([1, 4]);
    expect(toggleColor(filters, 4).colors).toEqual([1]);
    filters = toggleKind(toggleKind(filters, 'highlight'), 'quote');
    expect(filters.kinds).toEqual(['quote', 'highlight']);
    expect(toggleKind(filters, 'quote').kinds).toEqual(['highlight']);
  });

  it('makes the same request for the same choice, words trimmed', () => {
    const a = annotationRequest(toggleColor(toggleColor(NO_FILTERS, 2), 1), '  lantern ', 'created');
    const b = annotationRequest(toggleColor(toggleColor(NO_FILTERS, 1), 2), 'lantern', 'created');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toEqual({ query: 'lantern', colors: [1, 2], kinds: [], tagId: null, speaker: null, outletId: null, after: null, before: null, sort: 'created' });
  });

  it('sends ids for tag and outlet, and says when anything is filtered', () => {
    const filters = { ...NO_FILTERS, tag: { id: 3, path: 'Veskaria/Youth' }, outlet: { id: 9, name: 'Meridian Wire' } };
    expect(annotationRequest(filters, '', 'published')).toMatchObject({ tagId: 3, outletId: 9, sort: 'published' });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, before: '2025-07-01' })).toBe(true);
  });

  it('shows each filter but the colours as a chip that removes just that filter', () => {
    const filters = { ...toggleKind(toggleKind(toggleColor(NO_FILTERS, 2), 'fact'), 'quote'), speaker: 'Ilse Drovan', after: '2025-06-01' };
    const chips = filterChips(filters);
    expect(chips.map((chip) => chip.label)).toEqual(['Quote', 'Fact', 'Ilse Drovan', 'From 2025-06-01']);
    expect(chips[1]!.without.kinds).toEqual(['quote']);
    expect(chips[2]!.without).toEqual({ ...filters, speaker: null });
    expect(chips[3]!.without.colors).toEqual([2]);
  });

  it('describes and checks date ranges', () => {
    expect(dateRangeLabel(null, null)).toBeNull();
    expect(dateRangeLabel(null, '2025-07-01')).toBe('Before 2025-07-01');
    expect(dateRangeLabel('2025-06-01', '2025-07-01')).toBe('2025-06-01 – 2025-07-01');
    expect(dateRangeProblem('2025-06-01', '')).toBeNull();
    expect(dateRangeProblem('2025-07-01', '2025-06-01')).toMatch(/after the first/);
    expect(dateRangeProblem('2025-07-01', '2025-07-01')).not.toBeNull();
  });
});

describe('annotation pages', () => {
  it('finds rows by position and by id in the loaded pages', () => {
    const pages = new Map([
      [0, page([10, 11, 12])],
      [2, page([30, 31])],
    ]);
    expect(annotationAt(pages, 1, 3)?.id).toBe(11);
    expect(annotationAt(pages, 4, 3)).toBeUndefined();
    expect(annotationAt(pages, 7, 3)?.id).toBe(31);
    expect(annotationAt(pages, -1, 3)).toBeUndefined();
    expect(indexOfAnnotation(pages, 30, 3)).toBe(6);
    expect(indexOfAnnotation(pages, 99, 3)).toBe(-1);
  });
});

describe('describing an annotation', () => {
  it('dates a clipping by its publication day, else its capture', () => {
    expect(clippingDate(item().clipping)).toMatchObject({ iso: '2025-06-14', published: true });
    expect(clippingDate({ ...item().clipping, published: null })).toMatchObject({ iso: '2025-06-15T08:00:00Z', published: false });
  });

  it('puts the quote on one line, and a page note has none', () => {
    expect(quoteOf(item())).toBe('Every young citizen will serve');
    expect(quoteOf(item({ target: null }))).toBeNull();
  });

  it('names a row by its quote, what it is, and where it is from', () => {
    const date = clippingDate(item().clipping).text;
    expect(date).not.toBe('');
    expect(annotationLabel(item({ kind: 'quote', speaker: 'Ilse Drovan' }))).toBe(
      `“Every young citizen will serve” — Quote, Ilse Drovan — Veskaria launches summer service, Meridian Wire, ${date}`,
    );
    expect(annotationLabel(item({ target: null, orphaned: false }))).toMatch(/^Page note — Veskaria/);
    expect(annotationLabel(item({ orphaned: true }))).toMatch(/— orphan —/);
    const long = 'word '.repeat(100).trim();
    const label = annotationLabel(item({ target: { exact: long, prefix: '', suffix: '', start: 0, end: long.length, block: 0 } }));
    expect(label.indexOf('…”')).toBe(160);
  });
});
