import type { TagColor } from '../../../shared/domain/tag';
import { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/client-context';
import { useOrganiseMutation } from '../sidebar/use-organise-mutation';

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}

/** Rename or move; a path already taken is left to the caller, which offers to merge. */
export function useRenameTag() {
  const client = useClient();
  return useOrganiseMutation({
    run: ({ id, path }: { id: number; path: string }) => client.tags.update({ id, path }),
    done: (tag) => `Renamed the tag to “${tag.path}”`,
    handles: isConflict,
  });
}

export function useMergeTags() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { sourceId: number; targetId: number; sourcePath: string }) => client.tags.merge({ sourceId: input.sourceId, targetId: input.targetId }),
    done: (target, input) => `Merged “${input.sourcePath}” into “${target.path}”`,
  });
}

export function useColorTag() {
  const client = useClient();
  return useOrganiseMutation({
    run: ({ id, color }: { id: number; color: TagColor | null }) => client.tags.update({ id, color }),
  });
}

export function useDeleteTag() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { id: number; path: string }) => client.tags.delete({ id: input.id }),
    done: ({ deleted }, input) => (deleted > 1 ? `Deleted “${input.path}” and ${deleted - 1} tags below it` : `Deleted the tag “${input.path}”`),
  });
}

export function useCreateTag() {
  const client = useClient();
  return useOrganiseMutation({
    run: (path: string) => client.tags.create({ path }),
    done: (tag) => `Created the tag “${tag.path}”`,
  });
}

/** Adds and removes tags on clippings (the tag editor). */
export function useApplyTags() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { clippingIds: number[]; add: string[]; remove: number[] }) => client.tags.apply(input),
  });
}
