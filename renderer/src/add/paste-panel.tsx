import { useState, type ClipboardEvent } from 'react';
import { sourceFormats, type SourceFormat } from '../../../shared/domain/clipping';
import { tabLabelledBy, tabPanelId } from './add-tabs';
import { detectFormat, FORMAT_LABELS } from './detect-format';

export interface PasteDraft {
  content: string;
  format: SourceFormat;
  /** True until the user picks a format; until then it follows the content. */
  autoFormat: boolean;
  /** The clipboard's plain text when its HTML was taken instead. */
  plainAlternative: string | null;
  setContent(content: string, plainAlternative?: string | null): void;
  chooseFormat(format: SourceFormat): void;
}

export function usePasteDraft(): PasteDraft {
  const [content, setContentState] = useState('');
  const [chosen, setChosen] = useState<SourceFormat | null>(null);
  const [plainAlternative, setPlainAlternative] = useState<string | null>(null);
  return {
    content,
    format: chosen ?? detectFormat(content),
    autoFormat: chosen === null,
    plainAlternative,
    setContent: (next, alternative = null) => {
      setContentState(next);
      setPlainAlternative(alternative);
    },
    chooseFormat: setChosen,
  };
}

export function PastePanel({ draft }: { draft: PasteDraft }) {
  // A textarea receives only the clipboard's plain text; take the HTML instead
  // when pasting into an empty field, so headings, lists and links survive.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const field = event.currentTarget;
    const replacesAll = field.selectionStart === 0 && field.selectionEnd === field.value.length;
    if (!html.trim() || !replacesAll) return;
    event.preventDefault();
    draft.setContent(html, event.clipboardData.getData('text/plain'));
  };

  return (
    <div className="paste-panel" role="tabpanel" id={tabPanelId('paste')} aria-labelledby={tabLabelledBy('paste')}>
      <label className="field">
        <span className="field-label">Content</span>
        <textarea
          className="input textarea"
          value={draft.content}
          autoFocus
          spellCheck={false}
          placeholder="Paste an article, or type or paste HTML, Markdown or plain text"
          onChange={(event) => draft.setContent(event.target.value)}
          onPaste={onPaste}
        />
      </label>
      <div className="paste-format">
        <label className="field field-inline">
          <span className="field-label">Format</span>
          <select
            className="input select"
            value={draft.format}
            onChange={(event) => draft.chooseFormat(event.target.value as SourceFormat)}
          >
            {sourceFormats.map((format) => (
              <option key={format} value={format}>
                {FORMAT_LABELS[format]}
              </option>
            ))}
          </select>
        </label>
        <span className="paste-format-note">
          {draft.plainAlternative !== null ? (
            <>
              Pasted the page’s HTML.{' '}
              <button type="button" className="link-button" onClick={() => draft.setContent(draft.plainAlternative ?? '')}>
                Use plain text instead
              </button>
            </>
          ) : draft.autoFormat && draft.content.trim() ? (
            'Detected from the content'
          ) : null}
        </span>
      </div>
    </div>
  );
}
