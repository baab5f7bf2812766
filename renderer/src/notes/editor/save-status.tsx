import type { SaveState } from '../save-scheduler';

/** What became of the last keystrokes: quiet when saved, plain words when not. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Saving…'
        : state.kind === 'failed'
          ? 'Not saved — retrying'
          : 'Not saved — changed elsewhere';
  return (
    <span className="note-save-status" data-state={state.kind} role="status" title={'message' in state ? state.message : undefined}>
      {text}
      {'message' in state && <span className="note-save-message">{state.message}</span>}
    </span>
  );
}
