import { useCallback } from 'react';
import { errorMessage } from '../api/error-message';
import { useToast } from '../ui/toast-context';
import type { CaptureItem } from './capture-item';
import { aboutFile } from './file-checks';
import { useClipper } from './use-clipper';
import { useImportJobs } from './use-import-jobs';

/**
 * Clips what was dropped on (or pasted into) the window: one file or link at once
 * with a toast, several through the import panel with progress and a report.
 */
export function useImportDropped() {
  const { clipItem } = useClipper();
  const jobs = useImportJobs();
  const toast = useToast();

  return useCallback(
    async (items: CaptureItem[]) => {
      if (items.length > 1) return jobs.start(items);
      const [item] = items;
      if (!item) return;
      const progress = toast.show({ kind: 'progress', title: item.kind === 'url' ? `Fetching ${item.url}…` : `Clipping “${item.file.name}”…` });
      try {
        await clipItem(item);
      } catch (error) {
        const message = errorMessage(error);
        toast.show({ kind: 'error', title: item.kind === 'file' ? aboutFile(item.file.name, message) : message });
      } finally {
        toast.dismiss(progress);
      }
    },
    [clipItem, jobs, toast],
  );
}
