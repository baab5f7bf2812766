import { useId } from 'react';
import type { BridgeInfo } from '../../../shared/domain/bridge-info';
import { errorMessage } from '../api/error-message';
import { CopyButton } from '../ui/copy-button';
import { BookmarkletLink } from './bookmarklet-link';
import { isBookmarkletUrl } from './bookmarklet-url';
import { PairingKeyField } from './pairing-key-field';
import { ResetKey } from './reset-key';
import { useBridgeInfo } from './use-bridge-info';

/** Settings › Browser bridge: what it is, whether it runs, the bookmarklet and its key. */
export function BridgeSection() {
  const titleId = useId();
  const info = useBridgeInfo();
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-section-title">
        Browser bridge
      </h3>
      <p className="settings-lead">
        The bridge lets you clip the page open in your web browser with one click, as you see it — including articles you
        are signed in to read. A bookmarklet sends the page to Dossier on this computer, which accepts it only with your
        pairing key.
      </p>
      {info.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(info.error)}
        </p>
      ) : !info.data ? (
        <p className="settings-note" aria-busy="true">
          Checking the bridge…
        </p>
      ) : (
        <BridgeDetails info={info.data} />
      )}
    </section>
  );
}

function BridgeDetails({ info }: { info: BridgeInfo }) {
  const dragHintId = useId();
  const listening = info.status === 'listening';
  return (
    <>
      <div className="settings-field">
        <span className="settings-label">Status</span>
        <p className="settings-status" data-status={info.status} role="status">
          <span className="settings-status-dot" aria-hidden="true" />
          {listening ? (
            <span>
              Listening on <code>{info.endpoint}</code>
            </span>
          ) : (
            <span>Unavailable{info.message ? ` — ${info.message}` : ''}</span>
          )}
        </p>
      </div>
      {isBookmarkletUrl(info.bookmarklet) && (
        <div className="settings-field">
          <span className="settings-label">Bookmarklet</span>
          <div className="settings-bookmarklet">
            <BookmarkletLink url={info.bookmarklet} describedBy={dragHintId} />
            <CopyButton text={info.bookmarklet} label="bookmarklet" />
          </div>
          <p id={dragHintId} className="settings-note settings-field-note">
            Drag this to your bookmarks bar, then click it on any article. Or copy it and paste it as a bookmark’s address.
          </p>
        </div>
      )}
      {info.pairingKey && (
        <>
          <PairingKeyField pairingKey={info.pairingKey} />
          <ResetKey />
        </>
      )}
    </>
  );
}
