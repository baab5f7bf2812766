import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { Note, NoteDoc } from '../../../shared/domain/note';
import { NoteSession, type NoteSnapshot } from '../../../renderer/src/notes/note-session';

const doc = (text: string): NoteDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] as never });

function stored(revision: number, text: string, overrides: Partial<Note> = {}): Note {
  return {
    id: 5,
    title: 'Brief',
    titleSet: false,
    excerpt: text,
    createdAt: '',
    updatedAt: '',
    trashedAt: null,
    collectionIds: [],
    citationCount: 0,
    doc: doc(text),
    schemaVersion: 1,
    revision,
    citations: [],
    ...overrides,
  };
}

/** A session over a fake core that keeps one note and refuses stale revisions, as notes.save does. */
function setup() {
  const core = { revision: 1, doc: doc('loaded'), saves: [] as Array<{ revision: number; text: string }> };
  const saved: Note[] = [];
  const session = new NoteSession(stored(1, 'loaded'), {
    save: async ({ doc: next, revision }) => {
      if (revision !== core.revision) throw new ApiError('conflict', `Saved elsewhere (revision ${core.revision}).`);
      core.revision += 1;
      core.doc = next;
      core.saves.push({ revision, text: JSON.stringify(next) });
      return stored(core.revision, '');
    },
    onSaved: (note) => saved.push(note),
    describe: (error) => (error as Error).message,
  });
  /** An editor showing the session: its content, and the reader the session calls. */
  const editor = (start: NoteSnapshot) => {
    const state = { ...start };
    const reader = () => ({ ...state });
    session.attach(reader);
    return {
      state,
      reader,
      type: (text: string) => {
        state.doc = doc(text);
        session.changed();
      },
    };
  };
  return { core, saved, session, editor };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NoteSession', () => {
  it('hands the note from one editor to the next without a reload and without a conflict with itself', async () => {
    const { core, session, editor } = setup();
    const inView = editor(session.read());
    inView.type('typed in the Notes view');
    // The view's editor goes (a citation was clicked) before its save was due: it saves now…
    const leaving = session.detach(inView.reader);
    // …and the docked editor starts from the last keystroke, not from the stored note.
    const docked = editor(session.read());
    expect(JSON.stringify(docked.state.doc)).toContain('typed in the Notes view');
    await leaving;
    docked.type('typed in the dock');
    await vi.advanceTimersByTimeAsync(700);
    expect(core.saves.map((save) => save.revision)).toEqual([1, 2]);
    expect(JSON.stringify(core.doc)).toContain('typed in the dock');
    expect(session.saveState).toEqual({ kind: 'saved' });
  });

  it('refuses to save a note over the size limit, saying why, and keeps the change', async () => {
    const { core, session, editor } = setup();
    const open = editor(session.read());
    open.type('x'.repeat(5 * 1024 * 1024 + 10));
    await vi.advanceTimersByTimeAsync(700);
    expect(core.saves).toHaveLength(0);
    expect(session.saveState).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^This note is 5\.0 MB; a note holds at most 5\.0 MB\./) });
    expect(session.hasUnsavedChanges).toBe(true);
    open.type('short again');
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.saves).toHaveLength(1);
    expect(session.saveState).toEqual({ kind: 'saved' });
  });

  it('after a conflict, taking the stored note replaces the editor’s content and saves nothing', async () => {
    const { core, session, editor } = setup();
    const open = editor(session.read());
    core.revision = 4; // saved elsewhere
    open.type('mine');
    await vi.advanceTimersByTimeAsync(700);
    expect(session.saveState.kind).toBe('conflict');
    const shown: NoteSnapshot[] = [];
    session.onReplace((snapshot) => shown.push(snapshot));
    session.takeStored(stored(4, 'theirs', { titleSet: true, title: 'Their title' }));
    expect(shown).toEqual([{ doc: doc('theirs'), title: 'Their title' }]);
    expect(session.revision).toBe(4);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(core.saves).toHaveLength(0);
  });
});
