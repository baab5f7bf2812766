import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/raw-request';
import { article, PAIRING_KEY, startTestEndpoint } from './support';

let bridge: Awaited<ReturnType<typeof startTestEndpoint>>;
beforeAll(async () => {
  bridge = await startTestEndpoint();
});
afterAll(() => bridge.endpoint.close());
beforeEach(() => {
  bridge.clip.mockClear();
});

function postForm(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return rawRequest(bridge.endpoint.port, '/clip/form', {
    method: 'POST',
    headers: { Host: `127.0.0.1:${bridge.endpoint.port}`, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The reply as a browser would read it: headers checked, no active content, its text. */
function expectLockedDownPage(reply: { headers: Record<string, unknown>; body: string }): { headline: string; detail: string } {
  expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(reply.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  const { document } = parseHTML(reply.body);
  const elements = [...document.querySelectorAll('*')];
  expect(elements.map((element) => element.localName).sort()).toEqual(['body', 'h1', 'head', 'html', 'meta', 'meta', 'p', 'style', 'title']);
  expect(elements.flatMap((element) => element.getAttributeNames()).filter((name) => name.startsWith('on'))).toEqual([]);
  return { headline: document.querySelector('h1')?.textContent ?? '', detail: document.querySelector('p')?.textContent ?? '' };
}

describe('clipper endpoint: POST /clip/form (the fallback for strict pages)', () => {
  it('clips the posted page and answers with a small page saying so', async () => {
    const reply = await postForm({ key: PAIRING_KEY, ...article, selectionHtml: '<p>The bridge</p>' });
    expect(reply.status).toBe(200);
    expect(expectLockedDownPage(reply)).toEqual({ headline: 'Clipped “Harbour bridge reopens” to Dossier', detail: 'You can close this tab.' });
    expect(bridge.clip).toHaveBeenCalledTimes(1);
    expect(bridge.clip.mock.calls[0]?.[0]).toStrictEqual({ ...article, selectionHtml: '<p>The bridge</p>' });
  });

  it('accepts multipart/form-data, as the bookmarklet sends it, and ignores an empty selection', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ key: PAIRING_KEY, ...article, selectionHtml: '' })) form.append(name, value);
    const encoded = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const reply = await rawRequest(bridge.endpoint.port, '/clip/form', {
      method: 'POST',
      headers: { Host: `localhost:${bridge.endpoint.port}`, 'Content-Type': encoded.headers.get('content-type') ?? '' },
      body: await encoded.text(),
    });
    expect(reply.status).toBe(200);
    expect(bridge.clip.mock.calls[0]?.[0]).toStrictEqual(article);
  });

  it('refuses a missing or wrong key with a page that says so, and never calls clip', async () => {
    for (const fields of [{ ...article }, { key: 'wrong', ...article }, { key: '', ...article }]) {
      const reply = await postForm(fields);
      expect(reply.status).toBe(403);
      expect(expectLockedDownPage(reply).detail).toMatch(/pairing key is missing or out of date/);
    }
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('escapes a hostile title in the reply', async () => {
    const title = '</h1><script>alert("x")</script><img src=x onerror=alert(1)> & \'quoted\'';
    const reply = await postForm({ key: PAIRING_KEY, ...article, title });
    expect(reply.status).toBe(200);
    expect(expectLockedDownPage(reply).headline).toBe(`Clipped “${title}” to Dossier`);
  });

  it('shows the message of a refused page, escaped, with its status', async () => {
    bridge.clip.mockRejectedValueOnce({ code: 'empty', message: 'No article was found at <news.example>.' });
    const reply = await postForm({ key: PAIRING_KEY, ...article });
    expect(reply.status).toBe(422);
    expect(expectLockedDownPage(reply)).toEqual({ headline: 'Dossier did not clip this page', detail: 'No article was found at <news.example>.' });
  });

  it('says a duplicate is already there', async () => {
    bridge.clip.mockResolvedValueOnce({ id: 3, title: 'Harbour bridge reopens', status: 'duplicate' });
    const reply = await postForm({ key: PAIRING_KEY, ...article });
    expect(expectLockedDownPage(reply).headline).toBe('“Harbour bridge reopens” is already in Dossier');
  });

  it('refuses other encodings, non-web addresses and a foreign Host', async () => {
    expect((await postForm({ key: PAIRING_KEY, ...article }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const file = await postForm({ key: PAIRING_KEY, ...article, url: 'file:///etc/passwd' });
    expect(file.status).toBe(400);
    expect(expectLockedDownPage(file).detail).toMatch(/Only http and https pages can be clipped\./);
    expect((await postForm({ key: PAIRING_KEY, ...article }, { Host: `evil.example:${bridge.endpoint.port}` })).status).toBe(403);
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await startTestEndpoint({ maxBodyBytes: 1024 });
    try {
      const reply = await rawRequest(small.endpoint.port, '/clip/form', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ key: PAIRING_KEY, ...article, html: 'x'.repeat(4096) }).toString(),
      });
      expect(reply.status).toBe(413);
      expectLockedDownPage(reply);
      expect(small.clip).not.toHaveBeenCalled();
    } finally {
      await small.endpoint.close();
    }
  });
});
