import { test as base } from '@playwright/test';
import { startBrowserModeServer, type BrowserModeServer } from './browser-mode-server';
import { LibraryPage } from './library-page';

/** Each test gets its own browser-mode server on a fresh temporary library. */
export const test = base.extend<{ server: BrowserModeServer; library: LibraryPage }>({
  server: async ({}, use) => {
    const server = await startBrowserModeServer();
    await use(server);
    await server.stop();
  },
  library: async ({ page, server }, use) => {
    const library = new LibraryPage(page);
    await library.open(server.url);
    await use(library);
  },
});

export { expect } from '@playwright/test';
