import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteSummary } from '../../../shared/domain/note';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { useToast } from '../ui/toast-context';
import { noteKeys } from './note-queries';

/** Trash, restore and collections of a note: each refreshes the note lists, and says what went wrong. */
export function useNoteActions() {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: noteKeys.all });
  const failed = (title: string) => (error: unknown) => toast.show({ kind: 'error', title, description: errorMessage(error) });

  const restore = useMutation({
    mutationFn: (note: Pick<NoteSummary, 'id' | 'title'>) => client.notes.restore({ id: note.id }),
    onSuccess: (note) => toast.show({ title: `Restored “${note.title}”` }),
    onError: failed('The note could not be restored'),
    onSettled: refresh,
  });
  const trash = useMutation({
    mutationFn: (note: Pick<NoteSummary, 'id' | 'title'>) => client.notes.trash({ id: note.id }),
    onSuccess: (note) =>
      toast.show({
        title: `Moved “${note.title}” to the trash`,
        action: { label: 'Undo', altText: 'Restore the note', run: () => restore.mutate(note) },
      }),
    onError: failed('The note could not be moved to the trash'),
    onSettled: refresh,
  });
  const setCollections = useMutation({
    mutationFn: (input: { id: number; collectionIds: number[] }) => client.notes.setCollections(input),
    onError: failed('The note’s collections could not be changed'),
    onSettled: refresh,
  });
  return { trash, restore, setCollections };
}
