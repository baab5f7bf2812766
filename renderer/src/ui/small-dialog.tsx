import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  /** Deleting: the confirm button says so in red. */
  danger?: boolean;
  pending?: boolean;
  /** False keeps the confirm button off (nothing to do yet). */
  canConfirm?: boolean;
  onConfirm(): void;
  /** Where focus goes back to on close (the sidebar row the dialog is about). */
  returnFocus?(): HTMLElement | null;
  /** A second action beside the buttons (e.g. "Merge instead…"). */
  extra?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A small question: a title, a sentence, maybe a field or two, Cancel and one action. */
export function SmallDialog({ open, onOpenChange, title, description, confirmLabel, danger, pending, canConfirm = true, onConfirm, returnFocus, extra, children, className }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canConfirm && !pending) onConfirm();
  };
  const onCloseAutoFocus = (event: Event) => {
    const target = returnFocus?.();
    if (target?.isConnected) {
      event.preventDefault();
      target.focus();
    }
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog small-dialog ${className ?? ''}`} {...(description ? {} : { 'aria-describedby': undefined })} onCloseAutoFocus={onCloseAutoFocus}>
          <form onSubmit={submit} className="small-dialog-form">
            <header className="dialog-header">
              <Dialog.Title className="dialog-title">{title}</Dialog.Title>
              {description && <Dialog.Description className="dialog-description">{description}</Dialog.Description>}
            </header>
            {children && <div className="small-dialog-body">{children}</div>}
            <footer className="small-dialog-footer">
              {extra}
              <span className="small-dialog-spacer" />
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={!canConfirm || pending}>
                {confirmLabel}
              </button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
