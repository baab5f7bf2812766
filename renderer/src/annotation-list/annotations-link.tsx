import { useScope } from '../sidebar/use-scope';
import { Hint } from '../ui/hint';
import { QuotesIcon } from './annotation-icons';
import { useAnnotationCount } from './use-annotation-queries';

/** The sidebar's way to the Quotes & annotations view, with how many annotations there are. */
export function AnnotationsLink() {
  const { scope, setScope } = useScope();
  const count = useAnnotationCount().data;
  return (
    <Hint label="Quotes & annotations: every highlight and note in the library" side="right">
      <button
        type="button"
        className="sidebar-link"
        aria-label="Quotes & annotations"
        aria-describedby="view-count-annotations"
        aria-current={scope.kind === 'annotations' ? 'page' : undefined}
        onClick={() => setScope({ kind: 'annotations' })}
      >
        <QuotesIcon />
        {/* The full name does not fit the sidebar in wide fonts; it is the button's name, the tooltip and the pane's heading. */}
        <span className="sidebar-link-label">Annotations</span>
        <span id="view-count-annotations" className="sidebar-count">
          {count ? count.toLocaleString() : ''}
          <span className="visually-hidden">{count === 1 ? ' annotation' : ' annotations'}</span>
        </span>
      </button>
    </Hint>
  );
}
