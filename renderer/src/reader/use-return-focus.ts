import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Radix returns focus to a dialog's own Trigger on close; a dialog opened from a
 * toolbar or by a shortcut has none, and focus would fall to the page. This keeps
 * what had focus when the dialog opened and gives focus back to it on close.
 * Pass the result as the dialog content's `onCloseAutoFocus`.
 */
export function useReturnFocus(open: boolean): (event: Event) => void {
  const previous = useRef<HTMLElement | null>(null);

  // A layout effect runs before the dialog's own focus moves into it.
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) previous.current = document.activeElement;
  }, [open]);

  return useCallback((event: Event) => {
    const target = previous.current;
    previous.current = null;
    if (target?.isConnected) {
      event.preventDefault();
      target.focus();
    }
  }, []);
}
