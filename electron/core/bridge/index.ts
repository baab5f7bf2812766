export { startClipperEndpoint, type ClipperEndpoint, type ClipperEndpointOptions } from './clipper-endpoint';
export { bookmarkletFor } from './bookmarklet';
export { newPairingKey, isPairingKey } from './pairing-key';
export { DEFAULT_BRIDGE_PORT } from './bridge-defaults';
export type { BridgeClipRequest, BridgeClipResult } from './clip-request';
