import { createContext, useContext } from 'react';

export type ToastKind = 'info' | 'error' | 'progress';

export interface ToastSpec {
  kind?: ToastKind;
  title: string;
  description?: string;
  /** One optional action, e.g. Undo. */
  action?: { label: string; altText: string; run: () => void };
}

export interface Toaster {
  show(toast: ToastSpec): string;
  update(id: string, toast: ToastSpec): void;
  dismiss(id: string): void;
}

export const ToastContext = createContext<Toaster | null>(null);

export function useToast(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToast must be used inside <ToastProvider>.');
  return toaster;
}
