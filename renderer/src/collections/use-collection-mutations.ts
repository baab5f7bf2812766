import { useClient } from '../api/client-context';
import { clippingsCount, useOrganiseMutation } from '../sidebar/use-organise-mutation';

export function useCreateCollection() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { name: string; parentId: number | null }) => client.collections.create(input),
    done: (collection) => `Created the collection “${collection.name}”`,
  });
}

export function useRenameCollection() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { id: number; name: string }) => client.collections.update(input),
  });
}

export function useDeleteCollection() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { id: number; name: string }) => client.collections.delete({ id: input.id }),
    done: ({ deleted }, input) =>
      deleted > 1 ? `Deleted “${input.name}” and ${deleted - 1} ${deleted === 2 ? 'collection' : 'collections'} in it` : `Deleted the collection “${input.name}”`,
  });
}

/** Clippings dropped on a collection. */
export function useAddToCollection() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { id: number; name: string; clippingIds: number[] }) => client.collections.addClippings({ id: input.id, clippingIds: input.clippingIds }),
    done: ({ changed }, input) => {
      const already = input.clippingIds.length - changed;
      if (changed === 0) return input.clippingIds.length === 1 ? `Already in “${input.name}”` : `All already in “${input.name}”`;
      return `Added ${clippingsCount(changed)} to “${input.name}”${already > 0 ? ` (${already.toLocaleString()} already there)` : ''}`;
    },
  });
}
