import { useId, type KeyboardEvent, type Ref } from 'react';
import type { Clipping } from '../../../shared/domain/clipping';
import { words } from '../clippings/describe-clipping';
import { Hint } from '../ui/hint';
import { CloseIcon } from '../ui/icons';
import { hasCommandKey, shortcut } from '../ui/platform';
import { CaptureRecordList } from './capture-record-list';
import { MetadataForm } from './metadata-form';
import { ReextractButton } from './reextract-button';
import { useMetadataEditor } from './use-metadata-editor';

/**
 * The clipping's Info: its metadata, each field editable, then what cannot be
 * edited — length, lead image, and the record of the capture itself. Escape drops
 * unsaved edits, and with none, closes the panel.
 */
export function InfoPanel({ clipping, onClose, ref }: { clipping: Clipping; onClose(): void; ref?: Ref<HTMLElement> }) {
  const editor = useMetadataEditor(clipping);
  const titleId = useId();
  const formId = useId();
  const lead = clipping.meta.leadImage;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (editor.dirty) editor.cancel();
      else onClose();
    } else if (event.key === 'Enter' && hasCommandKey(event)) {
      event.preventDefault();
      editor.save();
    }
  };

  return (
    <aside ref={ref} className="info-panel" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="info-panel-header">
        <h2 id={titleId} className="info-panel-title">
          Info
        </h2>
        <Hint label="Close Info" keys="I">
          <button type="button" className="button button-quiet icon-button" aria-label="Close Info" onClick={onClose}>
            <CloseIcon />
          </button>
        </Hint>
      </header>

      <div className="info-panel-scroll">
        <MetadataForm id={formId} editor={editor} />

        <dl className="info-facts">
          <div className="info-fact">
            <dt>Length</dt>
            <dd>{words(clipping.wordCount)}</dd>
          </div>
          {lead?.caption && (
            <div className="info-fact">
              <dt>Lead image</dt>
              <dd>{lead.caption}</dd>
            </div>
          )}
          {lead?.credit && (
            <div className="info-fact">
              <dt>Image credit</dt>
              <dd>{lead.credit}</dd>
            </div>
          )}
        </dl>

        <section className="info-section" aria-labelledby={`${titleId}-capture`}>
          <h3 id={`${titleId}-capture`} className="info-section-title">
            Capture
          </h3>
          {clipping.capture ? (
            <>
              <CaptureRecordList record={clipping.capture} />
              {clipping.origin !== 'bridge' && <ReextractButton clipping={clipping} />}
            </>
          ) : (
            <p className="info-note">No original is stored for this clipping.</p>
          )}
        </section>
      </div>

      {(editor.dirty || editor.errors.general) && (
        <footer className="info-panel-footer">
          {editor.errors.general && (
            <div className="form-error info-general-error" role="alert">
              {editor.errors.general}
            </div>
          )}
          <div className="info-actions">
            <span className="info-actions-hint">{editor.saving ? 'Saving…' : 'Unsaved changes'}</span>
            <Hint label="Drop the changes" keys="Esc" side="top">
              <button type="button" className="button" onClick={editor.cancel}>
                Cancel
              </button>
            </Hint>
            <Hint label="Save the changes" keys={shortcut('Enter')} side="top">
              <button type="submit" form={formId} className="button button-primary" aria-disabled={editor.saving} aria-busy={editor.saving}>
                Save
              </button>
            </Hint>
          </div>
        </footer>
      )}
    </aside>
  );
}
