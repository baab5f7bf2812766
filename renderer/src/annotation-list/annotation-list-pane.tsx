import { useState } from 'react';
import { AnnotationFilterBar } from './annotation-filter-bar';
import { hasFilters, NO_FILTERS } from './annotation-filters';
import { AnnotationList } from './annotation-list';
import { AnnotationSearchBox } from './annotation-search-box';
import { NoMatchingAnnotations } from './annotation-empty';
import { useAnnotationRequest, useAnnotationView } from './annotation-view-state';
import { useAnnotationHead } from './use-annotation-queries';

const annotations = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'annotation' : 'annotations'}`;

/** The middle column of the Quotes view: heading, search box, filters and order, the list. */
export function AnnotationListPane() {
  const { filters, setFilters, query, setQuery } = useAnnotationView();
  const request = useAnnotationRequest();
  const head = useAnnotationHead(request);
  // Clearing the words from outside the search box starts a fresh box (its draft is its own).
  const [searchBoxKey, setSearchBoxKey] = useState(0);
  const total = head.data?.total;

  return (
    <section className="list-pane ann-pane" aria-label="Quotes & annotations">
      <header className="list-header">
        <h2 className="list-header-title">Quotes & annotations</h2>
        {total !== undefined && <span className="list-header-count">{annotations(total)}</span>}
      </header>
      <AnnotationSearchBox key={searchBoxKey} />
      <AnnotationFilterBar />
      {total === 0 && !head.isPlaceholderData ? (
        <NoMatchingAnnotations
          filtered={hasFilters(filters)}
          searched={query.trim() !== ''}
          onClearFilters={() => setFilters(NO_FILTERS)}
          onClearSearch={() => {
            setQuery('');
            setSearchBoxKey((key) => key + 1);
          }}
        />
      ) : (
        <AnnotationList request={request} />
      )}
    </section>
  );
}
