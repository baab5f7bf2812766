import { createHash } from 'node:crypto';
import { FetchError, describeDuration, describeLimit } from '../fetch/fetch-errors';
import { fetchResource, type FetchedResource, type ResourceOptions } from '../fetch/fetch-resource';
import { IMAGE_DATA_URL, decodeImageDataUrl } from './data-url';
import { failureReason } from './failure-reason';
import { mapLimited } from './map-limited';
import type { ImageOutcome } from './media-types';
import { sniffImage } from './sniff-image';

export type Fetcher = (url: string, options: ResourceOptions) => Promise<FetchedResource>;

export interface ImageLimits {
  /** Per image. */
  maxImageBytes: number;
  /** For all the images of one clipping, each distinct image counted once. */
  maxTotalBytes: number;
  maxImages: number;
  /** Downloads at a time. */
  concurrency: number;
  /** Per image, redirects included. */
  imageTimeoutMs: number;
  /** For all the images of one clipping. */
  deadlineMs: number;
}

export const IMAGE_LIMITS: ImageLimits = {
  maxImageBytes: 5 * 1024 * 1024,
  maxTotalBytes: 30 * 1024 * 1024,
  maxImages: 60,
  concurrency: 4,
  imageTimeoutMs: 15_000,
  deadlineMs: 60_000,
};

export interface DownloadOptions extends Partial<ImageLimits> {
  /** Cancels everything: downloadImages rejects with a `cancelled` FetchError. */
  signal?: AbortSignal;
  /** Default fetchResource. */
  fetcher?: Fetcher;
  /** The page the images appear on, sent as a browser would. */
  referer?: string;
  /** Bytes already at hand (an MHTML snapshot's parts) by address, used instead of the network. */
  archived?: ReadonlyMap<string, Uint8Array>;
}

const ACCEPT_IMAGES = 'image/avif,image/webp,image/apng,image/*;q=0.8,*/*;q=0.5';

type Bytes = { ok: true; bytes: Uint8Array; declaredType: string | null } | { ok: false; reason: string };

/**
 * Downloads (or decodes) each distinct source once and keeps what is really a
 * picture: the type is decided by the bytes, tracking pixels are dropped, and every
 * limit of `IMAGE_LIMITS` applies. One outcome per distinct source, in order.
 */
export async function downloadImages(sources: readonly string[], options: DownloadOptions = {}): Promise<ImageOutcome[]> {
  const limits = limitsFrom(options);
  const fetcher = options.fetcher ?? fetchResource;
  const { signal } = options;
  if (signal?.aborted) throw imagesCancelled();

  const distinct = [...new Set(sources)];
  const startedAt = Date.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.deadlineMs);
  const fetchSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  const overTotal = `over the ${describeLimit(limits.maxTotalBytes)} limit for one clipping's images`;
  const outOfTime = `out of time (${describeDuration(limits.deadlineMs)} for all of a clipping's images)`;
  const counted = new Set<string>();
  let totalBytes = 0;

  const network = async (src: string, maxBytes: number): Promise<Bytes> => {
    const timeoutMs = Math.min(limits.imageTimeoutMs, limits.deadlineMs - (Date.now() - startedAt));
    if (timeoutMs <= 0) return { ok: false, reason: outOfTime };
    try {
      const got = await fetcher(src, { maxBytes, timeoutMs, accept: ACCEPT_IMAGES, signal: fetchSignal, referer: options.referer, noun: 'image' });
      return { ok: true, bytes: got.bytes, declaredType: got.contentType };
    } catch (error) {
      // A timeout shortened to what was left of the deadline is the deadline, whichever timer fired first.
      const deadlineHit = timeoutMs < limits.imageTimeoutMs && error instanceof FetchError && error.reason === 'timeout';
      if (deadline.signal.aborted || deadlineHit) return { ok: false, reason: outOfTime };
      // Asked for less than the per-image cap because the clipping's budget was nearly spent.
      if (error instanceof FetchError && error.reason === 'too_large' && maxBytes < limits.maxImageBytes) return { ok: false, reason: overTotal };
      return { ok: false, reason: failureReason(error, { maxBytes, timeoutMs }) };
    }
  };

  const obtain = async (src: string): Promise<Bytes> => {
    if (IMAGE_DATA_URL.test(src)) return decodeImageDataUrl(src, limits.maxImageBytes);
    const archived = options.archived && lookUp(options.archived, src);
    if (archived) {
      if (archived.byteLength > limits.maxImageBytes) return { ok: false, reason: `larger than ${describeLimit(limits.maxImageBytes)}` };
      return { ok: true, bytes: archived, declaredType: null };
    }
    if (deadline.signal.aborted) return { ok: false, reason: outOfTime };
    const budget = limits.maxTotalBytes - totalBytes;
    if (budget <= 0) return { ok: false, reason: overTotal };
    return network(src, Math.min(limits.maxImageBytes, budget));
  };

  const one = async (src: string, index: number): Promise<ImageOutcome> => {
    if (index >= limits.maxImages) return { src, ok: false, reason: `more than ${limits.maxImages} images in one clipping` };
    const got = await obtain(src);
    if (!got.ok) return { src, ok: false, reason: got.reason };
    const sniffed = sniffImage(got.bytes, got.declaredType);
    if (!sniffed.ok) return { src, ok: false, reason: sniffed.reason };
    const sha256 = createHash('sha256').update(got.bytes).digest('hex');
    if (!counted.has(sha256)) {
      if (totalBytes + got.bytes.byteLength > limits.maxTotalBytes) return { src, ok: false, reason: overTotal };
      totalBytes += got.bytes.byteLength;
      counted.add(sha256);
    }
    const { mediaType, width, height } = sniffed;
    return { src, ok: true, image: { sha256, mediaType, bytes: got.bytes, width, height } };
  };

  const work = mapLimited(distinct, limits.concurrency, one);
  let onAbort = (): void => undefined;
  // Settles as soon as the caller cancels, even if a fetcher is slow to notice.
  const cancelled = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(imagesCancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  work.catch(() => undefined);
  cancelled.catch(() => undefined);
  try {
    return await Promise.race([work, cancelled]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function imagesCancelled(): FetchError {
  return new FetchError('cancelled', 'Downloading the images was cancelled.');
}

function lookUp(archived: ReadonlyMap<string, Uint8Array>, src: string): Uint8Array | undefined {
  const exact = archived.get(src);
  if (exact) return exact;
  try {
    return archived.get(new URL(src).href);
  } catch {
    return undefined;
  }
}

function limitsFrom(options: Partial<ImageLimits>): ImageLimits {
  const limits = { ...IMAGE_LIMITS };
  for (const key of Object.keys(IMAGE_LIMITS) as Array<keyof ImageLimits>) {
    const value = options[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
