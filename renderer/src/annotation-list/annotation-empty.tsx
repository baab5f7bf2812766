import { HIGHLIGHT_COLOR_NAMES, highlightColors } from '../../../shared/domain/annotation';
import { useScope } from '../sidebar/use-scope';

/** Nothing highlighted yet in the whole library: how quotes get here. */
export function NoAnnotations() {
  const { setScope } = useScope();
  return (
    <section className="empty-state ann-empty" aria-labelledby="no-annotations-title">
      <h2 id="no-annotations-title" className="empty-title">
        No quotes or annotations yet
      </h2>
      <p className="empty-lead">Highlight text in a clipping to collect quotes here.</p>
      <ul className="empty-ways">
        <li>
          <span className="ann-empty-keys">
            <kbd>1</kbd>–<kbd>5</kbd>
          </span>
          <span>
            Select words in the reader and press a number to <strong>highlight</strong> them:
            <span className="ann-empty-colors">
              {highlightColors.map((color) => (
                <span key={color} className="ann-empty-color" data-color={color}>
                  {color} {HIGHLIGHT_COLOR_NAMES[color].toLowerCase()}
                </span>
              ))}
            </span>
          </span>
        </li>
        <li>
          <span className="ann-empty-keys">Kind</span>
          <span>
            Mark a highlight as a <strong>quote</strong> (with who said it), a claim, a fact or a note, add a comment and tags —
            then find it here by colour, kind, speaker, tag, outlet or date.
          </span>
        </li>
      </ul>
      <button type="button" className="button" onClick={() => setScope({ kind: 'library' })}>
        Go to the Library
      </button>
    </section>
  );
}

interface NoMatchesProps {
  filtered: boolean;
  searched: boolean;
  onClearFilters(): void;
  onClearSearch(): void;
}

/** The filters or words leave nothing: say so, and offer the way back. */
export function NoMatchingAnnotations({ filtered, searched, onClearFilters, onClearSearch }: NoMatchesProps) {
  const what = filtered && searched ? 'this search and these filters' : filtered ? 'these filters' : 'this search';
  return (
    <div className="list-message ann-no-matches" role="status">
      <p>No annotations match {what}.</p>
      <div className="ann-no-matches-actions">
        {filtered && (
          <button type="button" className="button button-small" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
        {searched && (
          <button type="button" className="button button-small" onClick={onClearSearch}>
            Clear search
          </button>
        )}
      </div>
    </div>
  );
}
