import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DuplicatePolicy } from '../../../shared/domain/clipping';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { itemLabel, type CaptureItem } from './capture-item';
import { runCaptureQueue, type ItemReport } from './capture-queue';
import { ImportPanel } from './import-panel';
import { useClipper } from './use-clipper';

export interface ImportJob {
  items: CaptureItem[];
  reports: ItemReport[];
  running: boolean;
  cancelled: boolean;
}

interface ImportJobs {
  /** Imports the items in the import panel; duplicates are reported, not stored. */
  start(items: CaptureItem[], duplicates?: DuplicatePolicy): void;
}

const ImportJobsContext = createContext<ImportJobs | null>(null);

export function useImportJobs(): ImportJobs {
  const jobs = useContext(ImportJobsContext);
  if (!jobs) throw new Error('useImportJobs must be used inside <ImportJobsProvider>.');
  return jobs;
}

/** Bulk imports (a list of links, a folder, many dropped files), one at a time, shown in the import panel. */
export function ImportJobsProvider({ children }: { children: ReactNode }) {
  const { send } = useClipper();
  const queryClient = useQueryClient();
  const [job, setJob] = useState<ImportJob | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    (items: CaptureItem[], duplicates: DuplicatePolicy = 'report') => {
      if (items.length === 0 || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setJob({ items, reports: [], running: true, cancelled: false });
      let stored = 0;
      void runCaptureQueue(items, itemLabel, (item) => send(item, duplicates), errorMessage, {
        signal: abort.signal,
        onUpdate: (reports) => {
          setJob((previous) => previous && { ...previous, reports });
          const nowStored = reports.filter((report) => report.state === 'created' || report.state === 'version').length;
          if (nowStored > stored) void queryClient.invalidateQueries({ queryKey: queryKeys.all });
          stored = nowStored;
        },
      }).finally(() => {
        controller.current = null;
        setJob((previous) => previous && { ...previous, running: false });
      });
    },
    [send, queryClient],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setJob((previous) => previous && { ...previous, cancelled: true });
  }, []);

  const keepDuplicatesAsVersions = useCallback(() => {
    if (!job) return;
    const duplicates = job.reports.filter((report) => report.state === 'duplicate').map((report) => job.items[report.index]!);
    start(duplicates, 'newVersion');
  }, [job, start]);

  return (
    <ImportJobsContext.Provider value={useMemo(() => ({ start }), [start])}>
      {children}
      {job && (
        <ImportPanel job={job} onCancel={cancel} onClose={() => setJob(null)} onKeepDuplicates={keepDuplicatesAsVersions} />
      )}
    </ImportJobsContext.Provider>
  );
}
