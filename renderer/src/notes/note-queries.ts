import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { NoteView } from '../../../shared/domain/note';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';

/**
 * Note queries live under `['clippings', 'notes']`: a change to a clipping or an
 * annotation invalidates `['clippings']`, and a note's citation states (trashed,
 * changed, deleted) are refreshed with it.
 */
export const noteKeys = {
  all: [...queryKeys.all, 'notes'] as const,
  lists: [...queryKeys.all, 'notes', 'list'] as const,
  list: (params: NoteListParams) => [...queryKeys.all, 'notes', 'list', params] as const,
  item: (id: number) => [...queryKeys.all, 'notes', 'item', id] as const,
};

export interface NoteListParams {
  view: NoteView;
  collectionId: number | null;
  query: string;
}

export function useNoteList(params: NoteListParams, enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: noteKeys.list(params),
    queryFn: () => client.notes.list({ ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A whole note. The editor reads its document once; later fetches only refresh the citations' states. */
export function useNote(id: number | null) {
  const client = useClient();
  return useQuery({
    queryKey: noteKeys.item(id ?? 0),
    queryFn: () => client.notes.get({ id: id! }),
    enabled: id !== null,
    refetchOnWindowFocus: false,
  });
}
