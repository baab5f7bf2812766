import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  disabled?: boolean;
  onConfirm(): void;
  children?: ReactNode;
}

/** A small question from the list: a title, a sentence, perhaps a field, Cancel and one action. */
export function PromptDialog({ open, onOpenChange, title, description, confirmLabel, danger, disabled, onConfirm, children }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onConfirm();
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog prompt-dialog" {...(description ? {} : { 'aria-describedby': undefined })}>
          <form onSubmit={submit}>
            <header className="dialog-header">
              <Dialog.Title className="dialog-title">{title}</Dialog.Title>
              {description && <Dialog.Description className="dialog-description">{description}</Dialog.Description>}
            </header>
            {children && <div className="prompt-dialog-body">{children}</div>}
            <footer className="prompt-dialog-footer">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={disabled}>
                {confirmLabel}
              </button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
