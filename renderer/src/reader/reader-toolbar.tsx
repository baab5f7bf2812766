import type { ClippingSummary } from '../../../shared/domain/clipping';
import { useRestoreClipping, useTrashClipping } from '../clippings/use-clipping-actions';
import { fullDate } from '../clippings/describe-clipping';
import { useSelection } from '../layout/selection-context';
import { Hint } from '../ui/hint';
import { EditTextIcon, HighlighterIcon, InfoIcon, OriginalIcon, PencilIcon, RelatedIcon, RestoreIcon, TrashIcon } from '../ui/icons';
import { isMac } from '../ui/platform';
import { ReadingSettingsMenu } from './reading-settings-menu';
import { VersionsMenu } from './versions-menu';

interface Props {
  clipping: ClippingSummary;
  /** False when the clipping is known to have no stored original; undefined while unknown. */
  hasOriginal: boolean | undefined;
  infoOpen: boolean;
  onToggleInfo(): void;
  annotationsOpen: boolean;
  annotationCount: number;
  onToggleAnnotations(): void;
  relatedOpen: boolean;
  onToggleRelated(): void;
  editingText: boolean;
  /** Absent until the document has loaded. */
  onEditText?(): void;
  onOpenOriginal(): void;
  onShowVersion(id: number): void;
}

/** Actions on the open clipping; a trashed clipping offers Restore instead of Move to Trash. */
export function ReaderToolbar(props: Props) {
  const { clipping, hasOriginal, infoOpen, onToggleInfo, onOpenOriginal, onShowVersion } = props;
  const { requestRename } = useSelection();
  const trash = useTrashClipping();
  const restore = useRestoreClipping();
  const trashed = clipping.trashedAt !== null;

  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Clipping actions">
      <div className="reader-toolbar-status">{trashed && <>In Trash since {fullDate(clipping.trashedAt!)}</>}</div>
      {clipping.versionCount > 1 && <VersionsMenu clipping={clipping} onShow={onShowVersion} />}
      <ReadingSettingsMenu />
      <Hint label={hasOriginal === false ? 'No original was stored for this clipping' : 'The page as captured, scripts off'}>
        <button type="button" className="button button-quiet" aria-disabled={hasOriginal === false} onClick={() => hasOriginal !== false && onOpenOriginal()}>
          <OriginalIcon />
          <span className="toolbar-label toolbar-label-secondary">Original</span>
        </button>
      </Hint>
      <Hint label={props.annotationsOpen ? 'Hide annotations' : 'Highlights, quotes and notes'} keys="A">
        <button type="button" className="button button-quiet" aria-pressed={props.annotationsOpen} onClick={props.onToggleAnnotations}>
          <HighlighterIcon />
          <span className="toolbar-label">Annotations</span>
          {props.annotationCount > 0 && <span className="toolbar-count">{props.annotationCount}</span>}
        </button>
      </Hint>
      <Hint label={props.relatedOpen ? 'Hide related coverage' : 'Other coverage of this story, to compare side by side'} keys="R">
        <button type="button" className="button button-quiet" aria-pressed={props.relatedOpen} onClick={props.onToggleRelated}>
          <RelatedIcon />
          <span className="toolbar-label toolbar-label-secondary">Related</span>
        </button>
      </Hint>
      <Hint label="Correct the text of this clipping">
        <button type="button" className="button button-quiet" aria-pressed={props.editingText} disabled={!props.onEditText || props.editingText} onClick={props.onEditText}>
          <EditTextIcon />
          <span className="toolbar-label toolbar-label-secondary">Edit text</span>
        </button>
      </Hint>
      <Hint label={infoOpen ? 'Hide metadata and capture record' : 'Metadata and capture record'} keys="I">
        <button type="button" className="button button-quiet" aria-pressed={infoOpen} onClick={onToggleInfo}>
          <InfoIcon />
          <span className="toolbar-label">Info</span>
        </button>
      </Hint>
      <Hint label="Rename — or double-click the title" keys="F2">
        <button type="button" className="button button-quiet" onClick={requestRename}>
          <PencilIcon />
          <span className="toolbar-label toolbar-label-secondary">Rename</span>
        </button>
      </Hint>
      {trashed ? (
        <Hint label="Put back in the Library">
          <button
            type="button"
            className="button button-quiet"
            disabled={restore.isPending}
            onClick={() => restore.mutate({ clipping })}
          >
            <RestoreIcon />
            <span className="toolbar-label">Restore</span>
          </button>
        </Hint>
      ) : (
        <Hint label="Move to Trash" keys={isMac ? '⌘⌫' : 'Delete'}>
          <button type="button" className="button button-quiet" disabled={trash.isPending} onClick={() => trash.mutate(clipping)}>
            <TrashIcon />
            <span className="toolbar-label">Move to Trash</span>
          </button>
        </Hint>
      )}
    </div>
  );
}
