import * as Dialog from '@radix-ui/react-dialog';
import { errorMessage } from '../api/error-message';
import { CloseIcon } from '../ui/icons';
import { CaptureRecordList } from './capture-record-list';
import { useOriginalView } from './use-original-view';
import { useReturnFocus } from './use-return-focus';

interface Props {
  clipping: { id: number; title: string };
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * The page as it was captured, for checking the clipping against its source. The
 * core has already removed scripts and frames and written a policy that loads
 * nothing; the frame adds a sandbox with no permissions at all, so the page gets an
 * opaque origin, cannot run script, submit forms, navigate the app or open windows.
 */
export function OriginalDialog({ clipping, open, onOpenChange }: Props) {
  const original = useOriginalView(clipping.id, open);
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog original-dialog" onCloseAutoFocus={returnFocus}>
          <header className="original-header">
            <div className="original-heading">
              <Dialog.Title className="dialog-title">Original page</Dialog.Title>
              <p className="original-subtitle" title={clipping.title}>
                {clipping.title}
              </p>
            </div>
            <Dialog.Close asChild>
              <button type="button" className="button button-quiet icon-button" aria-label="Close">
                <CloseIcon />
              </button>
            </Dialog.Close>
          </header>
          {original.data && <CaptureRecordList record={original.data.record} layout="row" />}
          <div className="original-frame-host">
            {original.isError ? (
              <p className="original-message" role="alert">
                {errorMessage(original.error)}
              </p>
            ) : !original.data ? (
              <p className="original-message" aria-busy="true">
                Loading the original…
              </p>
            ) : (
              <iframe
                className="original-frame"
                sandbox=""
                srcDoc={original.data.html}
                referrerPolicy="no-referrer"
                title="Original page (scripts off, offline)"
              />
            )}
          </div>
          <Dialog.Description className="original-note">
            As captured, with scripts off and nothing loaded from the network; images show where Dossier saved a copy.
          </Dialog.Description>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
