import { FetchError, type FetchFailure, describeDuration, describeLimit } from '../fetch/fetch-errors';

const REASONS: Partial<Record<FetchFailure, string>> = {
  invalid_url: 'not a web address',
  unsafe_redirect: 'redirected to an address that is not on the web',
  dns: 'its address was not found',
  refused: 'the connection was refused',
  unreachable: 'the network is unreachable',
  connection: 'the connection failed',
  tls: 'the secure connection failed',
  bad_reply: 'the server sent a reply Dossier could not understand',
  too_many_redirects: 'too many redirects',
  redirect_loop: 'redirects in a loop',
  damaged: 'arrived damaged',
  empty: 'empty',
  cancelled: 'cancelled',
};

/** Why one image was not downloaded, in a few words ("HTTP 404", "larger than 5 MB"). */
export function failureReason(error: unknown, limits: { maxBytes: number; timeoutMs: number }): string {
  if (!(error instanceof FetchError)) return 'could not be downloaded';
  if (error.status !== null) return `HTTP ${error.status}`;
  if (error.reason === 'too_large') return `larger than ${describeLimit(limits.maxBytes)}`;
  if (error.reason === 'timeout') return `took longer than ${describeDuration(limits.timeoutMs)}`;
  return REASONS[error.reason] ?? 'could not be downloaded';
}
