import { useLoadSamples } from '../clippings/use-clipping-actions';
import { isMac, shortcut } from '../ui/platform';

/** The first thing a new analyst sees: how clippings get in, and a sample to explore. */
export function EmptyLibrary() {
  const samples = useLoadSamples();
  return (
    <section className="empty-state" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title" className="empty-title">
        Your library is empty
      </h2>
      <p className="empty-lead">Clip articles from the press to follow a subject over time.</p>
      <ul className="empty-ways">
        <li>
          <kbd>{shortcut('V')}</kbd>
          <span>
            <strong>Paste</strong> anywhere in the window — a selection copied from a browser keeps its headings, links and
            quotes.
          </span>
        </li>
        <li>
          <kbd>{isMac ? 'Drag' : 'Drop'}</kbd>
          <span>
            <strong>Drop</strong> saved pages (.html, .htm, .mhtml), text (.txt) or Markdown (.md) files on the window.
          </span>
        </li>
        <li>
          <kbd>{shortcut('N')}</kbd>
          <span>
            Use <strong>Add clipping…</strong> in the sidebar to paste, type or choose files.
          </span>
        </li>
      </ul>
      <div className="empty-actions">
        <button
          type="button"
          className="button button-primary button-large"
          disabled={samples.isPending}
          onClick={() => samples.mutate()}
        >
          Load sample dossier
        </button>
        <p className="empty-note">
          Four short articles on one invented event, as four outlets reported it — a safe place to try Dossier. They are marked as samples.
        </p>
      </div>
    </section>
  );
}

export function EmptyTrash() {
  return (
    <section className="empty-state empty-state-small" aria-labelledby="empty-trash-title">
      <h2 id="empty-trash-title" className="empty-title">
        Trash is empty
      </h2>
      <p className="empty-lead">Clippings you move to Trash wait here until you restore them.</p>
    </section>
  );
}
