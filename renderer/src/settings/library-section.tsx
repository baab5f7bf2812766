import { useId } from 'react';
import { useAppInfo } from '../clippings/use-clipping-queries';
import { CopyButton } from '../ui/copy-button';

/** Settings › Library: where it lives on disk, to find and back it up. */
export function LibrarySection() {
  const titleId = useId();
  const info = useAppInfo();
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-section-title">
        Library
      </h3>
      {info.data && (
        <dl className="settings-facts">
          <div className="settings-fact">
            <dt>Data location</dt>
            <dd>
              <code className="settings-path">{info.data.dataDir}</code>
              <CopyButton text={info.data.dataDir} label="data location" />
            </dd>
          </div>
          <div className="settings-fact">
            <dt>Database</dt>
            <dd>
              <code className="settings-path">{info.data.databaseFile}</code>
            </dd>
          </div>
          <div className="settings-fact">
            <dt>Version</dt>
            <dd>
              Dossier {info.data.version}
              {info.data.mode === 'browser' ? ' · browser mode' : ''}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
