import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { isBookmarkletUrl } from './bookmarklet-url';

/**
 * "Clip to Dossier", to drag to the browser's bookmarks bar. Clicking it here does
 * nothing: the app's own policy would refuse to run it anyway.
 */
export function BookmarkletLink({ url, describedBy }: { url: string; describedBy?: string }) {
  const ref = useRef<HTMLAnchorElement>(null);

  useLayoutEffect(() => {
    const link = ref.current;
    if (!link) return;
    if (isBookmarkletUrl(url)) link.setAttribute('href', url);
    else link.removeAttribute('href');
  }, [url]);

  return (
    <a ref={ref} className="bookmarklet" draggable aria-describedby={describedBy} onClick={preventRun}>
      Clip to Dossier
    </a>
  );
}

function preventRun(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
}
