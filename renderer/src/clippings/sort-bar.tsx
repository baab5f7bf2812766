import type { ListSort, SortDirection } from '../../../shared/domain/list-query';
import { useSelection } from '../layout/selection-context';
import { SortArrow } from '../search/list-icons';

const SORTS: Array<{ sort: ListSort; label: string }> = [
  { sort: 'relevance', label: 'Relevance' },
  { sort: 'captured', label: 'Captured' },
  { sort: 'published', label: 'Published' },
  { sort: 'title', label: 'Title' },
  { sort: 'outlet', label: 'Outlet' },
];

/**
 * The list's column header, compact: what it is sorted by, and the way. The sort
 * shown again reverses it. Relevance is offered only when there are search words.
 */
export function SortBar({ shown, direction, words }: { shown: ListSort; direction: SortDirection; words: boolean }) {
  const { setSort } = useSelection();
  const way = shown === 'relevance' ? (direction === 'desc' ? 'best first' : 'weakest first') : wayOf(shown, direction);
  return (
    <div className="sort-bar" role="toolbar" aria-label="Sort by">
      {SORTS.filter((item) => words || item.sort !== 'relevance').map(({ sort, label }) => (
        <button
          key={sort}
          type="button"
          className="sort-button"
          aria-pressed={sort === shown}
          title={sort === shown ? `Sorted by ${label.toLowerCase()}, ${way} — click to reverse` : `Sort by ${label.toLowerCase()}`}
          onClick={() => setSort(sort, shown)}
        >
          {label}
          {sort === shown && <SortArrow direction={direction} />}
        </button>
      ))}
    </div>
  );
}

function wayOf(sort: ListSort, direction: SortDirection): string {
  if (sort === 'title' || sort === 'outlet') return direction === 'asc' ? 'A to Z' : 'Z to A';
  return direction === 'desc' ? 'newest first' : 'oldest first';
}
