import { ApiError } from '../../../shared/api/errors';
import type { ReanchorReport } from '../../../shared/domain/annotation';
import type { Clipping } from '../../../shared/domain/clipping';
import type { PreparedClipping } from '../capture/prepared-clipping';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import type { CaptureRunner } from './capture-runner';

/**
 * Reads a clipping's stored original again with today's extractor, as the capture
 * that made it did (a file as that file, a fetched page with the charset it was decoded
 * with), and gives the clipping the new text. Metadata the analyst may have edited stays;
 * annotations are re-anchored. A clipping clipped from a selection cannot be redone:
 * its original is the whole page.
 */
export async function reextract(clippings: ClippingsRepo, run: CaptureRunner, id: number): Promise<{ clipping: Clipping; annotations: ReanchorReport }> {
  const clipping = clippings.get(id);
  const snapshot = clippings.snapshot(id);
  const prepared = await prepareAgain(run, clipping, snapshot.contentType, snapshot.bytes);
  return clippings.replaceDocument(id, prepared.doc);
}

function prepareAgain(run: CaptureRunner, clipping: Clipping, contentType: string, bytes: Uint8Array): Promise<PreparedClipping> {
  switch (clipping.origin) {
    case 'file':
      return run('prepareFromFile', { fileName: clipping.fileName ?? 'original.html', bytes });
    case 'url': {
      const [type, ...parameters] = contentType.split(';').map((part) => part.trim());
      const charset = parameters.find((parameter) => parameter.toLowerCase().startsWith('charset='))?.slice('charset='.length) ?? null;
      return run('prepareFromFetched', { finalUrl: clipping.sourceUrl ?? 'https://invalid.example/', contentType: type || null, charsetFromHeader: charset, bytes });
    }
    case 'paste':
    case 'sample':
      return run('prepareFromPaste', { format: clipping.format, content: new TextDecoder().decode(bytes) });
    default:
      throw new ApiError('invalid_input', 'This clipping was clipped from a selection in the browser; its original is the whole page, so it cannot be extracted again.');
  }
}
