import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { SaveScheduler, type SaveState } from '../../../renderer/src/notes/save-scheduler';

interface Save {
  snapshot: string;
  revision: number;
  resolve(revision: number): void;
  reject(error: unknown): void;
}

/** A scheduler over an editor holding `content`, whose saves the test answers by hand. */
function setup(revision = 1) {
  const editor = { content: 'loaded' };
  const saves: Save[] = [];
  const states: SaveState[] = [];
  const scheduler = new SaveScheduler<string>({
    revision,
    read: () => editor.content,
    save: (snapshot, base) =>
      new Promise<number>((resolve, reject) => {
        saves.push({ snapshot, revision: base, resolve, reject });
      }),
    isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
    describe: (error) => (error instanceof Error ? error.message : 'unknown'),
    onState: (state) => states.push(state),
  });
  const type = (text: string) => {
    editor.content = text;
    scheduler.changed();
  };
  return { editor, saves, states, scheduler, type, kinds: () => states.map((state) => state.kind) };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SaveScheduler', () => {
  it('saves 700 ms after typing pauses, with the content as it is when the save starts', async () => {
    const { saves, type, kinds } = setup(4);
    type('a');
    await vi.advanceTimersByTimeAsync(400);
    type('ab');
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ snapshot: 'ab', revision: 4 });
    saves[0]!.resolve(5);
    await settle();
    expect(kinds()).toEqual(['pending', 'saving', 'saved']);
  });

  it('saves at least once a second while typing never pauses', async () => {
    const { saves, type } = setup();
    for (let at = 0; at < 1000; at += 200) {
      type(`t${at}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(saves).toHaveLength(1);
    expect(saves[0]!.snapshot).toBe('t800');
  });

  it('keeps one save in flight and bases the next on the revision the last one returned', async () => {
    const { saves, type, kinds } = setup(1);
    type('one');
    await vi.advanceTimersByTimeAsync(700);
    type('two');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toHaveLength(1);
    saves[0]!.resolve(2);
    await settle();
    expect(saves).toHaveLength(2);
    expect(saves[1]).toMatchObject({ snapshot: 'two', revision: 2 });
    saves[1]!.resolve(3);
    await settle();
    expect(kinds().at(-1)).toBe('saved');
  });

  it('keeps the changes after a failed save, says why, and retries with the same revision', async () => {
    const { saves, states, type, scheduler } = setup(7);
    type('draft');
    await vi.advanceTimersByTimeAsync(700);
    saves[0]!.reject(new ApiError('internal', 'Dossier lost contact with its host.'));
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'Dossier lost contact with its host.' });
    expect(scheduler.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves[1]).toMatchObject({ snapshot: 'draft', revision: 7 });
    saves[1]!.reject(new ApiError('internal', 'Still down.'));
    await settle();
    await vi.advanceTimersByTimeAsync(1999);
    expect(saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    saves[2]!.resolve(8);
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('stops on a conflict until the writer keeps their text (over the newer revision) or takes the stored note', async () => {
    const { saves, states, type, scheduler } = setup(3);
    type('mine');
    await vi.advanceTimersByTimeAsync(700);
    saves[0]!.reject(new ApiError('conflict', 'This note was saved elsewhere.'));
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'This note was saved elsewhere.' });
    type('mine, more');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(saves).toHaveLength(1);

    const keeping = scheduler.overwrite(9);
    expect(saves[1]).toMatchObject({ snapshot: 'mine, more', revision: 9 });
    saves[1]!.resolve(10);
    await keeping;
    expect(states.at(-1)).toEqual({ kind: 'saved' });

    type('again');
    await vi.advanceTimersByTimeAsync(700);
    saves[2]!.reject(new ApiError('conflict', 'Saved elsewhere again.'));
    await settle();
    scheduler.discard(12);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(saves).toHaveLength(3);
    expect(scheduler.currentRevision).toBe(12);
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('flush saves at once, after the save in flight, and resolves when everything is stored', async () => {
    const { saves, type, scheduler } = setup(1);
    type('first');
    await vi.advanceTimersByTimeAsync(700);
    type('second');
    let flushed = false;
    void scheduler.flush().then(() => (flushed = true));
    await settle();
    expect(saves).toHaveLength(1);
    saves[0]!.resolve(2);
    await settle();
    expect(saves[1]).toMatchObject({ snapshot: 'second', revision: 2 });
    expect(flushed).toBe(false);
    saves[1]!.resolve(3);
    await settle();
    expect(flushed).toBe(true);
    expect(scheduler.currentRevision).toBe(3);
  });

  it('does nothing on flush when nothing changed, and a save that throws at once counts as failed', async () => {
    const { saves, scheduler } = setup();
    await scheduler.flush();
    expect(saves).toHaveLength(0);

    const states: SaveState[] = [];
    const throwing = new SaveScheduler<string>({
      revision: 1,
      read: () => {
        throw new Error('The editor is gone.');
      },
      save: () => Promise.resolve(2),
      isConflict: () => false,
      describe: (error) => (error as Error).message,
      onState: (state) => states.push(state),
    });
    throwing.changed();
    await throwing.flush();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'The editor is gone.' });
    throwing.dispose();
  });
});
