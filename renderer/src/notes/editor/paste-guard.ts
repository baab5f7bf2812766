import { formatBytes } from '../../../../shared/domain/limits';
import { MAX_NOTE_BYTES } from '../../../../shared/notes/note-format';

/**
 * A paste too big for a note is refused before ProseMirror parses it (parsing
 * megabytes of HTML would hold the window for seconds, and the save would be refused
 * anyway): the reason, or null to let the paste through. What a note keeps of a paste
 * is mostly its text (markup outside the schema is dropped), so the plain text is
 * measured when the clipboard has it; sizes are UTF-16 lengths, a cheap stand-in for bytes.
 */
export function pasteProblem(pasted: { html: string; text: string }, noteSize: number): string | null {
  const size = pasted.text.length > 0 ? pasted.text.length : pasted.html.length;
  if (size + noteSize <= MAX_NOTE_BYTES) return null;
  return `This paste is ${formatBytes(size)}; a note holds at most ${formatBytes(MAX_NOTE_BYTES)}${noteSize > 1024 ? ` and this one already has ${formatBytes(noteSize)}` : ''}. Nothing was pasted; paste a part of it, or split it over several notes.`;
}
