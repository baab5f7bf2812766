import type { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/api/errors';
import { taskErrors } from './task-errors';
import type { TaskRequest, WorkerMessage } from './worker-protocol';

export interface PoolTask {
  name: string;
  args: unknown[];
  resolve(result: unknown): void;
  reject(error: ApiError): void;
}

interface Running {
  id: number;
  task: PoolTask;
  timer?: NodeJS.Timeout;
}

let nextId = 1;

/**
 * One worker thread running one task at a time. The time limit starts when the task
 * reaches a loaded worker, so a cold start (tsx compiling the sources) never counts.
 * A worker that dies, runs out of memory or overruns is gone: `events.exit` lets the
 * pool replace it. Idle workers are unref'd so they never keep a finished CLI alive.
 */
export class PoolWorker {
  private ready = false;
  private alive = true;
  private running: Running | null = null;
  private stopReason: ApiError | null = null;

  constructor(
    private readonly worker: Worker,
    private readonly timeoutMs: number,
    private readonly events: { idle(): void; exit(worker: PoolWorker): void },
  ) {
    worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    worker.on('messageerror', (error) => this.settle((task) => task.reject(taskErrors.internal(error.message))));
    worker.on('error', (error) => {
      this.alive = false;
      this.settle((task) => task.reject(taskErrors.workerFailed(error)));
    });
    worker.on('exit', (code) => {
      this.alive = false;
      const error = this.stopReason ?? taskErrors.workerExited(code);
      this.settle((task) => task.reject(error));
      this.events.exit(this);
    });
  }

  get idle(): boolean {
    return this.alive && this.running === null;
  }

  run(task: PoolTask): void {
    this.running = { id: nextId++, task };
    this.worker.ref();
    if (this.ready) this.send();
  }

  /** Ends the worker; a task it was running rejects with `reason`. */
  stop(reason: ApiError): Promise<void> {
    this.alive = false;
    this.stopReason ??= reason;
    return this.worker.terminate().then(() => undefined);
  }

  private onMessage(message: WorkerMessage): void {
    if ('ready' in message) {
      this.ready = true;
      if (this.running) this.send();
      return;
    }
    if (message.id !== this.running?.id) return;
    if (message.ok) this.settle((task) => task.resolve(message.result));
    else this.settle((task) => task.reject(taskErrors.fromWorker(message.error)));
  }

  private send(): void {
    const running = this.running!;
    const request: TaskRequest = { id: running.id, name: running.task.name, args: running.task.args };
    try {
      // Structured clone, not transfer: the caller may still hold the bytes, and
      // cloning costs the main thread no more than the copy a transfer would need.
      this.worker.postMessage(request);
    } catch (error) {
      this.settle((task) => task.reject(taskErrors.internal((error as Error).message)));
      return;
    }
    running.timer = setTimeout(() => {
      const error = taskErrors.timedOut(this.timeoutMs);
      void this.stop(error);
      this.settle((task) => task.reject(error));
    }, this.timeoutMs);
  }

  private settle(finish: (task: PoolTask) => void): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    clearTimeout(running.timer);
    if (this.alive) this.worker.unref();
    finish(running.task);
    if (this.idle) this.events.idle();
  }
}
