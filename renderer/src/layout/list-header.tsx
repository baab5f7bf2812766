import type { LibraryView } from '../../../shared/domain/clipping';

const TITLES: Record<LibraryView, string> = { library: 'Library', trash: 'Trash' };

/** The list's heading: which view, and how many clippings it holds. */
export function ListHeader({ view, total }: { view: LibraryView; total: number | undefined }) {
  return (
    <header className="list-header">
      <h2 className="list-header-title">{TITLES[view]}</h2>
      {total !== undefined && (
        <span className="list-header-count">
          {total.toLocaleString()} {total === 1 ? 'clipping' : 'clippings'}
        </span>
      )}
    </header>
  );
}
