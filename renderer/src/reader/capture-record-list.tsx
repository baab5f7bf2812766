import type { CaptureRecord } from '../../../shared/domain/clipping';
import { formatByteSize, shaGroups } from './capture-format';
import { CopyButton } from '../ui/copy-button';
import { localDateTime } from './iso-date';

/**
 * The capture record an analyst cites: when the original was received, its SHA-256,
 * size and type. `layout="row"` puts it on one line above the original page.
 */
export function CaptureRecordList({ record, layout = 'column' }: { record: CaptureRecord; layout?: 'column' | 'row' }) {
  return (
    <dl className={`capture-record capture-record-${layout}`}>
      <div className="capture-record-item">
        <dt>Captured</dt>
        <dd>
          <time dateTime={record.capturedAt}>{localDateTime(record.capturedAt)}</time>
        </dd>
      </div>
      <div className="capture-record-item capture-record-sha">
        <dt>SHA-256</dt>
        <dd>
          <code className="sha" title={record.sha256}>
            {shaGroups(record.sha256).map((group, index) => (
              <span key={index}>{group}</span>
            ))}
          </code>
          <CopyButton text={record.sha256} label="SHA-256" />
        </dd>
      </div>
      <div className="capture-record-item">
        <dt>Size</dt>
        <dd title={`${record.byteLength.toLocaleString()} bytes`}>{formatByteSize(record.byteLength)}</dd>
      </div>
      <div className="capture-record-item">
        <dt>Type</dt>
        <dd className="capture-record-type">{record.contentType}</dd>
      </div>
    </dl>
  );
}
