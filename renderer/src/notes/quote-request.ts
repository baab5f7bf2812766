import { createContext, useContext } from 'react';

/**
 * A quote on its way into a note: from "Add to note" on an annotation, "Quote in note"
 * on a selection in the reader, or an annotation dragged onto the note editor. The
 * editor fills in the source line (outlet, headline, date, link) from the clipping.
 */
export interface QuoteRequest {
  clippingId: number;
  /** Null for a selection quoted without making an annotation. */
  annotationId: number | null;
  /** The quoted text exactly as it reads in the clipping. */
  text: string;
  speaker: string | null;
}

/** The drag type an annotation carries when it is dragged onto a note. */
export const QUOTE_DRAG_TYPE = 'application/x-dossier-quote';

export function setQuoteDragData(dataTransfer: DataTransfer, request: QuoteRequest): void {
  dataTransfer.setData(QUOTE_DRAG_TYPE, JSON.stringify(request));
  // Dropped anywhere else (another app, a text field) it is the plain quote.
  dataTransfer.setData('text/plain', `“${request.text}”`);
  dataTransfer.effectAllowed = 'copy';
}

export function readQuoteDragData(dataTransfer: DataTransfer): QuoteRequest | null {
  const raw = dataTransfer.getData(QUOTE_DRAG_TYPE);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<QuoteRequest>;
    if (typeof value.clippingId !== 'number' || typeof value.text !== 'string' || value.text.length === 0) return null;
    return {
      clippingId: value.clippingId,
      annotationId: typeof value.annotationId === 'number' ? value.annotationId : null,
      text: value.text,
      speaker: typeof value.speaker === 'string' ? value.speaker : null,
    };
  } catch {
    return null;
  }
}

/**
 * Puts a quote into the note open beside the reader, or into a new note opened for it
 * when none is open. Provided by the notes area (`NotesProvider`).
 */
export type QuoteInNote = (request: QuoteRequest) => void;

export const QuoteInNoteContext = createContext<QuoteInNote | null>(null);

export function useQuoteInNote(): QuoteInNote {
  const quoteInNote = useContext(QuoteInNoteContext);
  if (!quoteInNote) throw new Error('useQuoteInNote is used outside the NotesProvider.');
  return quoteInNote;
}
