import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Which annotation the reader should bring into view and flash: set by a click in the
 * annotations panel, in the Quotes & annotations view, or on a citation in a note.
 * `request` changes on every call, so asking for the same annotation twice flashes it
 * twice. A quote cited from a note may name no annotation, or one deleted since: then
 * its words are looked for in the clipping's text (`quote`, with `clippingId`). A
 * passage opened from the Compare view asks the same of a stretch of a clipping's text
 * (`focusedRange`).
 */
export interface FocusedAnnotation {
  annotationId: number | null;
  /** With `quote`: where to look for the words when the annotation is not there. */
  clippingId: number | null;
  quote: string | null;
  request: number;
}

interface AnnotationFocus {
  focused: FocusedAnnotation | null;
  focusAnnotation(annotationId: number, fallback?: { clippingId: number; quote: string }): void;
  /** The place of these words in the clipping's text (found as re-anchoring finds a quote: never a guess). */
  focusQuote(clippingId: number, quote: string): void;
  focusedRange: { clippingId: number; start: number; end: number; request: number } | null;
  focusRange(clippingId: number, start: number, end: number): void;
}

const AnnotationFocusContext = createContext<AnnotationFocus | null>(null);

export function AnnotationFocusProvider({ children }: { children: ReactNode }) {
  const [focused, setFocused] = useState<FocusedAnnotation | null>(null);
  const [focusedRange, setFocusedRange] = useState<AnnotationFocus['focusedRange']>(null);
  const focusAnnotation = useCallback(
    (annotationId: number, fallback?: { clippingId: number; quote: string }) =>
      setFocused((last) => ({ annotationId, clippingId: fallback?.clippingId ?? null, quote: fallback?.quote ?? null, request: (last?.request ?? 0) + 1 })),
    [],
  );
  const focusQuote = useCallback(
    (clippingId: number, quote: string) => setFocused((last) => ({ annotationId: null, clippingId, quote, request: (last?.request ?? 0) + 1 })),
    [],
  );
  const focusRange = useCallback(
    (clippingId: number, start: number, end: number) => setFocusedRange((last) => ({ clippingId, start, end, request: (last?.request ?? 0) + 1 })),
    [],
  );
  const value = useMemo(
    () => ({ focused, focusAnnotation, focusQuote, focusedRange, focusRange }),
    [focused, focusAnnotation, focusQuote, focusedRange, focusRange],
  );
  return <AnnotationFocusContext.Provider value={value}>{children}</AnnotationFocusContext.Provider>;
}

export function useAnnotationFocus(): AnnotationFocus {
  const value = useContext(AnnotationFocusContext);
  if (!value) throw new Error('useAnnotationFocus needs an AnnotationFocusProvider');
  return value;
}
