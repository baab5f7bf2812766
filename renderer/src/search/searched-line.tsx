import type { SearchedAs } from '../../../shared/domain/list-query';

/**
 * Under the search box: what was searched, as the core read it, and how many were
 * found. A query read differently from how it was typed says why.
 */
export function SearchedLine({ searched, total, pending }: { searched: SearchedAs | undefined; total: number; pending: boolean }) {
  if (!searched) return null;
  return (
    <div className="searched" aria-live="polite" aria-busy={pending}>
      <div className="searched-line">
        <span className="searched-query">
          Searched: <code>{searched.query || '(everything)'}</code>
        </span>
        <span className="searched-count">
          {total.toLocaleString()} {total === 1 ? 'result' : 'results'}
        </span>
      </div>
      {searched.notes.length > 0 && (
        <ul className="searched-notes">
          {searched.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
