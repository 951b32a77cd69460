import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../src/core/dispatch';
import { DATABASE_BUSY_MESSAGE, TendError, conflict, notFound } from '../../../src/core/errors';
import { methods, type MethodName } from '../../../src/shared/contract';
import type { Person } from '../../../src/shared/people';
import { expectError, expectOk } from '../../fixtures/results';

const PERSON: Person = {
  id: '6a1c2e0b-9d3f-4b8e-a7c5-0f1e2d3c4b5a',
  name: 'Ana',
  preferredName: null,
  pronunciation: null,
  role: null,
  team: null,
  email: null,
  startedOn: null,
  cadenceDays: 7,
  maxDays: null,
  snoozedUntil: null,
  isSample: false,
  archivedAt: null,
  createdAt: '2026-11-23T14:00:00.000Z',
  updatedAt: '2026-11-23T14:00:00.000Z',
};

/** Handlers that record what reached them; a dispatcher over them plus the writes it announced. */
function harness(overrides: Partial<Handlers> = {}) {
  // Every method in the contract gets a recording stub, so the harness keeps up as the contract grows.
  const stubs = Object.fromEntries(Object.keys(methods).map((method) => [method, vi.fn(() => null)]));
  const handlers = {
    ...(stubs as unknown as Handlers),
    'app.info': vi.fn(() => ({ name: 'Tend', version: '0', dataDir: '/d', databaseFile: '/d/f', schemaVersion: 1, host: 'web' as const })),
    'people.list': vi.fn(() => [PERSON]),
    'people.get': vi.fn(() => PERSON),
    'people.save': vi.fn(() => PERSON),
    'people.archive': vi.fn(() => PERSON),
    'people.restore': vi.fn(() => PERSON),
    ...overrides,
  };
  const writes: MethodName[] = [];
  const dispatch = createDispatcher(handlers, ({ method }) => writes.push(method));
  return { dispatch, handlers, writes };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('dispatch', () => {
  test('an unknown method is an unknown_method error naming it', async () => {
    const { dispatch } = harness();
    const error = expectError(await dispatch('people.teleport', { id: PERSON.id }));
    expect(error.code).toBe('unknown_method');
    expect(error.message).toContain('people.teleport');
  });

  test.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
    'an inherited property name (%s) is not a method',
    async (method) => {
      const { dispatch } = harness();
      expect(expectError(await dispatch(method, {})).code).toBe('unknown_method');
    },
  );

  test.each([
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', { method: 'people.list' }],
    ['a symbol', Symbol('people.list')],
  ])('a method that is %s is an error result, never a throw', async (_label, method) => {
    const { dispatch } = harness();
    const outcome = await dispatch(method as unknown as string, {}).then(
      (result) => result,
      (thrown: unknown) => ({ thrown }),
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('valid input reaches the handler parsed: trimmed, blanks as null, an omitted cadence left to the service', async () => {
    const { dispatch, handlers, writes } = harness();
    expectOk(await dispatch('people.save', { name: '  Ana ', team: '   ' }));
    // No cadence or maximum: the people service takes them from Settings (the defaults for new people).
    const parsed = vi.mocked(handlers['people.save']).mock.calls[0]?.[0];
    expect(parsed).toStrictEqual({
      name: 'Ana',
      preferredName: null,
      pronunciation: null,
      role: null,
      team: null,
      email: null,
      startedOn: null,
    });
    expect(writes).toEqual(['people.save']);
  });

  test('people.list with no input lists active people only', async () => {
    const { dispatch, handlers, writes } = harness();
    expectOk(await dispatch('people.list'));
    expect(handlers['people.list']).toHaveBeenCalledWith({ includeArchived: false }, {});
    expect(writes).toEqual([]);
  });
});

describe('invalid people.save input is refused before anything is written', () => {
  test.each<[string, unknown, string, RegExp]>([
    ['an empty name', { name: '' }, 'name', /cannot be empty/],
    ['a whitespace-only name', { name: ' \t\n ' }, 'name', /cannot be empty/],
    ['a 201-character name', { name: 'x'.repeat(201) }, 'name', /200 characters or fewer/],
    ['a missing name', {}, 'name', /required/],
    ['a name that is not text', { name: 7 }, 'name', /must be text/],
    ['a day that does not exist', { name: 'Ana', startedOn: '2026-02-30' }, 'startedOn', /does not exist/],
    ['a month that does not exist', { name: 'Ana', startedOn: '2026-13-01' }, 'startedOn', /does not exist/],
    ['a short date', { name: 'Ana', startedOn: '26-1-1' }, 'startedOn', /YYYY-MM-DD/],
    ['a cadence of 0 days', { name: 'Ana', cadenceDays: 0 }, 'cadenceDays', /at least 1/],
    ['a cadence of 366 days', { name: 'Ana', cadenceDays: 366 }, 'cadenceDays', /at most 365/],
    ['a fractional cadence', { name: 'Ana', cadenceDays: 7.5 }, 'cadenceDays', /whole number/],
    ['a cadence given as text', { name: 'Ana', cadenceDays: '7' }, 'cadenceDays', /number of days/],
    ['a malformed id', { id: 'not-a-uuid', name: 'Ana' }, 'id', /not a valid identifier/],
    ['an unknown extra field', { name: 'Ana', nickname: 'A' }, 'nickname', /not a field this call accepts/],
  ])('%s → invalid_input on the field', async (_story, input, field, message) => {
    const { dispatch, handlers, writes } = harness();

    const error = expectError(await dispatch('people.save', input));

    expect(error).toEqual({ code: 'invalid_input', field, message: expect.stringMatching(message) });
    expect(handlers['people.save']).not.toHaveBeenCalled();
    expect(writes).toEqual([]);
  });

  test.each<[string, unknown]>([
    ['a string', 'Ana'],
    ['null', null],
    ['nothing at all', undefined],
  ])('input that is %s → invalid_input asking for an object', async (_story, input) => {
    const { dispatch, handlers, writes } = harness();

    const error = expectError(await dispatch('people.save', input));

    expect(error).toEqual({ code: 'invalid_input', message: 'This call needs an object with its fields.' });
    expect(handlers['people.save']).not.toHaveBeenCalled();
    expect(writes).toEqual([]);
  });
});

test('an array instead of an object is refused too', async () => {
  const { dispatch, handlers, writes } = harness();
  expect(expectError(await dispatch('people.save', [{ name: 'Ana' }])).code).toBe('invalid_input');
  expect(handlers['people.save']).not.toHaveBeenCalled();
  expect(writes).toEqual([]);
});

describe('handler failures', () => {
  test('a plain Error becomes "internal" with a short sentence, and the error is logged with its stack', async () => {
    vi.stubEnv('TEND_LOG_LEVEL', 'error');
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    const { dispatch, writes } = harness({
      'people.save': () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
    });

    const error = expectError(await dispatch('people.save', { name: 'Ana' }));

    expect(error.code).toBe('internal');
    expect(error.field).toBeUndefined();
    expect(error.message.length).toBeLessThan(120);
    expect(error.message).not.toMatch(/SQLITE|at .*\.ts|\n/);
    expect(writes).toEqual([]);
    const logged = stderr.join('');
    expect(logged).toMatch(/ERROR \[dispatch\] people\.save failed/);
    expect(logged).toContain('SQLITE_FULL: database or disk is full');
    expect(logged).toMatch(/\n\s+at /);
  });

  test('a rejected promise from an async handler is handled the same way', async () => {
    const { dispatch } = harness({ 'people.list': async () => Promise.reject(new TypeError('boom')) });
    expect(expectError(await dispatch('people.list', {})).code).toBe('internal');
  });

  test.each([
    ['not_found', notFound('That person'), 'id'],
    ['conflict', conflict('Ana is archived. Restore them to make changes.', 'id'), 'id'],
    ['conflict without a field', conflict('Someone else changed this.'), undefined],
    ['invalid_input from a service', new TendError('invalid_input', 'That day is in the future.', 'startedOn'), 'startedOn'],
  ])('a TendError (%s) passes its code, message and field through, and announces no write', async (_label, thrown, field) => {
    const { dispatch, writes } = harness({
      'people.archive': () => {
        throw thrown;
      },
    });

    const error = expectError(await dispatch('people.archive', { id: PERSON.id }));

    expect(error).toEqual(field === undefined ? { code: thrown.code, message: thrown.message } : { code: thrown.code, message: thrown.message, field });
    expect(writes).toEqual([]);
  });

  test('a write that waited out SQLite\'s busy timeout (another connection holds the file) answers busy with a sentence, not internal', async () => {
    vi.stubEnv('TEND_LOG_LEVEL', 'silent');
    const dir = mkdtempSync(join(tmpdir(), 'tend-busy-'));
    const file = join(dir, 'busy.sqlite');
    const holder = new Database(file);
    const writer = new Database(file);
    try {
      holder.pragma('journal_mode = WAL');
      holder.exec('CREATE TABLE t (x)');
      writer.pragma('busy_timeout = 0');
      holder.exec('BEGIN IMMEDIATE');
      const { dispatch, writes } = harness({ 'people.save': () => writer.prepare('INSERT INTO t VALUES (1)').run() as never });

      expect(await dispatch('people.save', { name: 'Ana' })).toEqual({ ok: false, error: { code: 'busy', message: DATABASE_BUSY_MESSAGE } });
      expect(writes).toEqual([]);
      holder.exec('ROLLBACK');
      expect(writer.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    } finally {
      holder.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a failing data.changed listener does not turn a committed write into an error', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = vi.fn(() => PERSON);
    const dispatch = createDispatcher(
      { ...harness().handlers, 'people.save': saved },
      () => {
        throw new Error('Object has been destroyed');
      },
    );

    const result = await dispatch('people.save', { name: 'Ana' });

    expect(saved).toHaveBeenCalledTimes(1);
    expect(expectOk(result)).toEqual(PERSON);
  });
});
