/** What the settings show about the browser bridge. */
export interface BridgeInfo {
  /** `listening`: the clipper endpoint is up; `unavailable`: it could not start (see message). */
  status: 'listening' | 'unavailable';
  /** http://127.0.0.1:PORT */
  endpoint: string;
  /** The key the bookmarklet carries; only requests with it may clip. */
  pairingKey: string;
  /** The `javascript:` URL to drag to the bookmarks bar. */
  bookmarklet: string;
  /** Why the endpoint is unavailable. */
  message: string | null;
}
