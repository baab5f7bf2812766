import { createContext, useContext, useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { annotationRequest, NO_FILTERS, type AnnotationFilters, type AnnotationSort } from './annotation-filters';

/** The current row: which annotation, the clipping the reader shows for it, and where it is in the list. */
export interface CurrentAnnotation {
  annotationId: number;
  clippingId: number;
  index: number;
}

/**
 * What the Quotes & annotations view shows and where it is. It lives above the panes
 * (AppShell), so going to the Library and back finds the same words, filters and row,
 * as each clipping scope keeps its own in the selection context.
 */
interface AnnotationView {
  query: string;
  setQuery(query: string): void;
  filters: AnnotationFilters;
  setFilters: Dispatch<SetStateAction<AnnotationFilters>>;
  sort: AnnotationSort;
  setSort(sort: AnnotationSort): void;
  current: CurrentAnnotation | null;
  setCurrent: Dispatch<SetStateAction<CurrentAnnotation | null>>;
}

const AnnotationViewContext = createContext<AnnotationView | null>(null);

export function AnnotationViewProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const [sort, setSort] = useState<AnnotationSort>('created');
  const [current, setCurrent] = useState<CurrentAnnotation | null>(null);
  const value = useMemo(
    (): AnnotationView => ({ query, setQuery, filters, setFilters, sort, setSort, current, setCurrent }),
    [query, filters, sort, current],
  );
  return <AnnotationViewContext.Provider value={value}>{children}</AnnotationViewContext.Provider>;
}

export function useAnnotationView(): AnnotationView {
  const view = useContext(AnnotationViewContext);
  if (!view) throw new Error('useAnnotationView must be used inside <AnnotationViewProvider>.');
  return view;
}

/** The request the view's list makes now. */
export function useAnnotationRequest() {
  const { filters, query, sort } = useAnnotationView();
  return useMemo(() => annotationRequest(filters, query, sort), [filters, query, sort]);
}
