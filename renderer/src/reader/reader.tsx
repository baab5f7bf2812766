import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { errorMessage } from '../api/error-message';
import { cachedRows, useClipping } from '../clippings/use-clipping-queries';
import { READER_ID } from '../layout/focus-reader';
import { useSelection } from '../layout/selection-context';
import { ReaderByline } from './reader-byline';
import { ReaderDocument } from './reader-document';
import { ReaderMeta } from './reader-meta';
import { ReaderTitle } from './reader-title';
import { ReaderToolbar } from './reader-toolbar';

/**
 * The selected clipping. Its title and meta show at once from the list row; the
 * document follows when `clippings.get` returns.
 */
export function Reader() {
  const { view, selectedId } = useSelection();
  const queryClient = useQueryClient();
  const full = useClipping(selectedId);
  const row = useMemo(
    () => (selectedId === null ? undefined : cachedRows(queryClient, view).find((item) => item.id === selectedId)),
    [queryClient, view, selectedId],
  );
  const clipping = full.data ?? row;

  return (
    <article className="reader" aria-label="Reader">
      {selectedId === null ? (
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
          <ReaderToolbar clipping={clipping} />
          <div id={READER_ID} className="reader-scroll" tabIndex={-1} key={clipping.id}>
            <div className="reader-column">
              <header className="reader-header">
                <ReaderTitle clipping={clipping} />
                <ReaderByline clipping={clipping} />
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
        </>
      )}
    </article>
  );
}
