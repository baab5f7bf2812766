import { useEffect } from 'react';
import { hasCommandKey } from '../ui/platform';

/** ⌘, on macOS and Ctrl+, elsewhere open Settings, as in most desktop apps. */
export function useSettingsShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey || !hasCommandKey(event) || event.key !== ',') return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
