import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';

/**
 * PLACEHOLDER written by the list's helper so the bulk bar can tag; the sidebar's
 * helper owns this file and replaces it with the real editor (autocomplete,
 * removing tags). Adds comma-separated tag paths to the clippings.
 */
export function TagEditor({ clippingIds, onDone }: { clippingIds: number[]; onDone(): void }) {
  const client = useClient();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const apply = useMutation({
    mutationFn: (add: string[]) => client.tags.apply({ clippingIds, add }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const add = text.split(',').map((path) => path.trim()).filter(Boolean);
    if (add.length > 0) apply.mutate(add);
  };
  return (
    <form className="tag-editor" onSubmit={submit}>
      <label className="field">
        <span className="field-label">Add tags</span>
        <input className="input" value={text} autoFocus placeholder="DPRK/youth, Military" onChange={(event) => setText(event.target.value)} />
      </label>
      {apply.isError && (
        <p className="field-error" role="alert">
          {errorMessage(apply.error)}
        </p>
      )}
      <footer className="prompt-dialog-footer">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={apply.isPending}>
          Apply
        </button>
      </footer>
    </form>
  );
}
