import { ApiError } from '../../../shared/api/errors';
import type { SourceFormat } from '../../../shared/domain/clipping';

const FORMATS_BY_EXTENSION: Record<string, SourceFormat> = {
  html: 'html',
  htm: 'html',
  mhtml: 'html',
  mht: 'html',
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

export const SUPPORTED_FILES_MESSAGE = 'Dossier can clip .html, .htm, .mhtml, .txt and .md files, and any of them gzipped.';

/**
 * The source format a file name promises. Run the binary sniffer first, so a
 * renamed image is reported as an image rather than as a bad extension.
 */
export function formatFromFileName(fileName: string): SourceFormat {
  const format = FORMATS_BY_EXTENSION[extensionOf(fileName)];
  if (format) return format;
  const extension = extensionOf(fileName);
  const what = extension ? `.${extension} files` : 'files without an extension';
  throw new ApiError('unsupported_file', `Dossier can't clip ${what}. ${SUPPORTED_FILES_MESSAGE}`);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot < 0 || dot === base.length - 1) return '';
  return base
    .slice(dot + 1)
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .toLowerCase()
    .slice(0, 20);
}
