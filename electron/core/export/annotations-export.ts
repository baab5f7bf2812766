import type { AnnotationExportFormat, ExportedFile } from '../../../shared/domain/export';
import { annotationGroups, type AnnotationGroupDeps, type ExportProgress } from './annotation-groups';
import { annotationsCsv } from './annotations-csv';
import { annotationsMarkdown } from './annotations-markdown';
import { exportFileName } from './export-file-name';

export interface AnnotationExportScope {
  clippingId?: number | null;
  collectionId?: number | null;
}

/** `annotations.export`: a clipping's or a collection's annotations as Markdown or CSV. */
export function exportAnnotations(
  deps: AnnotationGroupDeps,
  scope: AnnotationExportScope,
  format: AnnotationExportFormat,
  options: { now?: Date; onProgress?: ExportProgress } = {},
): ExportedFile {
  const now = options.now ?? new Date();
  const source = annotationGroups(deps, scope, options.onProgress);
  const name = 'clippingId' in source.scope ? (source.groups[0]?.clipping.title ?? 'clipping') : source.scope.path;
  const fileName = exportFileName(name, format, { prefix: 'annotations', day: now });
  return format === 'md'
    ? { fileName, mediaType: 'text/markdown; charset=utf-8', content: annotationsMarkdown(source, { now }), encoding: 'utf8' }
    : { fileName, mediaType: 'text/csv; charset=utf-8', content: annotationsCsv(source), encoding: 'utf8' };
}
