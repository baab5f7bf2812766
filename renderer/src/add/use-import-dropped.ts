import { useCallback } from 'react';
import { useToast } from '../ui/toast-context';
import { fileProblem } from './file-checks';
import { useClipper } from './use-clipper';

/**
 * Imports files dropped on (or pasted into) the window. Files Dossier cannot clip
 * are refused before reading, each with its own error toast; several files show
 * their progress in one toast.
 */
export function useImportDropped() {
  const { importFiles } = useClipper();
  const toast = useToast();

  return useCallback(
    async (files: File[]) => {
      const accepted: File[] = [];
      for (const file of files) {
        const problem = fileProblem(file);
        if (problem) toast.show({ kind: 'error', title: problem.message });
        else accepted.push(file);
      }
      if (accepted.length === 0) return;

      const progress =
        accepted.length > 1 ? toast.show({ kind: 'progress', title: `Clipping ${accepted.length} files…` }) : null;
      const outcome = await importFiles(accepted, {
        onProgress: (done, total) =>
          progress && toast.update(progress, { kind: 'progress', title: `Clipping file ${done + 1} of ${total}…` }),
      });
      if (progress) toast.dismiss(progress);
      for (const failure of outcome.failures) toast.show({ kind: 'error', title: failure.message });
    },
    [importFiles, toast],
  );
}
