import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useSelection } from '../layout/selection-context';
import { listQueryOf } from '../library/library-scope';
import { useToast } from '../ui/toast-context';
import { SmallDialog } from '../ui/small-dialog';

/**
 * "Save search": keeps the list's whole query (the scope's filters and the words)
 * and its order as a saved search in the sidebar. Shown while there is a query.
 */
export function SaveSearchButton() {
  const { scope, searchText, sort } = useSelection();
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const query = listQueryOf(scope, searchText);
  const save = useMutation({
    mutationFn: () => client.searches.create({ name, query, sort }),
    onSuccess: async (saved) => {
      setOpen(false);
      toast.show({ title: `Saved the search “${saved.name}”` });
      await queryClient.invalidateQueries({ queryKey: queryKeys.searches });
    },
  });

  if (searchText.trim() === '' || scope.kind === 'trash') return null;
  const start = () => {
    setName(searchText.trim().slice(0, 60));
    save.reset();
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="button button-quiet search-save" onClick={start}>
        Save search
      </button>
      <SmallDialog
        open={open}
        onOpenChange={setOpen}
        title="Save search"
        description={<>It will be in the sidebar under Saved searches: <code>{query}</code></>}
        confirmLabel="Save"
        canConfirm={name.trim() !== ''}
        pending={save.isPending}
        onConfirm={() => save.mutate()}
      >
        <label className="field">
          <span className="field-label">Name</span>
          <input className="input" value={name} autoFocus onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        {save.isError && (
          <p className="field-error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
      </SmallDialog>
    </>
  );
}
