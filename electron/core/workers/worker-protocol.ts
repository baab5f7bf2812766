/**
 * Messages between the capture pool and a capture worker. A worker posts `{ ready: true }`
 * once its modules are loaded, then answers each request with one reply.
 */
export interface TaskRequest {
  id: number;
  name: string;
  args: unknown[];
}

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { code: string; message: string } };

export interface ReadyMessage {
  ready: true;
}

export type WorkerMessage = TaskReply | ReadyMessage;
