import { channelFor, isMethodName, methodNames, type MethodName } from '../../shared/api/contract';
import { fail, type Envelope } from '../../shared/api/envelope';
import type { Dispatch } from '../core/api/dispatch';
import { isAppUrl } from './app-origin';

/** What the wrapper reads from an IPC event (Electron's IpcMainInvokeEvent fits). */
export interface SenderFrameLike {
  readonly parent: unknown;
  readonly url: string;
  readonly processId?: number;
  readonly routingId?: number;
}
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: SenderFrameLike | null | undefined;
}
export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => unknown;
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}
export interface WebContentsLike {
  readonly mainFrame?: SenderFrameLike;
}
export type SenderCheck = (event: InvokeEventLike) => boolean;

export const FORBIDDEN_MESSAGE = 'This page is not allowed to use the Dossier library.';

/**
 * A sender is trusted only if it is the top-level frame of the app's main window,
 * showing `app://dossier`. Iframes, other windows, other origins and frames that
 * are gone (senderFrame null) are refused.
 */
export function createSenderCheck(getMainWebContents: () => WebContentsLike | null | undefined): SenderCheck {
  return (event) => {
    try {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null) return false;
      const main = getMainWebContents();
      if (!main || event.sender !== main) return false;
      if (main.mainFrame && !sameFrame(frame, main.mainFrame)) return false;
      return isAppUrl(frame.url);
    } catch {
      return false;
    }
  };
}

function sameFrame(a: SenderFrameLike, b: SenderFrameLike): boolean {
  return a === b || (a.processId !== undefined && a.processId === b.processId && a.routingId === b.routingId);
}

/** The only way a channel is registered: the name must be a contract method. */
export function registerChannel(ipcMain: IpcMainLike, method: string, listener: InvokeListener): string {
  if (!isMethodName(method)) throw new Error(`Refusing to register IPC channel for "${method}": not a contract method.`);
  const channel = channelFor(method);
  ipcMain.handle(channel, listener);
  return channel;
}

/** One `ipcMain.handle` per contract method; every call passes the sender check, then dispatch. */
export function registerApi(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: SenderCheck): string[] {
  return methodNames.map((method) => registerChannel(ipcMain, method, apiListener(method, dispatch, isTrustedSender)));
}

function apiListener(method: MethodName, dispatch: Dispatch, isTrustedSender: SenderCheck): InvokeListener {
  return async (event, input): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) {
      console.warn(`[dossier] refused ${method} from an untrusted frame (${describeSender(event)}).`);
      return fail({ code: 'forbidden', message: FORBIDDEN_MESSAGE });
    }
    try {
      return await dispatch(method, input);
    } catch (error) {
      console.error('[dossier] dispatch threw:', error);
      return fail({ code: 'internal', message: 'Dossier hit an unexpected problem and nothing was changed.' });
    }
  };
}

function describeSender(event: InvokeEventLike): string {
  try {
    return event.senderFrame ? String(event.senderFrame.url).slice(0, 200) : 'no frame';
  } catch {
    return 'unknown frame';
  }
}
