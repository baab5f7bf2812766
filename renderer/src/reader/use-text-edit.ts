import type { Editor } from '@tiptap/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { ReanchorReport } from '../../../shared/domain/annotation';
import type { Clipping } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useToast } from '../ui/toast-context';

/**
 * Editing the clipping's text in the reader (a typo in a capture, a paragraph of page
 * furniture). Saving replaces the stored document; the core re-anchors the annotations
 * and the toast says what happened to them.
 */
export function useTextEdit(clipping: Clipping | null, editor: Editor | null) {
  const [editing, setEditing] = useState(false);
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: (input: { id: number; doc: ReturnType<Editor['getJSON']> }) => client.clippings.updateDocument({ id: input.id, doc: input.doc as never }),
    onSuccess: async ({ annotations }) => {
      setEditing(false);
      toast.show({ title: 'Text saved', description: describeReanchor(annotations) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });

  // Another clipping: leave edit mode (the editor is rebuilt for it anyway).
  const id = clipping?.id ?? null;
  useEffect(() => setEditing(false), [id]);

  const cancel = useCallback(() => {
    if (editor && clipping) editor.commands.setContent(clipping.doc);
    setEditing(false);
  }, [editor, clipping]);

  return {
    editing,
    saving: save.isPending,
    start: () => setEditing(true),
    cancel,
    save: () => editor && clipping && save.mutate({ id: clipping.id, doc: editor.getJSON() }),
  };
}

export type TextEdit = ReturnType<typeof useTextEdit>;

export function describeReanchor({ anchored, moved, orphaned }: ReanchorReport): string | undefined {
  if (anchored + orphaned === 0) return undefined;
  const parts = [`${anchored} highlight${anchored === 1 ? '' : 's'} in place${moved ? ` (${moved} moved)` : ''}`];
  if (orphaned) parts.push(`${orphaned} no longer found — see Annotations`);
  return `${parts.join('; ')}.`;
}
