import type { ListSort } from '../../../shared/domain/list-query';
import { NameDialog } from '../sidebar/name-dialog';
import { useCreateSavedSearch } from './use-search-mutations';

interface Props {
  /** The query to keep, in the search syntax; null while closed. */
  query: string | null;
  sort?: ListSort;
  onClose(): void;
}

/** "Save search…" from the search box: names the query and puts it in the sidebar. */
export function SaveSearchDialog({ query, sort, onClose }: Props) {
  const create = useCreateSavedSearch();
  return (
    <NameDialog
      open={query !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Save search"
      description={query ? <code className="saved-query">{query}</code> : undefined}
      label="Name"
      initial=""
      placeholder={query ?? ''}
      confirmLabel="Save"
      pending={create.isPending}
      onSubmit={(name) => query !== null && create.mutate({ name, query, sort }, { onSuccess: onClose })}
    />
  );
}
