import { HIGHLIGHT_COLOR_NAMES, highlightColors } from '../../../shared/domain/annotation';
import { CloseIcon } from '../ui/icons';
import { filterChips, hasFilters, NO_FILTERS, toggleColor } from './annotation-filters';
import { AnnotationSortToggle } from './annotation-sort-toggle';
import { useAnnotationView } from './annotation-view-state';

/**
 * Under the search box: the five colours as toggles and the order; below them, the
 * other filters chosen in the Filters menu as chips, each removed with a click.
 */
export function AnnotationFilterBar() {
  const { filters, setFilters } = useAnnotationView();
  const chips = filterChips(filters);
  const filtering = filters.colors.length > 0;
  return (
    <div className="ann-filter-bar">
      <div className="ann-filter-line">
        <div className="ann-swatches" role="group" aria-label="Colours" data-filtering={filtering ? '' : undefined}>
          {highlightColors.map((color) => (
            <button
              key={color}
              type="button"
              className="ann-swatch"
              data-color={color}
              aria-pressed={filters.colors.includes(color)}
              aria-label={HIGHLIGHT_COLOR_NAMES[color]}
              title={`Only ${HIGHLIGHT_COLOR_NAMES[color].toLowerCase()} highlights (${color})`}
              onClick={() => setFilters((f) => toggleColor(f, color))}
            />
          ))}
        </div>
        <AnnotationSortToggle />
      </div>
      {(chips.length > 0 || filtering) && (
        <div className="ann-chips" role="group" aria-label="Active filters">
          {chips.map((chip) => (
            <button key={chip.id} type="button" className="ann-chip" title="Remove this filter" onClick={() => setFilters(chip.without)}>
              <span className="ann-chip-label">{chip.label}</span>
              <CloseIcon />
              <span className="visually-hidden"> (remove)</span>
            </button>
          ))}
          {hasFilters(filters) && (
            <button type="button" className="link-button ann-chips-clear" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          )}
        </div>
      )}
    </div>
  );
}
