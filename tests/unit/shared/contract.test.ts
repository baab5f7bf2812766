import { describe, expect, it, vi } from 'vitest';
import { buildClient } from '../../../shared/api/client';
import { channelFor, contract, isMethodName, methodNames } from '../../../shared/api/contract';
import { unwrap } from '../../../shared/api/envelope';
import { ApiError } from '../../../shared/api/errors';

const validate = (method: keyof typeof contract, input: unknown) => contract[method].input.safeParse(input);

describe('the API contract', () => {
  it('names every method domain.verb and maps it to its own IPC channel', () => {
    expect(methodNames).toContain('clippings.list');
    for (const method of methodNames) {
      expect(method).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(channelFor(method)).toBe(`dossier:${method}`);
    }
  });

  it('knows its own methods and nothing inherited', () => {
    expect(isMethodName('clippings.get')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('clippings.drop')).toBe(false);
  });

  it('applies defaults and bounds to list input', () => {
    expect(validate('clippings.list', {}).data).toEqual({ view: 'library', query: '', sort: 'captured', limit: 100 });
    expect(validate('clippings.list', { limit: 0 }).success).toBe(false);
    expect(validate('clippings.list', { limit: 10_000 }).success).toBe(false);
    expect(validate('clippings.list', { view: 'everything' }).success).toBe(false);
  });

  it('accepts only positive integer ids', () => {
    expect(validate('clippings.get', { id: 3 }).success).toBe(true);
    for (const id of [0, -1, 1.5, '3', null]) expect(validate('clippings.get', { id }).success).toBe(false);
  });

  it('accepts only http and https source URLs', () => {
    const base = { format: 'text', content: 'x' };
    expect(validate('clippings.create', { ...base, url: 'https://yna.co.kr/view/1' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url']) {
      expect(validate('clippings.create', { ...base, url }).success).toBe(false);
    }
  });

  it('rejects empty titles and unknown formats', () => {
    expect(validate('clippings.update', { id: 1, title: '   ' }).success).toBe(false);
    expect(validate('clippings.update', { id: 1, title: '  Trimmed  ' }).data).toEqual({ id: 1, title: 'Trimmed' });
    expect(validate('clippings.create', { format: 'pdf', content: 'x' }).success).toBe(false);
  });

  it('takes metadata edits: absent leaves a field, empty clears it, dates must exist', () => {
    const edit = (meta: Record<string, unknown>) => validate('clippings.update', { id: 1, meta });
    expect(edit({ outlet: '  Yonhap  ', authors: ['Kim Jae-won'] }).data).toEqual({ id: 1, meta: { outlet: 'Yonhap', authors: ['Kim Jae-won'] } });
    expect(edit({ outlet: '', published: '' }).data).toEqual({ id: 1, meta: { outlet: null, published: null } });
    for (const published of ['2025-03-31', '2025-03-31T11:10+09:00', '2025-03-31T02:10:00.000Z']) {
      expect(edit({ published }).success, published).toBe(true);
    }
    for (const published of ['31/03/2025', '2025-02-30', '2025-13-45', '2025-03-31T25:00+09:00', '2025-03-31T11:10']) {
      expect(edit({ published }).success, published).toBe(false);
    }
    expect(edit({ lang: 'ko-KR' }).success).toBe(true);
    expect(edit({ lang: 'Korean!' }).success).toBe(false);
    expect(edit({ canonicalUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('rejects file data that is not base64', () => {
    expect(validate('clippings.importFile', { fileName: 'a.html', dataBase64: 'PGh0bWw+' }).success).toBe(true);
    expect(validate('clippings.importFile', { fileName: 'a.html', dataBase64: '<html>' }).success).toBe(false);
  });
});

describe('the client built from the contract', () => {
  it('has one named function per method and passes {} when called without input', async () => {
    const invoke = vi.fn(async () => 'result');
    const client = buildClient(invoke);
    expect(Object.keys(client.clippings).sort()).toEqual(
      methodNames.filter((m) => m.startsWith('clippings.')).map((m) => m.split('.')[1]).sort(),
    );
    await expect(client.clippings.list()).resolves.toBe('result');
    expect(invoke).toHaveBeenCalledWith('clippings.list', {});
    await client.clippings.get({ id: 4 });
    expect(invoke).toHaveBeenLastCalledWith('clippings.get', { id: 4 });
  });

  it('unwraps envelopes into results or typed errors', () => {
    expect(unwrap({ ok: true, result: 5 })).toBe(5);
    expect(() => unwrap({ ok: false, error: { code: 'not_found', message: 'gone' } })).toThrow(ApiError);
    expect(() => unwrap({ ok: false, error: { code: 'not_found', message: 'gone' } })).toThrow('gone');
    expect(() => unwrap('<html>proxy error</html>')).toThrow(/does not understand/);
  });
});
