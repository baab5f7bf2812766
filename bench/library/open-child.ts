/**
 * Bundled with esbuild and run with plain Node, like the shipped app's main process:
 * prints how long it took from process start to the first window of rows.
 */
import { openLibrary } from '../../electron/core/library';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: open-child DATA_DIR');
const opening = performance.now();
const library = openLibrary({ dataDir, mode: 'cli', capture: 'in-process', downloadImages: false });
const page = await library.dispatch('clippings.list', { limit: 100 });
const done = performance.now();
if (!page.ok) throw new Error(page.error.message);
process.stdout.write(`${JSON.stringify({ sinceProcessStart: done, openToFirstWindow: done - opening, rows: page.result.items.length })}\n`);
library.close();
