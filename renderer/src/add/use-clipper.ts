import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useSelection } from '../layout/selection-context';
import { useToast } from '../ui/toast-context';
import { aboutFile, fileProblem } from './file-checks';
import { readBase64 } from './read-base64';

export interface FileFailure {
  file: File;
  message: string;
}

export interface ImportOutcome {
  clipped: ClippingSummary[];
  failures: FileFailure[];
}

type Extra = { title?: string; url?: string };

/**
 * Every way in — the dialog, a global paste, a drop — ends here: call the core,
 * refresh the lists, select the newest clipping and say so in a toast. Failures
 * are returned or thrown; each caller decides where to show them.
 */
export function useClipper() {
  const client = useClient();
  const queryClient = useQueryClient();
  const { select } = useSelection();
  const toast = useToast();

  /** Select after the refetch, so the list already holds the new row. */
  const reveal = useCallback(
    async (clipped: ClippingSummary[]) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      const newest = clipped.at(-1);
      if (newest) select(newest.id, 'library');
    },
    [queryClient, select],
  );

  const clipText = useCallback(
    async (input: MethodInput<'clippings.create'>) => {
      const outcome = await client.clippings.create(input);
      const clipping = outcome.status === 'duplicate' ? outcome.existing : outcome.clipping;
      await reveal([clipping]);
      toast.show({ title: outcome.status === 'duplicate' ? `Already clipped: “${clipping.title}”` : `Clipped “${clipping.title}”` });
      return clipping;
    },
    [client, reveal, toast],
  );

  const importOne = useCallback(
    async (file: File, extra: Extra = {}): Promise<ClippingSummary> => {
      const problem = fileProblem(file);
      if (problem) throw problem;
      let dataBase64: string;
      try {
        dataBase64 = await readBase64(file);
      } catch {
        throw new ApiError('encoding', `“${file.name}” could not be read from disk.`);
      }
      const outcome = await client.clippings.importFile({ fileName: file.name, dataBase64, ...extra });
      return outcome.status === 'duplicate' ? outcome.existing : outcome.clipping;
    },
    [client],
  );

  /** Imports files one after another; `onProgress` hears before each starts. */
  const importFiles = useCallback(
    async (files: File[], options: { extra?: Extra; onProgress?: (done: number, total: number) => void } = {}): Promise<ImportOutcome> => {
      const outcome: ImportOutcome = { clipped: [], failures: [] };
      for (const [index, file] of files.entries()) {
        options.onProgress?.(index, files.length);
        try {
          outcome.clipped.push(await importOne(file, files.length === 1 ? options.extra : undefined));
        } catch (error) {
          outcome.failures.push({ file, message: aboutFile(file.name, errorMessage(error)) });
        }
      }
      if (outcome.clipped.length > 0) {
        await reveal(outcome.clipped);
        toast.show({ title: clippedTitle(outcome.clipped, files.length) });
      }
      return outcome;
    },
    [importOne, reveal, toast],
  );

  return useMemo(() => ({ clipText, importFiles }), [clipText, importFiles]);
}

function clippedTitle(clipped: ClippingSummary[], attempted: number): string {
  if (clipped.length === 1 && attempted === 1) return `Clipped “${clipped[0]!.title}”`;
  return clipped.length === attempted ? `Clipped ${attempted} files` : `Clipped ${clipped.length} of ${attempted} files`;
}
