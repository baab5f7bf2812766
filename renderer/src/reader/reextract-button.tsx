import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Clipping } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { SmallDialog } from '../ui/small-dialog';
import { useToast } from '../ui/toast-context';
import { describeReanchor } from './use-text-edit';

/** Extract the text again from the stored original (after an extractor improvement, or to undo edits of the text). */
export function ReextractButton({ clipping }: { clipping: Clipping }) {
  const [asking, setAsking] = useState(false);
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const redo = useMutation({
    mutationFn: () => client.clippings.reextract({ id: clipping.id }),
    onSuccess: async ({ annotations }) => {
      setAsking(false);
      toast.show({ title: 'Text extracted again from the original', description: describeReanchor(annotations) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => {
      setAsking(false);
      toast.show({ kind: 'error', title: errorMessage(error) });
    },
  });
  return (
    <>
      <button type="button" className="button button-small info-reextract" onClick={() => setAsking(true)}>
        Extract text again…
      </button>
      <SmallDialog
        open={asking}
        onOpenChange={setAsking}
        title="Extract the text again?"
        description="The text is read again from the stored original. Changes made to the text are replaced; the metadata stays as it is, and highlights follow their words."
        confirmLabel="Extract again"
        pending={redo.isPending}
        onConfirm={() => redo.mutate()}
      />
    </>
  );
}
