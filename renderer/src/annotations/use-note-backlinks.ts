import { useQuery } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';

/**
 * The notes citing a clipping (the reader's "cited in"). It is a list of notes, so it
 * sits under the notes' list prefix (`noteKeys.lists` in notes/note-queries.ts,
 * `['clippings', 'notes', 'list']`), which every note save, new note, trash and
 * restore refreshes — as does any change to the clippings (`['clippings']`).
 */
export const noteBacklinkKeys = {
  all: [...queryKeys.all, 'notes', 'list', 'backlinks'] as const,
  of: (clippingId: number) => [...queryKeys.all, 'notes', 'list', 'backlinks', clippingId] as const,
};

export function useNoteBacklinks(clippingId: number | null) {
  const client = useClient();
  return useQuery({
    queryKey: noteBacklinkKeys.of(clippingId ?? 0),
    queryFn: () => client.notes.backlinks({ clippingId: clippingId! }),
    enabled: clippingId !== null,
  });
}
