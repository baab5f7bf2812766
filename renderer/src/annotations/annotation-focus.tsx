import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Which annotation the reader should bring into view and flash: set by a click in the
 * annotations panel or in the Quotes & annotations view. `request` changes on every
 * call, so asking for the same annotation twice flashes it twice. A passage opened
 * from the Compare view asks the same of a stretch of a clipping's text (`focusedRange`).
 */
interface AnnotationFocus {
  focused: { annotationId: number; request: number } | null;
  focusAnnotation(annotationId: number): void;
  focusedRange: { clippingId: number; start: number; end: number; request: number } | null;
  focusRange(clippingId: number, start: number, end: number): void;
}

const AnnotationFocusContext = createContext<AnnotationFocus | null>(null);

export function AnnotationFocusProvider({ children }: { children: ReactNode }) {
  const [focused, setFocused] = useState<AnnotationFocus['focused']>(null);
  const [focusedRange, setFocusedRange] = useState<AnnotationFocus['focusedRange']>(null);
  const focusAnnotation = useCallback((annotationId: number) => setFocused((last) => ({ annotationId, request: (last?.request ?? 0) + 1 })), []);
  const focusRange = useCallback(
    (clippingId: number, start: number, end: number) => setFocusedRange((last) => ({ clippingId, start, end, request: (last?.request ?? 0) + 1 })),
    [],
  );
  const value = useMemo(() => ({ focused, focusAnnotation, focusedRange, focusRange }), [focused, focusAnnotation, focusedRange, focusRange]);
  return <AnnotationFocusContext.Provider value={value}>{children}</AnnotationFocusContext.Provider>;
}

export function useAnnotationFocus(): AnnotationFocus {
  const value = useContext(AnnotationFocusContext);
  if (!value) throw new Error('useAnnotationFocus needs an AnnotationFocusProvider');
  return value;
}
