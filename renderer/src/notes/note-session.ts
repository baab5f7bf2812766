import { ApiError } from '../../../shared/api/errors';
import { formatBytes } from '../../../shared/domain/limits';
import type { Note, NoteDoc } from '../../../shared/domain/note';
import { MAX_NOTE_BYTES } from '../../../shared/notes/note-format';
import { SaveScheduler, type SaveState, type Timers } from './save-scheduler';

/** What a save writes: the document and the title field (null: the title follows the first heading). */
export interface NoteSnapshot {
  doc: NoteDoc;
  title: string | null;
}

export interface SessionDeps {
  save(input: { id: number; doc: NoteDoc; title: string | null; revision: number }): Promise<Note>;
  /** A save was stored: the caller updates its caches. */
  onSaved(note: Note): void;
  describe(error: unknown): string;
  timers?: Timers;
}

/**
 * One open note, outliving the editor that shows it: the Notes view's editor and the
 * one docked beside the reader hand the same note over without a reload, so the
 * second starts from the first's last keystroke (saved or not) and saves on the
 * revision the first's last save returned — never a conflict with itself.
 */
export class NoteSession {
  readonly id: number;
  private snapshot: NoteSnapshot;
  private reader: (() => NoteSnapshot) | null = null;
  private readonly scheduler: SaveScheduler<NoteSnapshot>;
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();
  private readonly replaceListeners = new Set<(snapshot: NoteSnapshot) => void>();

  constructor(note: Note, deps: SessionDeps) {
    this.id = note.id;
    this.snapshot = { doc: note.doc, title: note.titleSet ? note.title : null };
    this.scheduler = new SaveScheduler<NoteSnapshot>({
      revision: note.revision,
      read: () => this.read(),
      save: async (snapshot, revision) => {
        const bytes = new TextEncoder().encode(JSON.stringify(snapshot.doc)).length;
        if (bytes > MAX_NOTE_BYTES) {
          throw new ApiError('too_large', `This note is ${formatBytes(bytes)}; a note holds at most ${formatBytes(MAX_NOTE_BYTES)}. Remove some of it to go on saving.`);
        }
        const saved = await deps.save({ id: this.id, doc: snapshot.doc, title: snapshot.title, revision });
        deps.onSaved(saved);
        return saved.revision;
      },
      isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
      describe: deps.describe,
      onState: (state) => {
        this.state = state;
        for (const listener of this.listeners) listener();
      },
      timers: deps.timers,
    });
  }

  /** The content now: from the editor showing the note, else as the last one left it. */
  read(): NoteSnapshot {
    if (this.reader) this.snapshot = this.reader();
    return this.snapshot;
  }

  /** An editor shows the note from now on; it starts from `read()`. */
  attach(reader: () => NoteSnapshot): void {
    this.reader = reader;
  }

  /** The editor is going (switching notes, closing the pane): keep its content and save it now. */
  detach(reader: () => NoteSnapshot): Promise<void> {
    if (this.reader !== reader) return Promise.resolve();
    this.snapshot = reader();
    this.reader = null;
    return this.scheduler.flush();
  }

  changed(): void {
    this.scheduler.changed();
  }

  flush(): Promise<void> {
    return this.scheduler.flush();
  }

  get saveState(): SaveState {
    return this.state;
  }

  get revision(): number {
    return this.scheduler.currentRevision;
  }

  get hasUnsavedChanges(): boolean {
    return this.scheduler.hasUnsavedChanges;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Tells the editor to show another content (the stored note, after a conflict). */
  onReplace(listener: (snapshot: NoteSnapshot) => void): () => void {
    this.replaceListeners.add(listener);
    return () => this.replaceListeners.delete(listener);
  }

  /** "Keep mine": save this content over the stored note, whose newer revision was just read. */
  keepMine(stored: Note): Promise<void> {
    return this.scheduler.overwrite(stored.revision);
  }

  /** "Load theirs": the stored note replaces what is in the editor. */
  takeStored(stored: Note): void {
    this.snapshot = { doc: stored.doc, title: stored.titleSet ? stored.title : null };
    this.scheduler.discard(stored.revision);
    for (const listener of this.replaceListeners) listener(this.snapshot);
  }

  dispose(): void {
    this.scheduler.dispose();
  }
}
