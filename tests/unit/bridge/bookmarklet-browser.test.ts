import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bookmarkletFor } from '../../../electron/core/bridge/bookmarklet';
import { PAIRING_KEY, startTestEndpoint } from './support';

/**
 * The bookmarklet in a real browser: an article page served from one port, the clipper
 * endpoint on another (a different origin, as any news site is), Debian's Chromium.
 */
const ARTICLE = readFileSync(new URL('../../fixtures/bridge/article.html', import.meta.url), 'utf8');
const TITLE = 'Harbour bridge reopens after two years';

let bridge: Awaited<ReturnType<typeof startTestEndpoint>>;
let site: Server;
let siteOrigin: string;
let browser: Browser;
let context: BrowserContext;
let program: string;

beforeAll(async () => {
  bridge = await startTestEndpoint();
  site = createServer((request, response) => {
    const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
    // A site that allows connections only to itself, as many news sites do.
    if (request.url === '/strict') headers['Content-Security-Policy'] = "connect-src 'self'";
    response.writeHead(200, headers).end(ARTICLE);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  context = await browser.newContext();
  // What the browser runs when the bookmark is clicked: the URL, percent-decoded.
  program = decodeURIComponent(bookmarkletFor({ endpoint: bridge.endpoint.origin, pairingKey: PAIRING_KEY }).slice('javascript:'.length));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  site?.closeAllConnections();
  await bridge?.endpoint.close();
});

beforeEach(() => {
  bridge.clip.mockClear();
});

async function openArticle(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${siteOrigin}${path}`);
  await page.locator('#late').waitFor();
  return page;
}

describe('bookmarklet in Chromium', () => {
  it('sends the rendered page and the selection, then shows a notice that goes away', async () => {
    const page = await openArticle('/article');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('lede')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.evaluate(program);

    const notice = page.locator('#dossier-clip-notice');
    await expect.poll(() => notice.textContent()).toBe(`Clipped to Dossier: ${TITLE}`);
    expect(bridge.clip).toHaveBeenCalledTimes(1);
    const sent = bridge.clip.mock.calls[0]![0];
    expect(sent.url).toBe(`${siteOrigin}/article`);
    expect(sent.title).toBe(TITLE);
    expect(sent.html).toMatch(/^<html lang="en"><head>/);
    expect(sent.html).toContain('<p id="late">Paragraph rendered by a script after load.</p>');
    expect(sent.html).not.toContain('dossier-clip-notice');
    expect(sent.selectionHtml).toBe('The bridge reopened on Monday after <b>two years</b> of repairs.');

    await notice.waitFor({ state: 'detached', timeout: 6000 });
    await page.close();
  });

  it('shows the server’s message when Dossier refuses the page', async () => {
    bridge.clip.mockRejectedValueOnce({ code: 'empty', message: 'No article was found on this page.' });
    const page = await openArticle('/article');
    await page.evaluate(program);
    await expect.poll(() => page.locator('#dossier-clip-notice').textContent()).toBe('Dossier: No article was found on this page.');
    expect(bridge.clip.mock.calls[0]![0]).not.toHaveProperty('selectionHtml');
    await page.close();
  });

  it('falls back to a form posted to a new tab when the page’s CSP blocks the request', async () => {
    const page = await openArticle('/strict');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.evaluate(program)]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${bridge.endpoint.origin}/clip/form`);
    expect(await tab.locator('h1').textContent()).toBe(`Clipped “${TITLE}” to Dossier`);
    expect(await page.locator('#dossier-clip-notice').textContent()).toMatch(/^Sending to Dossier in a new tab/);

    expect(bridge.clip).toHaveBeenCalledTimes(1);
    const sent = bridge.clip.mock.calls[0]![0];
    expect(sent.url).toBe(`${siteOrigin}/strict`);
    expect(sent.title).toBe(TITLE);
    expect(sent.html).toContain('<p id="late">Paragraph rendered by a script after load.</p>');
    await tab.close();
    await page.close();
  });
});
