import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { findTrigger, type Trigger } from './find-trigger';

export interface ActiveTrigger extends Trigger {
  /** The document range the trigger text covers (replaced by the choice). */
  from: number;
  to: number;
  /** Where to show the menu: below the trigger, in viewport coordinates. */
  left: number;
  top: number;
}

/**
 * The `/`, `@` or `[[` the writer is typing after, if any: read after every change
 * of the document or the selection, in a text block that is not code. Escape
 * (`dismiss`) hides it until the cursor leaves that trigger.
 */
export function useTrigger(editor: Editor | null): { trigger: ActiveTrigger | null; dismiss(): void } {
  const [trigger, setTrigger] = useState<ActiveTrigger | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  useEffect(() => {
    if (!editor) return;
    const read = () => {
      const { selection } = editor.state;
      const $from = selection.$from;
      if (!selection.empty || !editor.isEditable || !$from.parent.isTextblock || $from.parent.type.name === 'codeBlock') return setTrigger(null);
      const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
      const found = findTrigger(before);
      if (!found) return setTrigger(null);
      const from = $from.pos - found.length;
      let coords = { left: 0, bottom: 0 };
      try {
        coords = editor.view.coordsAtPos(from);
      } catch {
        return setTrigger(null);
      }
      setTrigger({ ...found, from, to: $from.pos, left: coords.left, top: coords.bottom + 4 });
    };
    const hide = () => setTrigger(null);
    editor.on('transaction', read);
    editor.on('blur', hide);
    return () => {
      editor.off('transaction', read);
      editor.off('blur', hide);
    };
  }, [editor]);

  return {
    trigger: trigger && trigger.from !== dismissedAt ? trigger : null,
    dismiss: () => setDismissedAt(trigger?.from ?? null),
  };
}
