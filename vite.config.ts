import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer is served from `app://dossier/` in the desktop and from
 * `http://127.0.0.1:PORT/` in browser mode, so every asset URL is relative.
 * The CSP allows only the app's own scripts: nothing here may inline a script.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined assets become data: URLs; keep scripts as files for `script-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One bundle read from local disk (app:// or 127.0.0.1), never over a network.
    chunkSizeWarningLimit: 1500,
    target: 'es2023',
  },
  server: {
    // The renderer imports the contract and document schema from ../shared.
    fs: { allow: [projectRoot] },
  },
});
