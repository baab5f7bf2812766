import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { findCachedRow, useClipping } from '../clippings/use-clipping-queries';
import { READER_ID } from '../layout/focus-reader';
import { isEditableTarget } from '../ui/platform';
import { InfoPanel } from './info-panel';
import { OriginalDialog } from './original-dialog';
import { ReaderByline } from './reader-byline';
import { ReaderDocument } from './reader-document';
import { ReaderMeta } from './reader-meta';
import { ReaderTags } from './reader-tags';
import { ReaderTitle } from './reader-title';
import { ReaderToolbar } from './reader-toolbar';
import { useInfoPanel } from './use-info-panel';
import { useShownVersion } from './use-shown-version';

/**
 * One clipping (the list's current row, or the clipping of an annotation chosen in the
 * Quotes & annotations view). Its title and meta show at once from the list row; the
 * document follows when `clippings.get` returns. Beside it, the Info panel.
 */
export function Reader({ clippingId }: { clippingId: number | null }) {
  const { shownId, showVersion } = useShownVersion(clippingId);
  const queryClient = useQueryClient();
  const full = useClipping(shownId);
  const row = useMemo(
    () => (shownId === null ? undefined : findCachedRow(queryClient, shownId)),
    [queryClient, shownId],
  );
  const clipping = full.data ?? row;
  const info = useInfoPanel();
  const [originalOpen, setOriginalOpen] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Menus and dialogs opened from the reader are portals: their keys bubble here in React but are not the reader's.
    if (!event.currentTarget.contains(event.target as Node)) return;
    if (event.key !== 'i' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isEditableTarget(event.target) || clipping === undefined) return;
    event.preventDefault();
    info.toggle();
  };

  return (
    <article className="reader" aria-label="Reader" onKeyDown={onKeyDown}>
      {shownId === null ? (
        <div className="reader-placeholder">Select a clipping to read it.</div>
      ) : !clipping ? (
        full.isError ? (
          <div className="reader-placeholder" role="alert">
            {errorMessage(full.error)}
          </div>
        ) : (
          <div className="reader-placeholder" />
        )
      ) : (
        <>
          <ReaderToolbar
            clipping={clipping}
            hasOriginal={full.data ? full.data.capture !== null : undefined}
            infoOpen={info.open}
            onToggleInfo={info.toggle}
            onOpenOriginal={() => setOriginalOpen(true)}
            onShowVersion={showVersion}
          />
          <div className="reader-body" data-info={info.open ? '' : undefined}>
            <div id={READER_ID} className="reader-scroll" tabIndex={-1} key={clipping.id}>
              <div className="reader-column">
                <header className="reader-header">
                  <ReaderTitle clipping={clipping} />
                  <ReaderByline clipping={clipping} />
                  <ReaderTags clipping={clipping} />
                  <ReaderMeta clipping={clipping} />
                </header>
                {full.data ? (
                  <ReaderDocument doc={full.data.doc} />
                ) : full.isError ? (
                  <p className="reader-error" role="alert">
                    {errorMessage(full.error)}
                  </p>
                ) : (
                  <div className="reader-loading" aria-busy="true" />
                )}
              </div>
            </div>
            {info.open &&
              (full.data ? (
                <InfoPanel key={full.data.id} ref={info.panelRef} clipping={full.data} onClose={info.close} />
              ) : (
                <aside className="info-panel" aria-label="Info" aria-busy="true" />
              ))}
          </div>
          <OriginalDialog clipping={clipping} open={originalOpen} onOpenChange={setOriginalOpen} />
        </>
      )}
    </article>
  );
}
