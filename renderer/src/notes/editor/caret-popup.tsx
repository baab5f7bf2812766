import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** A list under the caret, kept inside the window; the editor keeps the focus (aria-activedescendant names the choice). */
export function CaretPopup({ left, top, label, id, activeId, children }: { left: number; top: number; label: string; id: string; activeId?: string; children: ReactNode }) {
  const width = 300;
  const x = Math.max(8, Math.min(left, window.innerWidth - width - 8));
  const y = Math.min(top, window.innerHeight - 120);
  return createPortal(
    <div
      className="note-popup"
      role="listbox"
      id={id}
      aria-label={label}
      aria-activedescendant={activeId}
      style={{ left: x, top: y, width }}
      // A click on a choice must not take the focus (and the selection) from the editor.
      onMouseDown={(event) => event.preventDefault()}
    >
      {children}
    </div>,
    document.body,
  );
}
