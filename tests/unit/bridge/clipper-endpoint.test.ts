import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { MAX_BRIDGE_BODY_BYTES } from '../../../electron/core/bridge/clip-request';
import { startClipperEndpoint } from '../../../electron/core/bridge/clipper-endpoint';
import { rawRequest } from '../../helpers/raw-request';
import { article, PAIRING_KEY, startTestEndpoint } from './support';

let bridge: Awaited<ReturnType<typeof startTestEndpoint>>;
beforeAll(async () => {
  bridge = await startTestEndpoint();
});
afterAll(() => bridge.endpoint.close());
beforeEach(() => {
  bridge.clip.mockClear();
  bridge.onError.mockClear();
  bridge.setKey(PAIRING_KEY);
});

const SITE = 'https://news.example';
const host = () => `127.0.0.1:${bridge.endpoint.port}`;

function preflight(headers: Record<string, string>) {
  return rawRequest(bridge.endpoint.port, '/clip', { method: 'OPTIONS', headers: { Host: host(), ...headers } });
}

function postClip(body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(bridge.endpoint.port, '/clip', {
    method: 'POST',
    headers: { Host: host(), Origin: SITE, 'Content-Type': 'application/json', 'X-Dossier-Pairing-Key': PAIRING_KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const corsHeaderNames = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

describe('clipper endpoint: CORS preflight', () => {
  const asked = { Origin: SITE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-dossier-pairing-key' };

  it('listens on 127.0.0.1 and names its origin', () => {
    expect(bridge.endpoint.origin).toBe(`http://127.0.0.1:${bridge.endpoint.port}`);
    expect(bridge.endpoint.port).toBeGreaterThan(0);
  });

  it('allows a POST with the pairing key header from any site, reflecting its origin', async () => {
    const reply = await preflight(asked);
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-origin']).toBe(SITE);
    expect(reply.headers['access-control-allow-methods']).toBe('POST');
    expect(String(reply.headers['access-control-allow-headers']).split(', ').sort()).toEqual(['content-type', 'x-dossier-pairing-key']);
    expect(reply.headers['access-control-max-age']).toBe('600');
    expect(reply.headers.vary).toBe('Origin');
    expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
    expect(reply.headers['access-control-allow-private-network']).toBeUndefined();
  });

  it('allows Private Network Access only when asked, and fewer headers than allowed', async () => {
    const reply = await preflight({ ...asked, 'Access-Control-Request-Headers': 'X-Dossier-Pairing-Key', 'Access-Control-Request-Private-Network': 'true' });
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-private-network']).toBe('true');
    expect(reply.headers['access-control-allow-origin']).toBe(SITE);
  });

  it('refuses, without CORS headers, any other method, header, or a preflight without an origin', async () => {
    const refused: Array<Record<string, string>> = [
      { ...asked, 'Access-Control-Request-Method': 'PUT' },
      { ...asked, 'Access-Control-Request-Method': 'DELETE' },
      { ...asked, 'Access-Control-Request-Headers': 'content-type,x-dossier-pairing-key,authorization' },
      { ...asked, 'Access-Control-Request-Headers': 'cookie' },
      { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      { Origin: SITE },
      { ...asked, Origin: 'https://news.example/ with space' },
    ];
    for (const headers of refused) {
      const reply = await preflight(headers);
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(corsHeaderNames(reply.headers)).toEqual([]);
    }
  });
});

describe('clipper endpoint: POST /clip', () => {
  it('hands the validated page to clip and returns its result, readable by the page', async () => {
    const reply = await postClip({ ...article, title: '  Harbour bridge reopens \n', selectionHtml: '<p>The bridge</p>', extra: 'dropped' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ id: 7, title: 'Harbour bridge reopens', status: 'created' });
    expect(reply.headers['access-control-allow-origin']).toBe(SITE);
    expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(bridge.clip).toHaveBeenCalledTimes(1);
    expect(bridge.clip.mock.calls[0]?.[0]).toStrictEqual({ ...article, selectionHtml: '<p>The bridge</p>' });
  });

  it('treats a blank title and a blank selection as none', async () => {
    expect((await postClip({ ...article, title: '  ', selectionHtml: ' \n ' })).status).toBe(200);
    expect(bridge.clip.mock.calls[0]?.[0]).toStrictEqual({ url: article.url, html: article.html });
  });

  it('refuses a missing or wrong pairing key with 403, and never calls clip', async () => {
    for (const key of [undefined, '', 'wrong', `${PAIRING_KEY}x`, PAIRING_KEY.slice(0, -1)]) {
      const headers: Record<string, string> = { Host: host(), Origin: SITE, 'Content-Type': 'application/json' };
      if (key !== undefined) headers['X-Dossier-Pairing-Key'] = key;
      const reply = await rawRequest(bridge.endpoint.port, '/clip', { method: 'POST', headers, body: JSON.stringify(article) });
      expect(reply.status).toBe(403);
      const { error } = JSON.parse(reply.body);
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(/pairing key/);
      // The bookmarklet shows this message, so the page may read it.
      expect(reply.headers['access-control-allow-origin']).toBe(SITE);
    }
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('reads the key on every request: a reset key takes effect at once', async () => {
    bridge.setKey('AnotherPairingKey_987654');
    expect((await postClip(article)).status).toBe(403);
    expect((await postClip(article, { 'X-Dossier-Pairing-Key': 'AnotherPairingKey_987654' })).status).toBe(200);
    expect(bridge.clip).toHaveBeenCalledTimes(1);
  });

  it('admits nothing while no key is set, not even an empty one', async () => {
    bridge.setKey('');
    expect((await postClip(article, { 'X-Dossier-Pairing-Key': '' })).status).toBe(403);
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('refuses a foreign Host (DNS rebinding) even with the key, and accepts localhost', async () => {
    for (const name of [`evil.example:${bridge.endpoint.port}`, 'evil.example', `127.0.0.1:${bridge.endpoint.port + 1}`, `[::1]:${bridge.endpoint.port}`]) {
      const reply = await postClip(article, { Host: name });
      expect(reply.status, name).toBe(403);
      expect(corsHeaderNames(reply.headers)).toEqual([]);
    }
    expect(bridge.clip).not.toHaveBeenCalled();
    expect((await postClip(article, { Host: `LOCALHOST:${bridge.endpoint.port}` })).status).toBe(200);
  });

  it('refuses malformed JSON with 400 and a body that is not JSON with 415', async () => {
    const bad = await postClip('{"url": "https://news.example/",');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toEqual({ code: 'invalid_input', message: 'The request body is not valid JSON.' });
    expect((await postClip(JSON.stringify(article), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('refuses addresses that are not http or https, and a missing page', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://news.example/a', 'data:text/html,<p>x</p>', 'not a url']) {
      const reply = await postClip({ ...article, url });
      expect(reply.status, url).toBe(400);
      expect(JSON.parse(reply.body).error.code).toBe('invalid_input');
    }
    const reply = await postClip({ ...article, url: 'javascript:alert(1)' });
    expect(JSON.parse(reply.body).error.message).toMatch(/Only http and https pages can be clipped/);
    expect((await postClip({ url: article.url })).status).toBe(400);
    expect((await postClip({ ...article, html: '' })).status).toBe(400);
    expect(bridge.clip).not.toHaveBeenCalled();
  });

  it('relays the message of an ApiError from clip: 422 for the page, 500 for Dossier', async () => {
    bridge.clip.mockRejectedValueOnce(new ApiError('empty', 'No article was found at news.example.'));
    const empty = await postClip(article);
    expect(empty.status).toBe(422);
    expect(JSON.parse(empty.body)).toEqual({ error: { code: 'empty', message: 'No article was found at news.example.' } });
    expect(empty.headers['access-control-allow-origin']).toBe(SITE);

    // A worker thread's error arrives as a plain object.
    bridge.clip.mockRejectedValueOnce({ code: 'too_large', message: 'The page is 31 MB; Dossier clips up to 20 MB.' });
    expect((await postClip(article)).status).toBe(422);

    bridge.clip.mockRejectedValueOnce(new ApiError('internal', 'The library could not be written.'));
    const internal = await postClip(article);
    expect(internal.status).toBe(500);
    expect(JSON.parse(internal.body).error.message).toBe('The library could not be written.');
    expect(bridge.onError).not.toHaveBeenCalled();
  });

  it('answers an unexpected error without its details, and logs it', async () => {
    const failure = new Error('SQLITE_CORRUPT at /home/someone/.config/Dossier/dossier.sqlite');
    bridge.clip.mockRejectedValueOnce(failure);
    const reply = await postClip(article);
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body).error.code).toBe('internal');
    expect(reply.body).not.toMatch(/SQLITE|home|\.ts|at /);
    expect(bridge.onError).toHaveBeenCalledWith(failure);
  });

  it('answers 404 elsewhere and 405 to other methods', async () => {
    for (const path of ['/', '/api/clippings.list', '/clip/', '/clips']) {
      expect((await rawRequest(bridge.endpoint.port, path, { method: 'POST', headers: { Host: host() } })).status, path).toBe(404);
    }
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await rawRequest(bridge.endpoint.port, '/clip', { method, headers: { Host: host(), 'X-Dossier-Pairing-Key': PAIRING_KEY } });
      expect(reply.status, method).toBe(405);
    }
    expect((await rawRequest(bridge.endpoint.port, '/clip/form', { method: 'GET', headers: { Host: host() } })).status).toBe(405);
    expect(bridge.clip).not.toHaveBeenCalled();
  });
});

describe('clipper endpoint: limits and lifetime', () => {
  it('refuses a declared body over the limit at once', async () => {
    const reply = await postClip('{}', { 'Content-Length': String(MAX_BRIDGE_BODY_BYTES + 1) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('too_large');
  });

  it('refuses a streamed body with 413 as soon as it passes the limit, before it ends', async () => {
    const small = await startTestEndpoint({ maxBodyBytes: 64 * 1024 });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: small.endpoint.port,
            path: '/clip',
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Dossier-Pairing-Key': PAIRING_KEY, 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            req.destroy();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', (error) => reject(error));
        const chunk = 'x'.repeat(16 * 1024);
        // Never ends on its own: only an early reply lets the promise settle.
        const pump = setInterval(() => req.write(chunk), 5);
        req.on('close', () => clearInterval(pump));
      });
      expect(status).toBe(413);
      expect(small.clip).not.toHaveBeenCalled();
    } finally {
      await small.endpoint.close();
    }
  });

  it('explains a port that is taken', async () => {
    await expect(startClipperEndpoint({ port: bridge.endpoint.port, pairingKey: () => PAIRING_KEY, clip: bridge.clip })).rejects.toThrow(
      `Port ${bridge.endpoint.port} is already in use (is another Dossier running?)`,
    );
  });

  it('closes promptly, idle keep-alive connections included', async () => {
    const other = await startTestEndpoint();
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: other.endpoint.port, path: '/nothing', agent, headers: { Host: `127.0.0.1:${other.endpoint.port}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end();
    });
    expect(Object.keys(agent.freeSockets)).toHaveLength(1);
    const started = Date.now();
    await other.endpoint.close();
    expect(Date.now() - started).toBeLessThan(1000);
    agent.destroy();
  });
});
