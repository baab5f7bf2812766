import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
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
  count: (params: NoteListParams) => [...queryKeys.all, 'notes', 'list', 'count', params] as const,
  item: (id: number) => [...queryKeys.all, 'notes', 'item', id] as const,
};

export interface NoteListParams {
  view: NoteView;
  collectionId: number | null;
  query: string;
}

/** Notes are read a page at a time: an analyst's hundreds of briefs, and more over the years. */
export const NOTES_PAGE = 200;

/** The notes of a view, a collection and a search, a page at a time (`fetchNextPage` as the list nears its end). */
export function useNoteList(params: NoteListParams, enabled = true) {
  const client = useClient();
  const query = useInfiniteQuery({
    queryKey: noteKeys.list(params),
    queryFn: ({ pageParam }) => client.notes.list({ ...params, limit: NOTES_PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.length < NOTES_PAGE ? undefined : pages.length * NOTES_PAGE),
    placeholderData: keepPreviousData,
    enabled,
  });
  const notes = useMemo(() => query.data?.pages.flat() ?? [], [query.data]);
  return { ...query, notes };
}

/** How many notes the same view, collection and search hold over all their pages. */
export function useNoteCount(params: NoteListParams) {
  const client = useClient();
  return useQuery({ queryKey: noteKeys.count(params), queryFn: () => client.notes.count({ ...params }), placeholderData: keepPreviousData });
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
