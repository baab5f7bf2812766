import { useCallback, useState } from 'react';
import type { LibraryView } from '../../../shared/domain/clipping';
import { useClippingCount } from '../clippings/use-clipping-queries';
import { useSelection } from '../layout/selection-context';
import { SettingsDialog } from '../settings/settings-dialog';
import { useSettingsShortcut } from '../settings/use-settings-shortcut';
import { Hint } from '../ui/hint';
import { LibraryIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { shortcut } from '../ui/platform';
import { SidebarFooter } from './sidebar-footer';

const VIEWS: Array<{ view: LibraryView; label: string; digit: string }> = [
  { view: 'library', label: 'Library', digit: '1' },
  { view: 'trash', label: 'Trash', digit: '2' },
];

export function Sidebar({ onAdd }: { onAdd(): void }) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useSettingsShortcut(openSettings);
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="sidebar-top">
        <Hint label="Paste, type or import a page" keys={shortcut('N')} side="right">
          <button type="button" className="button sidebar-add" onClick={onAdd}>
            <PlusIcon />
            Add clipping
          </button>
        </Hint>
      </div>
      <nav className="sidebar-nav" aria-label="Views">
        {VIEWS.map((item) => (
          <ViewButton key={item.view} {...item} />
        ))}
      </nav>
      <SidebarFooter onOpenSettings={openSettings} />
      <SettingsDialog open={settingsOpen} onOpenChange={setSettingsOpen} />
    </aside>
  );
}

function ViewButton({ view, label, digit }: { view: LibraryView; label: string; digit: string }) {
  const selection = useSelection();
  const count = useClippingCount(view);
  const current = selection.view === view;
  const countId = `view-count-${view}`;
  return (
    <Hint label={`Show ${label}`} keys={shortcut(digit)} side="right">
      <button
        type="button"
        className="sidebar-link"
        aria-label={label}
        aria-describedby={countId}
        aria-current={current ? 'page' : undefined}
        onClick={() => selection.setView(view)}
      >
        {view === 'library' ? <LibraryIcon /> : <TrashIcon />}
        <span className="sidebar-link-label">{label}</span>
        <span id={countId} className="sidebar-count">
          {count.data === undefined ? '' : count.data.toLocaleString()}
          <span className="visually-hidden">{count.data === 1 ? ' clipping' : ' clippings'}</span>
        </span>
      </button>
    </Hint>
  );
}
