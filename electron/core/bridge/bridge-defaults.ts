/** The clipper endpoint's port unless the user chooses another in Settings. */
export const DEFAULT_BRIDGE_PORT = 47950;

/**
 * The wire names the endpoint answers to. bookmarklet-source.ts spells them out again:
 * it runs inside the user's page and cannot import anything.
 */
export const CLIP_PATH = '/clip';
export const CLIP_FORM_PATH = '/clip/form';
export const PAIRING_KEY_HEADER = 'x-dossier-pairing-key';
/** The pairing key's field in the form fallback. */
export const PAIRING_KEY_FIELD = 'key';
