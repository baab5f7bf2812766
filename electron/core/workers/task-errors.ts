import { ApiError, isErrorCode } from '../../../shared/api/errors';

/** Why a task ended without a result, in words for the person who clipped the page. */
export const taskErrors = {
  fromWorker(error: { code?: unknown; message?: unknown } | undefined): ApiError {
    const message = typeof error?.message === 'string' ? error.message : 'unknown error';
    if (isErrorCode(error?.code)) return new ApiError(error.code, message);
    return taskErrors.internal(message);
  },
  internal(detail: string): ApiError {
    return new ApiError('internal', `Dossier could not process this page: ${detail}`);
  },
  timedOut(limitMs: number): ApiError {
    return new ApiError('too_large', `Processing this page took longer than ${formatLimit(limitMs)} and was stopped; nothing was saved.`);
  },
  outOfMemory(): ApiError {
    return new ApiError('too_large', 'Processing this page used too much memory and was stopped; nothing was saved.');
  },
  /** The worker threw outside a task, failed to load, or hit its heap limit. */
  workerFailed(error: Error): ApiError {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return taskErrors.outOfMemory();
    return taskErrors.internal(`${error.message} (the page was not saved).`);
  },
  workerExited(exitCode: number): ApiError {
    return taskErrors.internal(`its worker stopped unexpectedly (exit code ${exitCode}); nothing was saved.`);
  },
  closed(): ApiError {
    return new ApiError('internal', 'Dossier is shutting down, so this page was not processed; nothing was saved.');
  },
};

function formatLimit(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
