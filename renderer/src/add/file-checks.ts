import { ApiError } from '../../../shared/api/errors';
import { formatBytes, MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';

/** What the file chooser and the window drop accept. */
const PAGE_EXTENSIONS = ['.html', '.htm', '.mhtml', '.mht', '.txt', '.md'] as const;
export const CLIPPABLE_EXTENSIONS = [...PAGE_EXTENSIONS, ...PAGE_EXTENSIONS.map((extension) => `${extension}.gz`)];
export const ACCEPT = [...PAGE_EXTENSIONS, '.gz'].join(',');

const LIMIT_LABEL = `${MAX_CLIPPING_BYTES / (1024 * 1024)} MB`;

/**
 * Refuses a file before reading it, in the core's wording: wrong kind of file, or
 * larger than Dossier clips. Returns null when the file may be sent to the core.
 */
export function fileProblem(file: Pick<File, 'name' | 'size'>): ApiError | null {
  const name = file.name.toLowerCase();
  if (!CLIPPABLE_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return new ApiError('unsupported_file', `“${file.name}” can't be clipped. Dossier can clip .html, .htm, .mhtml, .txt and .md files, and any of them gzipped.`);
  }
  if (file.size > MAX_CLIPPING_BYTES) {
    return new ApiError('too_large', `“${file.name}” is ${formatBytes(file.size)}; Dossier clips pages up to ${LIMIT_LABEL}.`);
  }
  return null;
}

/** An error about one file, naming the file even when the core's message does not. */
export function aboutFile(fileName: string, message: string): string {
  return message.includes(fileName) ? message : `“${fileName}” was not clipped: ${message}`;
}
