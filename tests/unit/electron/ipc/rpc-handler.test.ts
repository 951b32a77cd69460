import { describe, expect, it, vi } from 'vitest';
import { handleRpc, type DispatchFn } from '../../../../electron/main/ipc/rpc-handler';
import { CAPTURE_METHODS } from '../../../../src/shared/capture';
import { ok } from '../../../../src/shared/result';

function fakeDispatch() {
  return vi.fn<DispatchFn>(async (method, input) => ok({ method, input }));
}

describe('handleRpc', () => {
  it('passes calls from the app page to the dispatcher unchanged', async () => {
    const dispatch = fakeDispatch();
    const result = await handleRpc('app://tend/index.html#/people', 'people.list', { includeArchived: true }, dispatch);
    expect(dispatch).toHaveBeenCalledWith('people.list', { includeArchived: true });
    expect(result).toEqual({ ok: true, value: { method: 'people.list', input: { includeArchived: true } } });
  });

  it.each([
    'app://tend.evil/index.html',
    'app://tend@evil/',
    'https://example.com/',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    null,
    undefined,
  ])('refuses a call from %s with a transport error and never dispatches', async (sender) => {
    const dispatch = fakeDispatch();
    const result = await handleRpc(sender, 'people.list', {}, dispatch);
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: { code: 'transport', message: 'This window is not allowed to talk to Tend.' },
    });
  });

  it.each([42, null, undefined, { method: 'people.list' }])('answers a non-text method name (%s) with a typed error', async (method) => {
    const dispatch = fakeDispatch();
    const result = await handleRpc('app://tend/', method, {}, dispatch);
    expect(dispatch).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unknown_method');
  });

  it.each([
    ['archive.export', { format: 'json', destination: '/home/someone/.ssh/tend.json' }],
    ['archive.previewImport', { source: { path: '/etc/passwd' } }],
    ['archive.import', { source: { path: 'C:\\Users\\x\\a.json' }, mode: 'merge' }],
    ['backup.restoreFile', { path: '/home/someone/old-tend.sqlite' }],
  ])('refuses %s naming a file on this computer: only the main process chooses paths', async (method, input) => {
    const dispatch = fakeDispatch();
    const result = await handleRpc('app://tend/', method, input, dispatch);
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'transport' } });
  });

  it('passes an export without a destination through', async () => {
    const dispatch = fakeDispatch();
    await handleRpc('app://tend/', 'archive.export', { format: 'ics' }, dispatch);
    expect(dispatch).toHaveBeenCalledWith('archive.export', { format: 'ics' });
  });
});

describe('a window with an allow-list (quick capture)', () => {
  it('passes the methods on its list to the dispatcher', async () => {
    const dispatch = fakeDispatch();
    const result = await handleRpc('app://tend/index.html#/capture', 'quickLog.save', { line: '@Sam 30m' }, dispatch, CAPTURE_METHODS);
    expect(dispatch).toHaveBeenCalledWith('quickLog.save', { line: '@Sam 30m' });
    expect(result.ok).toBe(true);
  });

  it.each(['people.delete', 'archive.export', 'backup.restore', 'settings.set', 'notes.save', 'no.such.method'])(
    'refuses %s with a transport error and never dispatches, whatever page the window shows',
    async (method) => {
      const dispatch = fakeDispatch();
      const result = await handleRpc('app://tend/index.html#/settings', method, {}, dispatch, CAPTURE_METHODS);
      expect(dispatch).not.toHaveBeenCalled();
      expect(result).toEqual({ ok: false, error: { code: 'transport', message: 'This window can only log a quick line; open Tend for the rest.' } });
    },
  );
});
