import { useMutation } from '@tanstack/react-query';
import type { AnnotationExportFormat } from '../../../shared/domain/export';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { saveFile } from '../ui/save-file';
import { useToast } from '../ui/toast-context';
import { exportedAnnotationCount } from './exported-annotation-count';

/** What to export: one clipping's annotations or a collection's, with the name the messages use. */
export type AnnotationExportTarget = ({ clippingId: number } | { collectionId: number }) & { name: string };

export interface AnnotationExportRequest {
  target: AnnotationExportTarget;
  format: AnnotationExportFormat;
}

const annotations = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'annotation' : 'annotations'}`;

/**
 * Exports annotations as a file: a progress toast while the core reads them (a large
 * collection takes a while), then the download and what it holds. Nothing is saved when
 * there is nothing to export. The toasts live in the mutation, not the caller, so an
 * export started from a menu finishes after the menu closes.
 */
export function useAnnotationsExport() {
  const client = useClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ target, format }: AnnotationExportRequest) =>
      client.annotations.export('clippingId' in target ? { clippingId: target.clippingId, format } : { collectionId: target.collectionId, format }),
    onMutate: ({ target }) => ({ progress: toast.show({ kind: 'progress', title: `Exporting the annotations of “${target.name}”…` }) }),
    onSuccess: (file, { target }) => {
      const count = exportedAnnotationCount(file);
      if (count === 0) {
        toast.show({ kind: 'info', title: `“${target.name}” has no annotations to export`, description: 'Nothing was saved.' });
        return;
      }
      saveFile(file);
      toast.show({ kind: 'info', title: count === null ? `Saved ${file.fileName}` : `Saved ${file.fileName} — ${annotations(count)}` });
    },
    onError: (error, { target }) =>
      toast.show({ kind: 'error', title: `The annotations of “${target.name}” could not be exported`, description: errorMessage(error) }),
    onSettled: (_file, _error, _request, context) => {
      if (context) toast.dismiss(context.progress);
    },
  });
}
