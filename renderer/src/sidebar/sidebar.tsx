import { useCallback, useState } from 'react';
import { CollectionsSection } from '../collections/collections-section';
import { OutletsSection } from '../outlets/outlets-section';
import { SavedSearchesSection } from '../searches/saved-searches-section';
import { SettingsDialog } from '../settings/settings-dialog';
import { useSettingsShortcut } from '../settings/use-settings-shortcut';
import { TagsSection } from '../tags/tags-section';
import { Hint } from '../ui/hint';
import { PlusIcon } from '../ui/icons';
import { shortcut } from '../ui/platform';
import { SidebarFooter } from './sidebar-footer';
import { SidebarScrollContext } from './sidebar-scroll';
import { SidebarViews } from './sidebar-views';

/**
 * Add; the views; saved searches, collections, tags and outlets, all in one
 * scrolling area whose long trees are windowed; Settings at the foot.
 */
export function Sidebar({ onAdd }: { onAdd(): void }) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useSettingsShortcut(openSettings);
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
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
      <div className="sidebar-scroll" ref={setScrollElement}>
        <div className="sidebar-sections">
          <SidebarScrollContext.Provider value={scrollElement}>
            <SidebarViews />
            <SavedSearchesSection />
            <CollectionsSection />
            <TagsSection />
            <OutletsSection />
          </SidebarScrollContext.Provider>
        </div>
      </div>
      <SidebarFooter onOpenSettings={openSettings} />
      <SettingsDialog open={settingsOpen} onOpenChange={setSettingsOpen} />
    </aside>
  );
}
