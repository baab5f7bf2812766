import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { CaptureOutcome, ClippingSummary, DuplicatePolicy } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { useToast } from '../ui/toast-context';
import type { CaptureItem } from './capture-item';
import { useDuplicatePrompt } from './duplicate-prompt';
import { fileProblem } from './file-checks';
import { readBase64 } from './read-base64';

type Extra = { title?: string; url?: string };

/**
 * Every single capture — the dialog, a global paste, a drop — ends here: call the
 * core, ask what to do with a duplicate, refresh the lists, select the clipping
 * and say so in a toast. Errors are thrown; each caller decides where to show
 * them. Several items at once go through the import panel (use-import-jobs).
 */
export function useClipper() {
  const client = useClient();
  const queryClient = useQueryClient();
  const { select } = useSelection();
  const toast = useToast();
  const askDuplicate = useDuplicatePrompt();

  /** One item to the core, as the bulk import sends it too. */
  const send = useCallback(
    async (item: CaptureItem, duplicates: DuplicatePolicy, extra: Extra = {}): Promise<CaptureOutcome> => {
      if (item.kind === 'url') return client.clippings.createFromUrl({ url: item.url, title: extra.title, duplicates });
      const problem = fileProblem(item.file);
      if (problem) throw problem;
      let dataBase64: string;
      try {
        dataBase64 = await readBase64(item.file);
      } catch {
        throw new ApiError('encoding', `“${item.file.name}” could not be read from disk.`);
      }
      return client.clippings.importFile({ fileName: item.file.name, dataBase64, duplicates, ...extra });
    },
    [client],
  );

  /** Select after the refetch, so the list already holds the row. */
  const reveal = useCallback(
    async (clipping: ClippingSummary) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      select(clipping.id, LIBRARY_SCOPE);
    },
    [queryClient, select],
  );

  const settle = useCallback(
    async (outcome: CaptureOutcome, again: (duplicates: DuplicatePolicy) => Promise<CaptureOutcome>): Promise<ClippingSummary | null> => {
      if (outcome.status === 'duplicate') {
        const choice = await askDuplicate(outcome);
        if (choice === 'version') return settle(await again('newVersion'), again);
        if (choice === 'open') await reveal(outcome.existing);
        return choice === 'open' ? outcome.existing : null;
      }
      const { clipping } = outcome;
      await reveal(clipping);
      toast.show({
        title: outcome.status === 'version' ? `Saved version ${clipping.version} of “${clipping.title}”` : `Clipped “${clipping.title}”`,
        description: outcome.imagesSkipped > 0 ? `${outcome.imagesSkipped} image(s) could not be saved for offline reading.` : undefined,
      });
      return clipping;
    },
    [askDuplicate, reveal, toast],
  );

  const clipText = useCallback(
    async (input: MethodInput<'clippings.create'>) => {
      const again = (duplicates: DuplicatePolicy) => client.clippings.create({ ...input, duplicates });
      return settle(await again('report'), again);
    },
    [client, settle],
  );

  const clipItem = useCallback(
    async (item: CaptureItem, extra: Extra = {}) => {
      const again = (duplicates: DuplicatePolicy) => send(item, duplicates, extra);
      return settle(await again('report'), again);
    },
    [send, settle],
  );

  return useMemo(() => ({ send, clipText, clipItem }), [send, clipText, clipItem]);
}
