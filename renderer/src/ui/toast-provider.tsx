import * as Toast from '@radix-ui/react-toast';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import { ToastContext, type ToastSpec, type Toaster } from './toast-context';

interface LiveToast extends ToastSpec {
  id: string;
  open: boolean;
}

/** Errors stay long enough to read a sentence; progress stays until replaced. */
const DURATION = { info: 4000, error: 10000, progress: 1000 * 60 * 60 } as const;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<LiveToast[]>([]);
  const nextId = useRef(0);

  const show = useCallback((toast: ToastSpec) => {
    const id = `toast-${++nextId.current}`;
    // A few at a time: older notes give way to newer ones.
    setToasts((list) => [...list.slice(-2), { ...toast, id, open: true }]);
    return id;
  }, []);
  const update = useCallback((id: string, toast: ToastSpec) => {
    setToasts((list) => list.map((item) => (item.id === id ? { ...toast, id, open: true } : item)));
  }, []);
  const dismiss = useCallback((id: string) => {
    setToasts((list) => list.map((item) => (item.id === id ? { ...item, open: false } : item)));
    // Leave time for the closing transition before the toast leaves the list.
    window.setTimeout(() => setToasts((list) => list.filter((item) => item.id !== id || item.open)), 400);
  }, []);

  const toaster = useMemo<Toaster>(() => ({ show, update, dismiss }), [show, update, dismiss]);

  return (
    <ToastContext.Provider value={toaster}>
      <Toast.Provider swipeDirection="right" label="Notification">
        {children}
        {toasts.map((toast) => (
          <ToastItem
            key={toast.id}
            toast={toast}
            onOpenChange={(open) => (open ? undefined : dismiss(toast.id))}
          />
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onOpenChange }: { toast: LiveToast; onOpenChange(open: boolean): void }) {
  const kind = toast.kind ?? 'info';
  return (
    <Toast.Root
      className="toast"
      data-kind={kind}
      open={toast.open}
      onOpenChange={onOpenChange}
      duration={DURATION[kind]}
      type={kind === 'error' ? 'foreground' : 'background'}
      role={kind === 'error' ? 'alert' : 'status'}
      // Radix lets Escape close the newest toast before anything else, even a dialog
      // or a title being renamed. Escape closes a toast only when focus is on it.
      onEscapeKeyDown={(event) => {
        if (!(document.activeElement instanceof Element && document.activeElement.closest('.toast'))) event.preventDefault();
      }}
    >
      <Toast.Title className="toast-title">{toast.title}</Toast.Title>
      {toast.description && <Toast.Description className="toast-description">{toast.description}</Toast.Description>}
      {toast.action && (
        <Toast.Action className="toast-action" altText={toast.action.altText} onClick={toast.action.run}>
          {toast.action.label}
        </Toast.Action>
      )}
      <Toast.Close className="toast-close" aria-label="Dismiss">
        <CloseIcon />
      </Toast.Close>
    </Toast.Root>
  );
}
