import { useAppInfo } from '../clippings/use-clipping-queries';

/** Where the library lives on disk, so an analyst can find and back it up. */
export function SidebarFooter() {
  const info = useAppInfo();
  if (!info.data) return <footer className="sidebar-footer" />;
  const { dataDir, databaseFile, version, mode } = info.data;
  return (
    <footer className="sidebar-footer">
      <div className="sidebar-footer-label">Data location</div>
      <div className="sidebar-footer-path" title={databaseFile}>
        <span>{dataDir}</span>
      </div>
      <div className="sidebar-footer-version">
        Dossier {version}
        {mode === 'browser' ? ' · browser mode' : ''}
      </div>
    </footer>
  );
}
