import { useEffect, useRef, useState } from 'react';
import { urlsFromDataTransfer } from './parse-urls';
import { useImportDropped } from './use-import-dropped';

/** Files, or a link dragged from a browser; not text dragged around inside the app. */
function carriesFiles(event: DragEvent): boolean {
  const types = Array.from(event.dataTransfer?.types ?? []);
  return types.includes('Files') || types.includes('text/uri-list');
}

/**
 * The whole window is a drop zone for pages and links. Listening on `document`
 * also stops a dropped file from replacing the app with the file itself.
 */
export function DropOverlay() {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const importDropped = useImportDropped();

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      depth.current = 0;
      setActive(false);
      if (!event.dataTransfer) return;
      const files = Array.from(event.dataTransfer.files);
      const items =
        files.length > 0
          ? files.map((file) => ({ kind: 'file' as const, file }))
          : urlsFromDataTransfer(event.dataTransfer).map((url) => ({ kind: 'url' as const, url }));
      if (items.length === 0) return;
      event.preventDefault();
      void importDropped(items);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, [importDropped]);

  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <div className="drop-overlay-title">Drop to clip</div>
        <div className="drop-overlay-hint">.html, .htm, .mhtml, .txt or .md files, or links</div>
      </div>
    </div>
  );
}
