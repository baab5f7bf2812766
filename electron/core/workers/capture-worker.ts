import { parentPort } from 'node:worker_threads';
import { ApiError, isErrorCode } from '../../../shared/api/errors';
import { captureTasks, type CaptureTaskName } from '../capture/capture-tasks';
import { ownedBuffers } from './transfer-list';
import type { TaskReply, TaskRequest } from './worker-protocol';

/** The capture worker: runs one task by name per message (see capture-pool.ts). */
const port = parentPort;
if (!port) throw new Error('capture-worker must run on a worker thread');

port.on('message', async ({ id, name, args }: TaskRequest) => {
  let reply: TaskReply;
  try {
    if (!Object.hasOwn(captureTasks, name)) throw new Error(`unknown capture task "${name}"`);
    const task = captureTasks[name as CaptureTaskName] as (...a: unknown[]) => Promise<unknown>;
    reply = { id, ok: true, result: await task(...args) };
  } catch (error) {
    reply = { id, ok: false, error: errorShape(error) };
  }
  postReply(reply);
});
port.postMessage({ ready: true });

function errorShape(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError && isErrorCode(error.code)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Dossier could not process this page: ${message}` };
}

/** The result's byte buffers are moved, not copied, when they own their whole buffer. */
function postReply(reply: TaskReply): void {
  const transfer = reply.ok ? ownedBuffers(reply.result) : [];
  try {
    port!.postMessage(reply, transfer);
  } catch {
    // An untransferable buffer (Node's Buffer pool) or an uncloneable value: copy, or report.
    try {
      port!.postMessage(reply);
    } catch (error) {
      port!.postMessage({ id: reply.id, ok: false, error: errorShape(error) } satisfies TaskReply);
    }
  }
}
