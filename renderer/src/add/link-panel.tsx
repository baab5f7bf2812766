import { tabLabelledBy, tabPanelId } from './add-tabs';
import { parseUrlList } from './parse-urls';

/** One link to fetch and clip, or a list of them (one per line) for a bulk import. */
export function LinkPanel({ text, onText }: { text: string; onText(text: string): void }) {
  const { urls, rest } = parseUrlList(text);
  return (
    <div className="link-panel" role="tabpanel" id={tabPanelId('link')} aria-labelledby={tabLabelledBy('link')}>
      <label className="field">
        <span className="field-label">Web address</span>
        <textarea
          className="input textarea link-input"
          value={text}
          autoFocus
          spellCheck={false}
          rows={urls.length > 1 ? 6 : 2}
          placeholder="https://… — or several addresses, one per line"
          onChange={(event) => onText(event.target.value)}
        />
      </label>
      <div className="link-panel-note" aria-live="polite">
        {urls.length > 1 && `${urls.length} links: they are imported one after another, with a report.`}
        {rest.length > 0 && ` Not web addresses, skipped: ${rest.slice(0, 3).join(', ')}${rest.length > 3 ? '…' : ''}`}
      </div>
    </div>
  );
}
