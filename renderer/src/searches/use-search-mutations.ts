import type { ListSort } from '../../../shared/domain/list-query';
import { useClient } from '../api/client-context';
import { useOrganiseMutation } from '../sidebar/use-organise-mutation';

export function useCreateSavedSearch() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { name: string; query: string; sort?: ListSort }) => client.searches.create(input),
    done: (search) => `Saved the search “${search.name}”`,
  });
}

export function useRenameSavedSearch() {
  const client = useClient();
  return useOrganiseMutation({ run: (input: { id: number; name: string }) => client.searches.update(input) });
}

export function useDeleteSavedSearch() {
  const client = useClient();
  return useOrganiseMutation({
    run: (input: { id: number; name: string }) => client.searches.delete({ id: input.id }),
    done: (_, input) => `Deleted the saved search “${input.name}”`,
  });
}
