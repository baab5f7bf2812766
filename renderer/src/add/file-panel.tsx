import { formatBytes, MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { tabLabelledBy, tabPanelId } from './add-tabs';
import { ACCEPT, fileProblem } from './file-checks';

/** Choose saved pages, or a folder of them, to import; each is checked before it is read, and clipped at once. */
export function FilePanel({ files, progress, onFiles }: { files: File[]; progress: string | null; onFiles(files: File[]): void }) {
  return (
    <div className="file-panel" role="tabpanel" id={tabPanelId('file')} aria-labelledby={tabLabelledBy('file')}>
      <div className="file-chooser">
        <input
          id="add-file-input"
          className="visually-hidden file-input"
          type="file"
          accept={ACCEPT}
          multiple
          aria-label="Choose files"
          onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []));
            // Let the same file be chosen again after a failed attempt.
            event.target.value = '';
          }}
        />
        <label htmlFor="add-file-input" className="button file-chooser-button" aria-hidden="true">
          Choose files…
        </label>
        <input
          id="add-folder-input"
          className="visually-hidden file-input"
          type="file"
          multiple
          aria-label="Choose a folder"
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          onChange={(event) => {
            // A folder brings every file in it; only the ones Dossier clips are imported.
            onFiles(Array.from(event.target.files ?? []).filter((file) => fileProblem(file)?.code !== 'unsupported_file'));
            event.target.value = '';
          }}
        />
        <label htmlFor="add-folder-input" className="button file-chooser-button" aria-hidden="true">
          Choose a folder…
        </label>
        <span className="file-chooser-hint" aria-live="polite">
          {progress ?? (
            <>
              Saved pages (.html, .htm, .mhtml), text (.txt) or Markdown (.md), gzipped or not, up to {MAX_CLIPPING_BYTES / (1024 * 1024)} MB each.
            </>
          )}
        </span>
      </div>
      {files.length > 0 && (
        <ul className="file-list" aria-label="Chosen files">
          {files.map((file, index) => {
            const problem = fileProblem(file);
            return (
              <li key={`${file.name}-${index}`} className="file-list-item" data-problem={problem ? true : undefined}>
                <span className="file-list-name">{file.name}</span>
                <span className="file-list-size">
                  {formatBytes(file.size)}
                  {problem && (problem.code === 'too_large' ? ' · too large' : ' · not a page Dossier clips')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
