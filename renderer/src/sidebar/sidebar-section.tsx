import { useId, useState, type ReactNode } from 'react';
import { Hint } from '../ui/hint';
import { ChevronRightIcon } from './sidebar-icons';
import { PlusIcon } from '../ui/icons';

const STORAGE_KEY = 'dossier.sidebar.closed';

function closedSections(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

interface Props {
  title: string;
  /** The + button beside the title (e.g. New collection…). */
  add?: { label: string; run(): void };
  children: ReactNode;
}

/** A titled part of the sidebar; its title folds it away, remembered across launches. */
export function SidebarSection({ title, add, children }: Props) {
  const headingId = useId();
  const [open, setOpen] = useState(() => !closedSections().has(title));
  const toggle = () => {
    const closed = closedSections();
    if (open) closed.add(title);
    else closed.delete(title);
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...closed]));
    setOpen(!open);
  };
  return (
    <section className="sidebar-section" aria-labelledby={headingId}>
      <div className="sidebar-section-header">
        <h2 className="sidebar-section-title" id={headingId}>
          <button type="button" className="sidebar-section-toggle" aria-expanded={open} onClick={toggle}>
            {title}
            <span className="sidebar-section-chevron" data-open={open ? '' : undefined}>
              <ChevronRightIcon />
            </span>
          </button>
        </h2>
        {add && (
          <Hint label={add.label} side="right">
            <button type="button" className="sidebar-section-add" aria-label={add.label} onClick={add.run}>
              <PlusIcon />
            </button>
          </Hint>
        )}
      </div>
      {open && children}
    </section>
  );
}

/** A quiet line in an empty section, e.g. "No tags yet". */
export function SidebarEmpty({ children }: { children: ReactNode }) {
  return <p className="sidebar-empty">{children}</p>;
}
