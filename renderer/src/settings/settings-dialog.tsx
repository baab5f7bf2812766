import * as Dialog from '@radix-ui/react-dialog';
import { useReturnFocus } from '../reader/use-return-focus';
import { CloseIcon } from '../ui/icons';
import { BridgeSection } from './bridge-section';
import { LibrarySection } from './library-section';

/** Settings: the browser bridge and where the library lives. */
export function SettingsDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog settings-dialog" aria-describedby={undefined} onCloseAutoFocus={returnFocus}>
          <header className="settings-header">
            <Dialog.Title className="dialog-title">Settings</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button button-quiet icon-button" aria-label="Close">
                <CloseIcon />
              </button>
            </Dialog.Close>
          </header>
          <div className="settings-body">
            <BridgeSection />
            <LibrarySection />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
