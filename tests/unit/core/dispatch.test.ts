import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type ApiHandlers } from '../../../electron/core/api/dispatch';
import { ApiError } from '../../../shared/api/errors';

function handlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  return new Proxy(overrides, {
    get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => 'unexpected call'),
  }) as ApiHandlers;
}

describe('dispatch', () => {
  it('validates input before the handler runs, and passes defaults', async () => {
    const list = vi.fn(() => ({ items: [], total: 0, nextCursor: null, searched: { query: '', notes: [] } }));
    const dispatch = createDispatch(handlers({ 'clippings.list': list }));
    expect(await dispatch('clippings.list', { limit: 'ten' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('limit') },
    });
    expect(list).not.toHaveBeenCalled();
    expect(await dispatch('clippings.list', undefined)).toEqual({ ok: true, result: { items: [], total: 0, nextCursor: null, searched: { query: '', notes: [] } } });
    expect(list).toHaveBeenCalledWith({ view: 'library', query: '', sort: 'captured', limit: 100 });
  });

  it('refuses unknown methods, including inherited property names', async () => {
    const dispatch = createDispatch(handlers({}));
    for (const name of ['clippings.drop', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('turns ApiErrors into error envelopes with their message', async () => {
    const dispatch = createDispatch(handlers({ 'clippings.get': () => { throw new ApiError('not_found', 'There is no clipping with id 9.'); } }));
    expect(await dispatch('clippings.get', { id: 9 })).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no clipping with id 9.' } });
  });

  it('hides internal errors behind a readable message and logs them', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(handlers({ 'clippings.get': () => { throw new TypeError('cannot read properties of undefined'); } }), log);
    const reply = await dispatch('clippings.get', { id: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('undefined');
    expect(log).toHaveBeenCalledOnce();
  });
});
