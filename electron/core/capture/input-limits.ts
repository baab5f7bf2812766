import { ApiError } from '../../../shared/api/errors';
import { MAX_CLIPPING_BYTES, formatBytes } from '../../../shared/domain/limits';
import type { CaptureSource } from './capture-source';

/** Refuse oversized input before any decoding or parsing happens. */
export function assertWithinSizeLimit(byteLength: number, source: CaptureSource): void {
  if (byteLength <= MAX_CLIPPING_BYTES) return;
  throw new ApiError('too_large', `${source.subject} is ${formatBytes(byteLength)}; Dossier clips pages up to ${describeLimit()}.`);
}

export function assertNotBlank(text: string, source: CaptureSource): void {
  if (text.trim() !== '') return;
  const what = text === '' ? 'is empty' : 'contains only blank space';
  throw new ApiError('empty', `${source.subject} ${what}; there is nothing to clip.`);
}

export function noReadableText(source: CaptureSource): ApiError {
  return new ApiError('empty', `No readable text was found in ${source.object}.`);
}

function describeLimit(): string {
  const megabytes = MAX_CLIPPING_BYTES / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : formatBytes(MAX_CLIPPING_BYTES);
}
