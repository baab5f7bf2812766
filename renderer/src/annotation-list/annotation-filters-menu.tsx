import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState, type ReactNode } from 'react';
import { FilterIcon } from '../search/list-icons';
import { ChevronDownIcon } from '../ui/icons';
import { AnnotationDateDialog } from './annotation-date-dialog';
import { hasFilters, KIND_FILTERS, NO_FILTERS, toggleKind } from './annotation-filters';
import { useAnnotationView } from './annotation-view-state';
import { useAnnotationFacets } from './use-annotation-queries';

/**
 * The view's filters beyond colour, as the clipping list's Filters menu: kind, speaker,
 * tag and outlet (from `annotations.facets`, with counts), and a date range. A chosen
 * filter shows as a chip in the filter bar, where it is removed again.
 */
export function AnnotationFiltersMenu() {
  const { filters, setFilters } = useAnnotationView();
  const [open, setOpen] = useState(false);
  const [datesOpen, setDatesOpen] = useState(false);
  const facets = useAnnotationFacets(open);
  const loading = facets.isPending ? 'Loading…' : undefined;
  const speakers = facets.data?.speakers ?? [];
  const tags = facets.data?.tags ?? [];
  const outlets = facets.data?.outlets ?? [];

  return (
    <>
      <DropdownMenu.Root open={open} onOpenChange={setOpen}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button button-quiet search-filters" aria-label="Filters">
            <FilterIcon />
            <ChevronDownIcon />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu filters-menu" align="end" sideOffset={4} collisionPadding={8}>
            <DropdownMenu.Label className="menu-label">Filter annotations</DropdownMenu.Label>
            <Sub label="Kind">
              {KIND_FILTERS.map(({ kind, label }) => (
                <Check
                  key={kind}
                  label={kind === 'highlight' ? 'Highlight (no kind)' : label}
                  checked={filters.kinds.includes(kind)}
                  keepOpen
                  onSelect={() => setFilters((f) => toggleKind(f, kind))}
                />
              ))}
            </Sub>
            <Sub label="Speaker" empty={loading ?? (speakers.length === 0 ? 'No speakers yet' : undefined)}>
              {speakers.map((speaker) => (
                <Check
                  key={speaker.name}
                  label={speaker.name}
                  count={speaker.count}
                  checked={filters.speaker?.toLowerCase() === speaker.name.toLowerCase()}
                  onSelect={() => setFilters((f) => ({ ...f, speaker: f.speaker?.toLowerCase() === speaker.name.toLowerCase() ? null : speaker.name }))}
                />
              ))}
            </Sub>
            <Sub label="Tag" empty={loading ?? (tags.length === 0 ? 'No tagged annotations yet' : undefined)}>
              {tags.map((tag) => (
                <Check
                  key={tag.id}
                  label={tag.path}
                  count={tag.count}
                  checked={filters.tag?.id === tag.id}
                  onSelect={() => setFilters((f) => ({ ...f, tag: f.tag?.id === tag.id ? null : { id: tag.id, path: tag.path } }))}
                />
              ))}
            </Sub>
            <Sub label="Outlet" empty={loading ?? (outlets.length === 0 ? 'No outlets yet' : undefined)}>
              {outlets.map((outlet) => (
                <Check
                  key={outlet.id}
                  label={outlet.name}
                  count={outlet.count}
                  checked={filters.outlet?.id === outlet.id}
                  onSelect={() => setFilters((f) => ({ ...f, outlet: f.outlet?.id === outlet.id ? null : { id: outlet.id, name: outlet.name } }))}
                />
              ))}
            </Sub>
            <DropdownMenu.Item className="menu-item" onSelect={() => setDatesOpen(true)}>
              Date range…
            </DropdownMenu.Item>
            {hasFilters(filters) && (
              <>
                <DropdownMenu.Separator className="menu-separator" />
                <DropdownMenu.Item className="menu-item" onSelect={() => setFilters(NO_FILTERS)}>
                  Clear filters
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <AnnotationDateDialog open={datesOpen} onOpenChange={setDatesOpen} />
    </>
  );
}

interface CheckProps {
  label: string;
  count?: number;
  checked: boolean;
  /** Several can be on at once (kinds): the menu stays open. */
  keepOpen?: boolean;
  onSelect(): void;
}

function Check({ label, count, checked, keepOpen, onSelect }: CheckProps) {
  return (
    <DropdownMenu.CheckboxItem
      className="menu-item filter-item"
      checked={checked}
      onSelect={(event) => {
        if (keepOpen) event.preventDefault();
        onSelect();
      }}
    >
      <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
      <span className="filter-item-label">{label}</span>
      {count !== undefined && <span className="filter-item-count">{count.toLocaleString()}</span>}
    </DropdownMenu.CheckboxItem>
  );
}

function Sub({ label, empty, children }: { label: string; empty?: string; children: ReactNode }) {
  return (
    <DropdownMenu.Sub>
      <DropdownMenu.SubTrigger className="menu-item filter-sub">{label}</DropdownMenu.SubTrigger>
      <DropdownMenu.Portal>
        <DropdownMenu.SubContent className="menu filters-submenu" sideOffset={2} collisionPadding={8}>
          {empty ? <div className="menu-message">{empty}</div> : children}
        </DropdownMenu.SubContent>
      </DropdownMenu.Portal>
    </DropdownMenu.Sub>
  );
}
