import type { Bridge } from '../../../shared/api/bridge';

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    dossierBridge?: Bridge;
  }
}

export {};
