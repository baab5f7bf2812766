import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, HighlightColor } from '../../../shared/domain/annotation';
import type { Clipping } from '../../../shared/domain/clipping';
import { detectQuotes, type DetectedQuote } from '../../../shared/quotes/detect-quotes';
import { useQuoteInNote } from '../notes/quote-request';
import { isEditableTarget } from '../ui/platform';
import { useToast } from '../ui/toast-context';
import type { AnnotationDraft, FormField } from './annotation-form';
import { highlightDecorations, openSuggestions } from './highlight-decorations';
import { showDecorations } from './highlight-extension';
import type { SelectionAction } from './selection-toolbar';
import type { OpenSuggestion } from './suggestion-popover';
import { buildTextMap, type TextMap } from './text-map';
import { useAnnotations, useCreateAnnotation, useDeleteAnnotation, useUpdateAnnotation } from './use-annotations';
import { useFocusRequest } from './use-focus-request';
import { useRangeFocus } from './use-range-focus';
import { readSelection, useTextSelection, type TextSelection } from './use-text-selection';

const SUGGESTIONS_KEY = 'dossier.reader.suggestQuotes';
const FLASH_MS = 1200;

export interface Editing {
  id: number;
  field: FormField | null;
}

/**
 * Everything the reader does with annotations: paints them (and quote suggestions)
 * over the document, turns a selection into a highlight, brings an annotation into view
 * when asked, and edits them in the panel. `openPanel` shows the annotations panel when
 * an action needs it.
 */
export function useAnnotationLayer(clipping: Clipping | null, editor: Editor | null, openPanel: () => void) {
  const map = useTextMap(clipping, editor);
  const annotations = useAnnotations(clipping?.id ?? null);
  const list = useMemo(() => annotations.data ?? [], [annotations.data]);
  const selection = useTextSelection(editor, map);
  const [suggesting, setSuggesting] = useState(() => localStorage.getItem(SUGGESTIONS_KEY) === '1');
  const [activeId, setActiveId] = useState<number | null>(null);
  const [flashId, setFlashId] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [openSuggestion, setOpenSuggestion] = useState<OpenSuggestion | null>(null);
  const closeSuggestion = useCallback(() => setOpenSuggestion(null), []);
  const create = useCreateAnnotation();
  const update = useUpdateAnnotation();
  const remove = useDeleteAnnotation();
  const toast = useToast();
  const quoteInNote = useQuoteInNote();

  const quotes = useMemo(() => (clipping && map ? detectQuotes(clipping.text) : []), [clipping, map]);
  const suggestions = useMemo(() => (suggesting ? openSuggestions(quotes, list) : []), [suggesting, quotes, list]);
  // The click handler reads the suggestions painted last (their index is in the DOM).
  const suggestionsRef = useRef(suggestions);
  suggestionsRef.current = suggestions;

  const flashRange = useRangeFocus(clipping?.id ?? null, editor, map);
  useEffect(() => {
    if (editor && map) showDecorations(editor, highlightDecorations(map, list, suggestions, activeId, flashId, flashRange));
  }, [editor, map, list, suggestions, activeId, flashId, flashRange]);

  useEffect(() => {
    if (flashId === null) return;
    const timer = setTimeout(() => setFlashId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashId]);

  const reveal = useCallback(
    (id: number) => {
      setActiveId(id);
      if (editor && !editor.isDestroyed) editor.view.dom.querySelector(`[data-annotation-id="${id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // Off, then on: asking for the same annotation again flashes it again.
      setFlashId(null);
      requestAnimationFrame(() => setFlashId(id));
    },
    [editor],
  );

  useFocusRequest(clipping, map, { list, settled: annotations.isSuccess && !annotations.isFetching }, reveal);

  const createFrom = useCallback(
    async (action: SelectionAction, range: TextSelection | null = selection) => {
      if (!clipping || !range) return;
      const speaker = action.kind === 'quote' || action.kind === 'note' ? speakerAround(quotes, range) : null;
      // Quoted in a note, words someone is found to have said are marked as their quote.
      const kind = action.kind === 'quote' || (action.kind === 'note' && speaker !== null) ? 'quote' : null;
      const created = await create.mutateAsync({
        clippingId: clipping.id,
        range: { start: range.start, end: range.end, exact: range.exact },
        color: action.kind === 'highlight' ? action.color : kind === 'quote' ? 4 : 1,
        kind,
        speaker,
      });
      // The selection is done with. Not one started meanwhile (a drag that has only just begun is collapsed: left alone too).
      const now = editor && map && !editor.isDestroyed ? readSelection(editor, map) : null;
      if (now && now.start === range.start && now.end === range.end) window.getSelection()?.removeAllRanges();
      setActiveId(created.id);
      if (action.kind === 'note') {
        // The note cites the highlight, not loose words: its citation finds the place again after edits.
        quoteInNote({ clippingId: clipping.id, annotationId: created.id, text: created.target?.exact ?? range.exact, speaker });
      } else if (action.kind !== 'highlight') {
        setEditing({ id: created.id, field: action.kind === 'comment' ? 'comment' : action.kind === 'quote' ? 'speaker' : 'tags' });
        openPanel();
      }
    },
    [clipping, selection, quotes, create, openPanel, quoteInNote, editor, map],
  );

  // Keys 1–5 highlight the selection in that colour; C, Q and T open it with a comment, as a quote, with tags; N quotes it in a note.
  // The selection is read when the key is pressed: the one reported a frame later may be the last one still.
  useEffect(() => {
    if (!editor || !map) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isEditableTarget(event.target)) return;
      const action = keyAction(event.key);
      if (!action || editor.isDestroyed) return;
      const range = readSelection(editor, map);
      if (!range) return;
      event.preventDefault();
      void createFrom(action, range);
    };
    // Capture phase: with text selected, T tags the highlight, not the clipping (use-selection-shortcuts).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, map, createFrom]);

  // A click on a highlight shows its card.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const target = event.target as HTMLElement;
      const mark = target.closest<HTMLElement>('[data-annotation-id]');
      const suggested = target.closest<HTMLElement>('[data-suggestion]');
      if (!mark && suggested) {
        const quote = suggestionsRef.current[Number(suggested.dataset.suggestion)];
        const box = suggested.getBoundingClientRect();
        if (quote) setOpenSuggestion({ quote, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } });
        return;
      }
      if (!mark) return;
      const id = Number(mark.dataset.annotationId);
      setActiveId(id);
      openPanel();
      requestAnimationFrame(() => document.querySelector(`[data-annotation-card="${id}"]`)?.scrollIntoView({ block: 'nearest' }));
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor, openPanel]);

  // Saved with Undo: the toast puts back the annotation as it was before the edit.
  const save = useCallback(
    (annotation: Annotation, draft: AnnotationDraft) => {
      const before = { id: annotation.id, color: annotation.color, kind: annotation.kind, speaker: annotation.speaker, comment: annotation.comment, tags: annotation.tags.map((tag) => tag.path) };
      update.mutate(
        { id: annotation.id, color: draft.color, kind: draft.kind, speaker: draft.kind === 'quote' ? draft.speaker : null, comment: draft.comment, tags: draft.tags },
        {
          onSuccess: () => {
            setEditing(null);
            toast.show({ title: 'Annotation saved', action: { label: 'Undo', altText: 'Put the annotation back as it was', run: () => update.mutate(before) } });
          },
        },
      );
    },
    [update, toast],
  );

  const toggleSuggestions = useCallback(() => {
    setSuggesting((on) => {
      localStorage.setItem(SUGGESTIONS_KEY, on ? '0' : '1');
      return !on;
    });
  }, []);

  return {
    ready: map !== null,
    annotations: list,
    loading: annotations.isPending,
    selection,
    suggestions,
    suggesting,
    toggleSuggestions,
    activeId,
    editing,
    setEditing,
    reveal,
    onSelectionAction: createFrom,
    addPageNote: async () => {
      if (!clipping) return;
      const created = await create.mutateAsync({ clippingId: clipping.id });
      setEditing({ id: created.id, field: 'comment' });
      openPanel();
    },
    acceptSuggestion: (quote: DetectedQuote) => {
      setOpenSuggestion(null);
      if (clipping) create.mutate({ clippingId: clipping.id, range: { start: quote.start, end: quote.end, exact: quote.text }, kind: 'quote', color: 4, speaker: quote.speaker });
    },
    openSuggestion,
    closeSuggestion,
    save,
    remove: (annotation: Annotation) => remove.mutate(annotation),
    reattach: (annotation: Annotation) => {
      if (selection) update.mutate({ id: annotation.id, range: { start: selection.start, end: selection.end, exact: selection.exact } });
    },
  };
}

export type AnnotationLayer = ReturnType<typeof useAnnotationLayer>;

/** The map of the rendered document, if it is the stored text (it always should be; if not, no highlights rather than misplaced ones). */
function useTextMap(clipping: Clipping | null, editor: Editor | null): TextMap | null {
  const [map, setMap] = useState<TextMap | null>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed || !clipping) return setMap(null);
    const build = () => {
      const built = buildTextMap(editor.state.doc);
      if (built.text !== clipping.text) console.warn('[dossier] the rendered document does not give the stored text; highlights are not shown');
      setMap(built.text === clipping.text ? built : null);
    };
    build();
  }, [editor, clipping]);
  return map;
}

function keyAction(key: string): SelectionAction | null {
  if (key >= '1' && key <= '5') return { kind: 'highlight', color: Number(key) as HighlightColor };
  if (key === 'c') return { kind: 'comment' };
  if (key === 'q') return { kind: 'quote' };
  if (key === 't') return { kind: 'tag' };
  if (key === 'n') return { kind: 'note' };
  return null;
}

/** The speaker of the detected quotation the selection lies in. */
function speakerAround(quotes: readonly DetectedQuote[], range: { start: number; end: number }): string | null {
  const around = quotes.find((quote) => quote.start <= range.start + 2 && quote.end >= range.end - 2);
  return around?.speaker ?? null;
}
