import { Fragment } from 'react';
import type { NoteBacklink } from '../../../shared/domain/note';
import { citesOnlyOtherVersions } from './note-citing';

/**
 * The notes citing something, as links that open each note: “Brief A, Brief B”. A note
 * citing only another capture of the article says so.
 */
export function NoteLinks({ links, onOpenNote }: { links: readonly NoteBacklink[]; onOpenNote(noteId: number): void }) {
  return links.map((link, index) => (
    <Fragment key={link.noteId}>
      {index > 0 && ', '}
      <button type="button" className="link-button note-link" title={`Open the note “${link.title}”`} onClick={() => onOpenNote(link.noteId)}>
        {link.title}
      </button>
      {citesOnlyOtherVersions(link) && <span className="note-link-version"> (another version)</span>}
    </Fragment>
  ));
}
