import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { isWebUrl } from '../../../shared/document/safe-url';
import { ApiError } from '../../../shared/api/errors';
import { errorMessage } from '../api/error-message';
import { Hint } from '../ui/hint';
import { hasCommandKey, shortcut } from '../ui/platform';
import { AddTabs, type AddTab } from './add-tabs';
import { FilePanel } from './file-panel';
import { PastePanel, usePasteDraft } from './paste-panel';
import type { CaptureItem } from './capture-item';
import { LinkPanel } from './link-panel';
import { parseUrlList } from './parse-urls';
import { useClipper } from './use-clipper';
import { useImportJobs } from './use-import-jobs';

/** Add clipping: paste or type content, or import files, with an optional title and source. */
export function AddClippingDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog add-dialog" aria-describedby="add-dialog-description">
          <AddClippingForm onDone={() => onOpenChange(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function AddClippingForm({ onDone }: { onDone(): void }) {
  const [tab, setTab] = useState<AddTab>('link');
  const paste = usePasteDraft();
  const [links, setLinks] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const { clipText, clipItem } = useClipper();
  const jobs = useImportJobs();
  const linkUrls = parseUrlList(links).urls;
  const many = (tab === 'file' && files.length > 1) || (tab === 'link' && linkUrls.length > 1);

  /** Runs one attempt: validates the shared fields, shows what failed, closes on success. */
  const attempt = async (run: (extra: { title?: string; url?: string }) => Promise<boolean>) => {
    if (busy) return;
    const extra = { title: title.trim() || undefined, url: tab === 'link' ? undefined : url.trim() || undefined };
    if (extra.url && !isWebUrl(extra.url)) return setError('The source address must be an http or https URL.');
    setError(null);
    setBusy(true);
    try {
      if (await run(extra)) onDone();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  /** Several items go to the import panel, which reports on each; one is clipped here. */
  const clipItems = (items: CaptureItem[]) =>
    attempt(async (extra) => {
      if (items.length === 0) throw new ApiError('empty', tab === 'link' ? 'Type or paste a web address (http or https).' : 'Choose one or more files to clip.');
      if (items.length > 1) return jobs.start(items), true;
      setProgress(items[0]!.kind === 'url' ? 'Fetching the page…' : 'Clipping…');
      return (await clipItem(items[0]!, extra)) !== null;
    });

  const clipPaste = () =>
    attempt(async (extra) => {
      if (!paste.content.trim()) throw new ApiError('empty', 'Paste or type the text to clip.');
      return (await clipText({ format: paste.format, content: paste.content, ...extra })) !== null;
    });

  const clipFiles = (chosen: File[]) => {
    setFiles(chosen);
    return clipItems(chosen.map((file) => ({ kind: 'file', file })));
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (tab === 'paste') return void clipPaste();
    if (tab === 'link') return void clipItems(linkUrls.map((address) => ({ kind: 'url', url: address })));
    void clipFiles(files);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // A toast opened after the dialog sits above it for Radix, and would swallow Escape.
    if (event.key === 'Escape') return onDone();
    if (event.key === 'Enter' && (hasCommandKey(event) || (tab === 'link' && !event.shiftKey && linkUrls.length <= 1))) {
      event.preventDefault();
      void submit();
    }
  };

  const fields = (
    <div className="field-row add-fields">
      <label className="field">
        <span className="field-label">Title</span>
        <input
          className="input"
          value={title}
          disabled={many}
          placeholder={many ? 'Each item keeps its own title' : 'From the page if left empty'}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      {tab !== 'link' && (
        <label className="field">
          <span className="field-label">Source URL</span>
          <input
            className="input"
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://…"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
      )}
    </div>
  );

  return (
    <form className="add-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <header className="dialog-header">
        <Dialog.Title className="dialog-title">Add clipping</Dialog.Title>
        <Dialog.Description id="add-dialog-description" className="dialog-description">
          Clip a web page by its address, paste a page or text, or import saved pages. Dossier keeps the article and its
          details, and drops everything else.
        </Dialog.Description>
      </header>

      <AddTabs tab={tab} onChange={(next) => (setTab(next), setError(null))} />
      {/* Files are clipped as soon as they are chosen, so on that tab the title and source come first. */}
      <div className="add-body">
        {tab === 'link' ? (
          <>
            <LinkPanel text={links} onText={setLinks} />
            {fields}
            {busy && progress && <div className="add-progress" aria-live="polite">{progress}</div>}
          </>
        ) : tab === 'paste' ? (
          <>
            <PastePanel draft={paste} />
            {fields}
          </>
        ) : (
          <>
            {fields}
            <FilePanel files={files} progress={busy ? progress : null} onFiles={(chosen) => void clipFiles(chosen)} />
          </>
        )}
        {error && (
          <div className="form-error" role="alert">
            {error}
          </div>
        )}
      </div>

      <footer className="dialog-footer">
        <span className="dialog-footer-hint">
          {tab === 'file' ? 'Chosen files are clipped at once' : tab === 'link' && !many ? 'Enter to clip' : `${shortcut('Enter')} to clip`}
        </span>
        <Dialog.Close asChild>
          <button type="button" className="button">
            Cancel
          </button>
        </Dialog.Close>
        <Hint label="Clip" keys={shortcut('Enter')} side="top">
          <button type="submit" className="button button-primary" aria-disabled={busy} aria-busy={busy}>
            Clip
          </button>
        </Hint>
      </footer>
    </form>
  );
}
