import type { ClipFunction } from './clip-outcome';

/** What the clip routes need from the running endpoint. */
export interface RouteContext {
  pairingKey: () => string;
  clip: ClipFunction;
  onError: (error: unknown) => void;
  maxBodyBytes: number;
}
