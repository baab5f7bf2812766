import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { useOutlets, useTags } from '../library/use-library-queries';
import { ChevronDownIcon } from '../ui/icons';
import { filterToken } from './append-filter';
import { DateRangeDialog } from './date-range-dialog';
import { FilterIcon } from './list-icons';

/** Languages offered besides those the outlets name. */
const COMMON_LANGUAGES = ['en', 'ko', 'ja', 'zh', 'fr', 'de', 'ru', 'es'];
const MOST = 30;
const languageName = new Intl.DisplayNames(undefined, { type: 'language' });

/**
 * The search filters, clickable: each choice types its filter into the search box
 * (`is:unread`, `lang:ko`, `outlet:…`, `tag:…`, `after:`/`before:`), so what the
 * menu does is always visible and editable as text.
 */
export function FiltersMenu({ onAdd }: { onAdd(token: string): void }) {
  const [datesOpen, setDatesOpen] = useState(false);
  const outlets = useOutlets();
  const tags = useTags();
  const languages = [...new Set([...COMMON_LANGUAGES, ...(outlets.data ?? []).flatMap((o) => (o.language ? [o.language.toLowerCase()] : []))])];
  const topOutlets = [...(outlets.data ?? [])].sort((a, b) => b.count - a.count).slice(0, MOST);
  const topTags = [...(tags.data ?? [])].sort((a, b) => b.count - a.count).slice(0, MOST).sort((a, b) => a.path.localeCompare(b.path));

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="button button-quiet search-filters" aria-label="Filters">
            <FilterIcon />
            <ChevronDownIcon />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu filters-menu" align="end" sideOffset={4} collisionPadding={8}>
            <DropdownMenu.Label className="menu-label">Add a filter</DropdownMenu.Label>
            <Item label="Unread" token="is:unread" onAdd={onAdd} />
            <Item label="Starred" token="is:starred" onAdd={onAdd} />
            <DropdownMenu.Item className="menu-item" onSelect={() => setDatesOpen(true)}>
              Date range…
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <Sub label="Language">
              {languages.map((code) => (
                <Item key={code} label={`${languageName.of(code) ?? code} (${code})`} token={filterToken('lang', code)} onAdd={onAdd} />
              ))}
            </Sub>
            <Sub label="Outlet" empty={topOutlets.length === 0 ? 'No outlets yet' : undefined}>
              {topOutlets.map((outlet) => (
                <Item key={outlet.id} label={outlet.name} detail={outlet.count} token={filterToken('outlet', outlet.domain)} onAdd={onAdd} />
              ))}
            </Sub>
            <Sub label="Tag" empty={topTags.length === 0 ? 'No tags yet' : undefined}>
              {topTags.map((tag) => (
                <Item key={tag.id} label={tag.path} detail={tag.count} token={filterToken('tag', tag.path)} onAdd={onAdd} />
              ))}
            </Sub>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <DateRangeDialog open={datesOpen} onOpenChange={setDatesOpen} onAdd={onAdd} />
    </>
  );
}

function Item({ label, detail, token, onAdd }: { label: string; detail?: number; token: string; onAdd(token: string): void }) {
  return (
    <DropdownMenu.Item className="menu-item filter-item" onSelect={() => onAdd(token)}>
      <span className="filter-item-label">{label}</span>
      {detail !== undefined && <span className="filter-item-count">{detail.toLocaleString()}</span>}
    </DropdownMenu.Item>
  );
}

function Sub({ label, empty, children }: { label: string; empty?: string; children: React.ReactNode }) {
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
