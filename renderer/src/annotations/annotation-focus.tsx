import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Which annotation the reader should bring into view and flash: set by a click in the
 * annotations panel or in the Quotes & annotations view. `request` changes on every
 * call, so asking for the same annotation twice flashes it twice.
 */
interface AnnotationFocus {
  focused: { annotationId: number; request: number } | null;
  focusAnnotation(annotationId: number): void;
}

const AnnotationFocusContext = createContext<AnnotationFocus | null>(null);

export function AnnotationFocusProvider({ children }: { children: ReactNode }) {
  const [focused, setFocused] = useState<AnnotationFocus['focused']>(null);
  const focusAnnotation = useCallback((annotationId: number) => setFocused((last) => ({ annotationId, request: (last?.request ?? 0) + 1 })), []);
  const value = useMemo(() => ({ focused, focusAnnotation }), [focused, focusAnnotation]);
  return <AnnotationFocusContext.Provider value={value}>{children}</AnnotationFocusContext.Provider>;
}

export function useAnnotationFocus(): AnnotationFocus {
  const value = useContext(AnnotationFocusContext);
  if (!value) throw new Error('useAnnotationFocus needs an AnnotationFocusProvider');
  return value;
}
