import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { followThemeSetting } from './reader/reading-settings';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/sidebar.css';
import './styles/organise.css';
import './styles/list.css';
import './styles/list-parts.css';
import './styles/annotation-list.css';
import './styles/search.css';
import './styles/info-panel.css';
import './styles/capture-record.css';
import './styles/menu.css';
import './styles/reader.css';
import './styles/document.css';
import './styles/annotations.css';
import './styles/related.css';
import './styles/reading-settings.css';
import './styles/original-dialog.css';
import './styles/settings.css';
import './styles/dialog.css';
import './styles/toast.css';
import './styles/empty.css';
import './styles/import.css';
import './styles/compare.css';
import './styles/notes.css';

// The stored theme goes on <html> before React renders anything, so a dark window never flashes light.
followThemeSetting();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
