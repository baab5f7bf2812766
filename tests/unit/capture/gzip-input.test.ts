import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipInput } from '../../../electron/core/capture/gzip-input';
import { thrownBy } from './capture-test-helpers';

const PAGE = new TextEncoder().encode('<html><body><p>Grüße</p></body></html>');
const MB = 1024 * 1024;

describe('gunzipInput', () => {
  it('unpacks page.html.gz to page.html', () => {
    const result = gunzipInput('page.html.gz', zlib.gzipSync(PAGE), 20 * MB);
    expect(result.fileName).toBe('page.html');
    expect(Buffer.from(result.bytes)).toEqual(Buffer.from(PAGE));
  });

  it('unpacks gzip bytes under any name, and concatenated members', () => {
    const twoMembers = Buffer.concat([zlib.gzipSync(PAGE.subarray(0, 10)), zlib.gzipSync(PAGE.subarray(10))]);
    const result = gunzipInput('page.html', twoMembers, 20 * MB);
    expect(result.fileName).toBe('page.html');
    expect(Buffer.from(result.bytes)).toEqual(Buffer.from(PAGE));
  });

  it('leaves other files alone, and drops a .gz name over plain bytes', () => {
    expect(gunzipInput('page.html', PAGE, 20 * MB)).toEqual({ fileName: 'page.html', bytes: PAGE });
    expect(gunzipInput('page.HTML.GZ', PAGE, 20 * MB)).toEqual({ fileName: 'page.HTML', bytes: PAGE });
    expect(gunzipInput('snapshot.mhtml.gz', zlib.gzipSync(PAGE), 20 * MB).fileName).toBe('snapshot.mhtml');
  });

  it('stops a bomb at the limit', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * MB));
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const before = process.memoryUsage().rss;
    expect(thrownBy(() => gunzipInput('bomb.html.gz', bomb, 2 * MB), 'too_large')).toBe(
      '“bomb.html.gz” unpacks to more than 2 MB; Dossier clips pages up to 2 MB.',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * MB);
  });

  it('reports a truncated or corrupt file', () => {
    const gz = zlib.gzipSync(Buffer.from('<p>x</p>'.repeat(200)));
    expect(thrownBy(() => gunzipInput('page.html.gz', gz.subarray(0, gz.length - 20), 20 * MB), 'unsupported_file')).toBe(
      '“page.html.gz” is damaged: its compressed data is cut short. Download or save it again.',
    );
    const corrupt = Buffer.from(gz);
    corrupt.fill(0xff, 12, 30);
    expect(thrownBy(() => gunzipInput('page.html.gz', corrupt, 20 * MB), 'unsupported_file')).toBe(
      '“page.html.gz” is damaged: its compressed data is corrupt. Download or save it again.',
    );
  });
});
