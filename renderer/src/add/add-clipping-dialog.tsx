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
import { useClipper } from './use-clipper';

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
  const [tab, setTab] = useState<AddTab>('paste');
  const paste = usePasteDraft();
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const { clipText, importFiles } = useClipper();
  const manyFiles = tab === 'file' && files.length > 1;

  /** Runs one attempt: validates the shared fields, shows what failed, closes on success. */
  const attempt = async (run: (extra: { title?: string; url?: string }) => Promise<boolean>, single: boolean) => {
    if (busy) return;
    const extra = { title: single ? title.trim() || undefined : undefined, url: url.trim() || undefined };
    if (extra.url && !isWebUrl(extra.url)) return setError('The source address must be an http or https URL.');
    setError(null);
    setBusy(true);
    try {
      if (await run(extra)) onDone();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const clipPaste = () =>
    attempt(async (extra) => {
      if (!paste.content.trim()) throw new ApiError('empty', 'Paste or type the text to clip.');
      await clipText({ format: paste.format, content: paste.content, ...extra });
      return true;
    }, true);

  /** Choosing files clips them at once; files that fail stay listed, and Clip retries them. */
  const clipFiles = (chosen: File[]) => {
    setFiles(chosen);
    return attempt(async (extra) => {
      if (chosen.length === 0) throw new ApiError('empty', 'Choose one or more files to clip.');
      const onProgress = (done: number, total: number) =>
        setProgress(total > 1 ? `Clipping file ${done + 1} of ${total}…` : 'Clipping…');
      const outcome = await importFiles(chosen, { extra, onProgress });
      setProgress(null);
      if (outcome.failures.length === 0) return true;
      setFiles(outcome.failures.map((failure) => failure.file));
      setError(outcome.failures.map((failure) => failure.message).join('\n'));
      return false;
    }, chosen.length === 1);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    void (tab === 'paste' ? clipPaste() : clipFiles(files));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // A toast opened after the dialog sits above it for Radix, and would swallow Escape.
    if (event.key === 'Escape') return onDone();
    if (event.key === 'Enter' && hasCommandKey(event)) {
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
          disabled={manyFiles}
          placeholder={manyFiles ? 'Each file keeps its own title' : 'From the page if left empty'}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
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
    </div>
  );

  return (
    <form className="add-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <header className="dialog-header">
        <Dialog.Title className="dialog-title">Add clipping</Dialog.Title>
        <Dialog.Description id="add-dialog-description" className="dialog-description">
          Paste a page or text, or import saved pages. Dossier keeps the structure and drops everything else.
        </Dialog.Description>
      </header>

      <AddTabs tab={tab} onChange={(next) => (setTab(next), setError(null))} />
      {/* Files are clipped as soon as they are chosen, so on that tab the title and source come first. */}
      <div className="add-body">
        {tab === 'paste' ? (
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
          {tab === 'paste' ? `${shortcut('Enter')} to clip` : 'Chosen files are clipped at once'}
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
