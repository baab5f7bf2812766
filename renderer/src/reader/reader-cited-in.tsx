import { useState } from 'react';
import type { NoteBacklink } from '../../../shared/domain/note';
import { citedInLabel } from '../annotations/note-citing';
import { NoteLinks } from '../annotations/note-links';

/** More than this many notes are folded behind "and N more". */
const SHOWN = 3;

/**
 * Under the clipping's meta: the notes that cite it (quoting its annotations or citing
 * it as a whole), each a link that opens the note. Nothing when no note cites it.
 */
export function ReaderCitedIn({ backlinks, onOpenNote }: { backlinks: readonly NoteBacklink[]; onOpenNote(noteId: number): void }) {
  const [all, setAll] = useState(false);
  if (backlinks.length === 0) return null;
  const shown = all ? backlinks : backlinks.slice(0, SHOWN);
  const hidden = backlinks.length - shown.length;
  return (
    <p className="reader-cited-in">
      <span className="reader-cited-in-label">{citedInLabel(backlinks.length)}:</span> <NoteLinks links={shown} onOpenNote={onOpenNote} />
      {hidden > 0 && (
        <>
          {' '}
          <button type="button" className="link-button reader-cited-in-more" onClick={() => setAll(true)}>
            and {hidden} more
          </button>
        </>
      )}
    </p>
  );
}
