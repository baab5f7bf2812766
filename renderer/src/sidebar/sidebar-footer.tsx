import { useAppInfo } from '../clippings/use-clipping-queries';
import { GearIcon } from '../ui/icons';
import { Hint } from '../ui/hint';
import { shortcut } from '../ui/platform';

/** The way to Settings; and where the library lives on disk, so an analyst can find and back it up. */
export function SidebarFooter({ onOpenSettings }: { onOpenSettings(): void }) {
  const info = useAppInfo();
  return (
    <footer className="sidebar-footer">
      <div className="sidebar-footer-actions">
        <Hint label="Browser bridge and library" keys={shortcut(',')} side="right">
          <button type="button" className="sidebar-link sidebar-settings" onClick={onOpenSettings}>
            <GearIcon />
            <span className="sidebar-link-label">Settings</span>
          </button>
        </Hint>
      </div>
      {info.data && (
        <div className="sidebar-footer-info">
          <div className="sidebar-footer-label">Data location</div>
          <div className="sidebar-footer-path" title={info.data.databaseFile}>
            <span>{info.data.dataDir}</span>
          </div>
          <div className="sidebar-footer-version">
            Dossier {info.data.version}
            {info.data.mode === 'browser' ? ' · browser mode' : ''}
          </div>
        </div>
      )}
    </footer>
  );
}
