/** Largest page or file Dossier clips. Larger input is refused with a clear message. */
export const MAX_CLIPPING_BYTES = 20 * 1024 * 1024;

export const MAX_TITLE_LENGTH = 500;

export const MAX_URL_LENGTH = 4096;

/** Largest page of the clipping list one call returns. */
export const MAX_LIST_LIMIT = 500;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
