import { ApiError } from '../../../shared/api/errors';
import { clipToDossier } from './bookmarklet-source';
import { isPairingKey } from './pairing-key';

const LOCAL_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}$/;

/**
 * The `javascript:` URL the user drags to the bookmarks bar. The endpoint and key go in
 * as JSON literals; both are checked first, so nothing else can reach the program.
 */
export function bookmarkletFor({ endpoint, pairingKey }: { endpoint: string; pairingKey: string }): string {
  if (!LOCAL_ORIGIN.test(endpoint)) throw new ApiError('invalid_input', `The bookmarklet must post to this computer, not ${endpoint}.`);
  if (!isPairingKey(pairingKey)) throw new ApiError('invalid_input', 'The pairing key is not valid; reset it in Settings.');
  // Indentation and comments cost three characters a space once encoded. Safe to drop
  // line by line because no string in the source spans lines (a test checks).
  const source = clipToDossier
    .toString()
    .replace(/\n\s+/g, '\n')
    .replace(/^\/\/.*\n/gm, '');
  const program = `void (${source})(${JSON.stringify(endpoint)},${JSON.stringify(pairingKey)})`;
  return `javascript:${encodeURIComponent(program)}`;
}
