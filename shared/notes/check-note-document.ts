import type { Node as PmNode } from '@tiptap/pm/model';
import { ApiError } from '../api/errors';
import type { DocNode } from '../document/document-types';
import { isSafeLinkHref } from '../document/safe-url';
import { formatBytes } from '../domain/limits';
import { MAX_NOTE_BYTES } from './note-format';
import { noteSchema } from './note-extensions';

/**
 * Checks a note document before anything is stored: its size, then every node, mark
 * and attribute against the note schema (unknown nodes, missing or malformed citation
 * ids, links that are not web or mail addresses). Returns the document as the schema
 * writes it (unknown attributes dropped, defaults filled); throws an ApiError whose
 * message says what is wrong, so a refused save can be shown to the writer while the
 * note they have stays as it was.
 */
export function checkNoteDocument(json: unknown): DocNode {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { type?: unknown }).type !== 'doc') {
    throw new ApiError('invalid_input', 'A note must be a document (JSON whose type is "doc").');
  }
  const bytes = jsonBytes(json);
  if (bytes > MAX_NOTE_BYTES) {
    throw new ApiError(
      'too_large',
      `This note is ${formatBytes(bytes)}; a note can hold at most ${formatBytes(MAX_NOTE_BYTES)}. Split it into several notes, or quote less of the source.`,
    );
  }
  let doc: PmNode;
  try {
    doc = noteSchema().nodeFromJSON(json);
    doc.check();
    checkLinksAndLevels(doc);
  } catch (error) {
    throw new ApiError('invalid_input', `This note cannot be stored: ${readable(error)}`);
  }
  return doc.toJSON() as DocNode;
}

function jsonBytes(json: unknown): number {
  let text: string;
  try {
    text = JSON.stringify(json);
  } catch {
    throw new ApiError('invalid_input', 'A note must be a document (plain JSON).');
  }
  return new TextEncoder().encode(text).length;
}

/** What ProseMirror's attribute checks cannot say: links and heading levels. */
function checkLinksAndLevels(doc: PmNode): void {
  doc.descendants((node) => {
    if (node.type.name === 'heading' && ![1, 2, 3, 4, 5, 6].includes(node.attrs.level as number)) {
      throw new RangeError(`a heading's level must be 1 to 6, not ${String(node.attrs.level)}.`);
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && !isSafeLinkHref(mark.attrs.href)) {
        throw new RangeError(`a link must go to an http, https or mailto address, not "${String(mark.attrs.href).slice(0, 60)}".`);
      }
    }
  });
}

/** ProseMirror's messages, in the writer's words where they are known. */
function readable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknownNode = /^Unknown node type: (.+)$/.exec(message);
  if (unknownNode) return `a note cannot contain "${unknownNode[1]!.slice(0, 60)}".`;
  const unknownMark = /^There is no mark type (.+) in this schema$/.exec(message);
  if (unknownMark) return `a note's text cannot be marked "${unknownMark[1]!.slice(0, 60)}".`;
  if (/call stack/i.test(message)) return 'it is nested too deeply.';
  const badContent = /^Invalid content for node (\w+)/.exec(message);
  if (badContent?.[1] === 'doc') return 'it has no paragraphs, or holds something where only paragraphs, headings, lists, quotes, tables and code may go.';
  if (badContent) return `a "${badContent[1]}" holds something it cannot, or lacks what it needs.`;
  return message.slice(0, 300);
}
