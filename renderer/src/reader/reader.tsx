import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import type { NoteBacklink } from '../../../shared/domain/note';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { findCachedRow, useClipping } from '../clippings/use-clipping-queries';
import { AnnotationsPanel } from '../annotations/annotations-panel';
import { SelectionToolbar } from '../annotations/selection-toolbar';
import { SuggestionPopover } from '../annotations/suggestion-popover';
import { useAnnotationLayer } from '../annotations/use-annotation-layer';
import { useNoteBacklinks } from '../annotations/use-note-backlinks';
import { READER_ID } from '../layout/focus-reader';
import { isEditableTarget } from '../ui/platform';
import { RelatedPanel } from '../related/related-panel';
import { InfoPanel } from './info-panel';
import { OriginalDialog } from './original-dialog';
import { ReaderByline } from './reader-byline';
import { ReaderCitedIn } from './reader-cited-in';
import { ReaderDocument } from './reader-document';
import { ReaderMeta } from './reader-meta';
import { ReaderTags } from './reader-tags';
import { ReaderTitle } from './reader-title';
import { ReaderToolbar } from './reader-toolbar';
import { readingAttributes, useReadingSettings } from './reading-settings';
import { onReadingSettingsKey } from './reading-settings-menu';
import { useInfoPanel } from './use-info-panel';
import { useOpenNoteBeside } from './use-open-note-beside';
import { useReadingPosition } from './use-reading-position';
import { useShownVersion } from './use-shown-version';
import { onTextEditKey, TextEditBar } from './text-edit-bar';
import { useTextEdit } from './use-text-edit';

const NO_BACKLINKS: readonly NoteBacklink[] = [];

/** Keys that open and close the side panels. */
const SIDE_KEYS: Record<string, 'info' | 'notes' | 'related'> = { i: 'info', a: 'notes', r: 'related' };

/**
 * One clipping (the list's current row, or the clipping of an annotation chosen in the
 * Quotes & annotations view). Its title and meta show at once from the list row; the
 * document follows when `clippings.get` returns. Under its meta, the notes citing it.
 * Beside it, the Info, Annotations or Related panel.
 */
export function Reader({ clippingId }: { clippingId: number | null }) {
  const { shownId, showVersion } = useShownVersion(clippingId);
  const queryClient = useQueryClient();
  const full = useClipping(shownId);
  const row = useMemo(
    () => (shownId === null ? undefined : findCachedRow(queryClient, shownId)),
    [queryClient, shownId],
  );
  const clipping = full.data ?? row;
  // One side panel at a time: Info, Annotations or Related coverage.
  const info = useInfoPanel();
  const notes = useInfoPanel();
  const related = useInfoPanel();
  const panels = { info, notes, related };
  const [editor, setEditor] = useState<Editor | null>(null);
  const openNotes = useCallback(() => {
    info.close();
    related.close();
    if (!notes.open) notes.toggle();
  }, [info, notes, related]);
  const layer = useAnnotationLayer(full.data ?? null, editor, openNotes);
  const backlinks = useNoteBacklinks(shownId).data ?? NO_BACKLINKS;
  const openNote = useOpenNoteBeside();
  const edit = useTextEdit(full.data ?? null, editor);
  const [originalOpen, setOriginalOpen] = useState(false);
  const [reading] = useReadingSettings();
  const scrollRef = useRef<HTMLDivElement>(null);
  useReadingPosition(scrollRef, clipping?.id ?? null, full.data !== undefined, reading);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Menus and dialogs opened from the reader are portals: their keys bubble here in React but are not the reader's.
    if (!event.currentTarget.contains(event.target as Node)) return;
    if (onReadingSettingsKey(event) || onTextEditKey(event, edit)) return;
    const side = SIDE_KEYS[event.key];
    if (!side || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isEditableTarget(event.target) || clipping === undefined) return;
    event.preventDefault();
    toggleSide(side);
  };

  const toggleSide = (which: keyof typeof panels) => {
    if (!panels[which].open) for (const [name, panel] of Object.entries(panels)) if (name !== which) panel.close();
    panels[which].toggle();
  };

  return (
    <article className="reader" aria-label="Reader" onKeyDown={onKeyDown}>
      {shownId === null ? (
        <div className="reader-placeholder">Select a clipping to read it.</div>
      ) : !clipping ? (
        full.isError ? (
          <div className="reader-placeholder" role="alert">
            {errorMessage(full.error)}
          </div>
        ) : (
          <div className="reader-placeholder" />
        )
      ) : (
        <>
          <ReaderToolbar
            clipping={clipping}
            hasOriginal={full.data ? full.data.capture !== null : undefined}
            infoOpen={info.open}
            onToggleInfo={() => toggleSide('info')}
            annotationsOpen={notes.open}
            annotationCount={layer.annotations.length}
            onToggleAnnotations={() => toggleSide('notes')}
            relatedOpen={related.open}
            onToggleRelated={() => toggleSide('related')}
            editingText={edit.editing}
            onEditText={full.data ? edit.start : undefined}
            onOpenOriginal={() => setOriginalOpen(true)}
            onShowVersion={showVersion}
          />
          {edit.editing && <TextEditBar edit={edit} />}
          <div className="reader-body" data-info={info.open || notes.open || related.open ? '' : undefined}>
            <div id={READER_ID} ref={scrollRef} className="reader-scroll" tabIndex={-1} key={clipping.id} {...readingAttributes(reading)}>
              <div className="reader-column">
                <header className="reader-header">
                  <ReaderTitle clipping={clipping} />
                  <ReaderByline clipping={clipping} />
                  <ReaderTags clipping={clipping} />
                  <ReaderMeta clipping={clipping} />
                  <ReaderCitedIn backlinks={backlinks} onOpenNote={openNote} />
                </header>
                {full.data ? (
                  <ReaderDocument doc={full.data.doc} editing={edit.editing} onEditor={setEditor} />
                ) : full.isError ? (
                  <p className="reader-error" role="alert">
                    {errorMessage(full.error)}
                  </p>
                ) : (
                  <div className="reader-loading" aria-busy="true" />
                )}
              </div>
            </div>
            {info.open &&
              (full.data ? (
                <InfoPanel key={full.data.id} ref={info.panelRef} clipping={full.data} onClose={info.close} />
              ) : (
                <aside className="info-panel" aria-label="Info" aria-busy="true" />
              ))}
            {notes.open && full.data && (
              <AnnotationsPanel key={full.data.id} ref={notes.panelRef} layer={layer} backlinks={backlinks} onOpenNote={openNote} onClose={notes.close} />
            )}
            {related.open && <RelatedPanel key={clipping.id} ref={related.panelRef} clipping={clipping} onClose={related.close} />}
          </div>
          {layer.selection && !edit.editing && <SelectionToolbar selection={layer.selection} onAction={(action) => void layer.onSelectionAction(action)} />}
          {layer.openSuggestion && !edit.editing && (
            <SuggestionPopover suggestion={layer.openSuggestion} onAccept={() => layer.acceptSuggestion(layer.openSuggestion!.quote)} onClose={layer.closeSuggestion} />
          )}
          <OriginalDialog clipping={clipping} open={originalOpen} onOpenChange={setOriginalOpen} />
        </>
      )}
    </article>
  );
}
