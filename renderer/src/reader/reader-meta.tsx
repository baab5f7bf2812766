import { isWebUrl } from '../../../shared/document/safe-url';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { fullDate, ORIGIN_LABELS, sourceDomain, words } from '../clippings/describe-clipping';

/**
 * Source, origin, file, date and length on one line. The source opens in the system
 * browser: the desktop shell routes `target="_blank"` links out of the app.
 */
export function ReaderMeta({ clipping }: { clipping: ClippingSummary }) {
  const url = isWebUrl(clipping.sourceUrl) ? clipping.sourceUrl : null;
  return (
    <div className="reader-meta">
      {clipping.origin === 'sample' && <span className="badge">Sample</span>}
      {url && (
        <a className="reader-source" href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {sourceDomain(url) ?? url}
        </a>
      )}
      {clipping.origin !== 'sample' && <span className="reader-meta-item">{ORIGIN_LABELS[clipping.origin]}</span>}
      {clipping.fileName && (
        <span className="reader-meta-item reader-file" title={clipping.fileName}>
          {clipping.fileName}
        </span>
      )}
      <span className="reader-meta-item">
        Captured <time dateTime={clipping.createdAt}>{fullDate(clipping.createdAt)}</time>
      </span>
      <span className="reader-meta-item">{words(clipping.wordCount)}</span>
    </div>
  );
}
