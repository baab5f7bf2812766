import type { KeyboardEvent } from 'react';

export type AddTab = 'link' | 'paste' | 'file';

const TABS: Array<{ id: AddTab; label: string }> = [
  { id: 'link', label: 'Link' },
  { id: 'paste', label: 'Paste' },
  { id: 'file', label: 'Files' },
];

export const tabPanelId = (tab: AddTab) => `add-panel-${tab}`;
const tabId = (tab: AddTab) => `add-tab-${tab}`;

/** Link | Paste | Files, as an ARIA tab list: arrows move between tabs. */
export function AddTabs({ tab, onChange }: { tab: AddTab; onChange(tab: AddTab): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const at = TABS.findIndex((item) => item.id === tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.id;
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label="How to add" onKeyDown={onKeyDown}>
      {TABS.map((item) => (
        <button
          key={item.id}
          id={tabId(item.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab === item.id}
          aria-controls={tabPanelId(item.id)}
          tabIndex={tab === item.id ? 0 : -1}
          onClick={() => onChange(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

export function tabLabelledBy(tab: AddTab): string {
  return tabId(tab);
}
