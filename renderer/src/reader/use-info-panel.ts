import { useCallback, useEffect, useRef, useState } from 'react';
import { focusReader } from '../layout/focus-reader';

/**
 * The Info panel's open state. Opening moves focus into the panel so its fields
 * are a Tab away; closing from inside it returns focus to the text.
 */
export function useInfoPanel() {
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const focusOnOpen = useRef(false);

  const close = useCallback(() => {
    const hadFocus = panelRef.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (hadFocus) requestAnimationFrame(focusReader);
  }, []);

  const toggle = useCallback(() => {
    if (open) return close();
    focusOnOpen.current = true;
    setOpen(true);
  }, [open, close]);

  useEffect(() => {
    if (open && focusOnOpen.current && panelRef.current) {
      focusOnOpen.current = false;
      panelRef.current.focus();
    }
  });

  return { open, toggle, close, panelRef };
}
