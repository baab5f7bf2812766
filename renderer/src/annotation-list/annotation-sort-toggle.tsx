import { SortArrow } from '../search/list-icons';
import type { AnnotationSort } from './annotation-filters';
import { useAnnotationView } from './annotation-view-state';

const SORTS: ReadonlyArray<{ sort: AnnotationSort; label: string; title: string }> = [
  { sort: 'created', label: 'Newest', title: 'Newest annotations first' },
  { sort: 'published', label: 'Published', title: 'By the clipping’s publication date, newest first' },
];

/** Newest annotation first, or by when the clipping was published; both newest first. */
export function AnnotationSortToggle() {
  const { sort: shown, setSort } = useAnnotationView();
  return (
    <div className="ann-sort" role="toolbar" aria-label="Sort by">
      {SORTS.map(({ sort, label, title }) => (
        <button key={sort} type="button" className="sort-button" aria-pressed={sort === shown} title={title} onClick={() => setSort(sort)}>
          {label}
          {sort === shown && <SortArrow direction="desc" />}
        </button>
      ))}
    </div>
  );
}
