import { Reader } from '../reader/reader';
import { NoAnnotations } from './annotation-empty';
import { AnnotationListPane } from './annotation-list-pane';
import { AnnotationViewProvider, useAnnotationView } from './annotation-view-state';
import { useAnnotationCount } from './use-annotation-queries';

/**
 * What AppShell shows for the `annotations` scope in place of the clipping list and
 * reader: the annotation list and, beside it, the clipping of the current annotation.
 * With no annotations at all, one empty state takes both columns (as an empty Library does).
 */
export function AnnotationsView() {
  const count = useAnnotationCount();
  const { current } = useAnnotationView();
  if (count.isSuccess && count.data === 0) {
    return (
      <main className="empty-pane">
        <NoAnnotations />
      </main>
    );
  }
  return (
    <>
      <AnnotationListPane />
      <main className="reader-pane">
        <Reader clippingId={current?.clippingId ?? null} />
      </main>
    </>
  );
}

/**
 * AppShell's slot for the view: the view's state (words, filters, order, current row)
 * stays mounted while another scope is shown, so coming back finds it as it was.
 */
export function AnnotationsScope({ shown }: { shown: boolean }) {
  return <AnnotationViewProvider>{shown && <AnnotationsView />}</AnnotationViewProvider>;
}
