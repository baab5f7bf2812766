/**
 * Autosave for the note editor, kept pure (timers and the save are passed in) because
 * losing a note is the worst thing the editor can do. The rules:
 * - a change is saved 700 ms after typing pauses, and never later than 1 s after the
 *   first unsaved change (steady typing still saves every second);
 * - at most one save is in flight; the next one names the revision the previous one
 *   returned, and reads the editor only when it starts, so it carries every change so far;
 * - a failed save keeps the changes, says why, and tries again (1 s, 2 s, 5 s, then every 10 s);
 * - a `conflict` (the note was saved elsewhere) stops saving until the writer decides
 *   (`overwrite` with the newer revision, or `discard` to take the stored note);
 * - `flush` (switching notes, closing, unmounting) starts the save at once.
 */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export interface SchedulerOptions<T> {
  /** The revision the editor's content was loaded at. */
  revision: number;
  /** The editor's content now; called when a save starts. */
  read(): T;
  /** Saves `snapshot` as an edit of `revision`; resolves to the revision stored. */
  save(snapshot: T, revision: number): Promise<number>;
  isConflict(error: unknown): boolean;
  describe(error: unknown): string;
  onState(state: SaveState): void;
  timers?: Timers;
}

export const SAVE_DELAY = 700;
export const MAX_SAVE_WAIT = 1000;
export const RETRY_DELAYS = [1000, 2000, 5000, 10_000] as const;

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export class SaveScheduler<T> {
  private revision: number;
  private dirty = false;
  /** When the oldest unsaved change was made (for the 1 s ceiling). */
  private dirtySince = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private blocked = false;
  private state: SaveState = { kind: 'saved' };
  private readonly timers: Timers;

  constructor(private readonly options: SchedulerOptions<T>) {
    this.revision = options.revision;
    this.timers = options.timers ?? realTimers;
  }

  get currentRevision(): number {
    return this.revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /** The editor's content changed. */
  changed(): void {
    const now = this.timers.now();
    if (!this.dirty) this.dirtySince = now;
    this.dirty = true;
    if (this.blocked) return;
    if (this.state.kind === 'saved') this.setState({ kind: 'pending' });
    if (this.state.kind === 'failed') return; // the retry is already timed
    this.arm(Math.max(0, Math.min(SAVE_DELAY, this.dirtySince + MAX_SAVE_WAIT - now)));
  }

  /** Saves what is unsaved now, after any save in flight; resolves when done (or failed). */
  flush(): Promise<void> {
    this.disarm();
    return this.run();
  }

  /** "Keep mine": save this content over the stored revision (read again just now). */
  overwrite(storedRevision: number): Promise<void> {
    this.revision = storedRevision;
    this.blocked = false;
    this.dirty = true;
    return this.flush();
  }

  /** "Load theirs": the editor now holds the stored note at `storedRevision`; nothing is unsaved. */
  discard(storedRevision: number): void {
    this.disarm();
    this.revision = storedRevision;
    this.blocked = false;
    this.dirty = false;
    this.failures = 0;
    this.setState({ kind: 'saved' });
  }

  /** Stops the timers (after a last `flush`). */
  dispose(): void {
    this.disarm();
  }

  private run(): Promise<void> {
    if (this.running) return this.running.then(() => this.run());
    if (!this.dirty || this.blocked) return Promise.resolve();
    this.dirty = false;
    this.setState({ kind: 'saving' });
    let saving: Promise<number>;
    try {
      saving = this.options.save(this.options.read(), this.revision);
    } catch (error) {
      saving = Promise.reject(error);
    }
    this.running = saving
      .then(
        (revision) => {
          this.revision = revision;
          this.failures = 0;
          this.setState(this.dirty ? { kind: 'pending' } : { kind: 'saved' });
        },
        (error: unknown) => this.failed(error),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private failed(error: unknown): void {
    if (!this.dirty) this.dirtySince = this.timers.now();
    this.dirty = true;
    const message = this.options.describe(error);
    if (this.options.isConflict(error)) {
      this.blocked = true;
      this.disarm();
      this.setState({ kind: 'conflict', message });
      return;
    }
    const delay = RETRY_DELAYS[Math.min(this.failures, RETRY_DELAYS.length - 1)]!;
    this.failures += 1;
    this.setState({ kind: 'failed', message });
    this.arm(delay);
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    if (state.kind === this.state.kind && !('message' in state && 'message' in this.state && state.message !== this.state.message)) return;
    this.state = state;
    this.options.onState(state);
  }
}
