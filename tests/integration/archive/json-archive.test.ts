import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { COLUMN_SCHEMAS } from '../../../src/core/archive/archive-rows';
import { ARCHIVE_TABLES } from '../../../src/core/archive/tables';
import { LATEST_SCHEMA_VERSION } from '../../../src/core/db/migrate';
import { openTend, type Tend } from '../../../src/core/tend';
import { HOUR, pinnedClock } from '../../fixtures/clock';
import { openTestTend, TEST_START } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';
import { modeOf, removeTempDir } from '../../fixtures/temp-dir';

async function exportJson(tend: Tend): Promise<{ path: string; bytes: Buffer }> {
  const outcome = expectOk(await tend.dispatch('archive.export', { format: 'json' }));
  return { path: outcome.path, bytes: readFileSync(outcome.path) };
}

/** The backups folder's files (none before the first backup makes the folder). */
function backupsIn(dataDir: string): string[] {
  const folder = join(dataDir, 'backups');
  return existsSync(folder) ? readdirSync(folder) : [];
}

/** Every row of every table, as the archive lists them: what "nothing changed" means. */
async function everything(tend: Tend): Promise<unknown> {
  const { bytes } = await exportJson(tend);
  return (JSON.parse(bytes.toString('utf8')) as { tables: unknown }).tables;
}

describe('the JSON archive', () => {
  test('every column of every archived table is checked on import by a schema of its own', async () => {
    const { tend } = await openTestTend();
    const db = new BetterSqlite3(tend.databaseFile, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    const unchecked = ARCHIVE_TABLES.flatMap((table) =>
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((column) => !(column in COLUMN_SCHEMAS[table])).map((column) => `${table}.${column}`),
    );
    expect(unchecked).toEqual([]);
  });

  test('export → import into an empty data folder → export is byte-identical', async () => {
    const a = await openTestTend();
    await sampleTeam(a.tend);
    const first = await exportJson(a.tend);
    expect(first.path).toMatch(/\/exports\/tend-json-2026-11-23T14-00-00-000Z\.json$/);
    expect(modeOf(first.path)).toBe(0o600);
    const archive = JSON.parse(first.bytes.toString('utf8'));
    expect(archive).toMatchObject({ format: 'tend-archive', formatVersion: 1, appVersion: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: '2026-11-23T14:00:00.000Z' });
    expect(Object.keys(archive.tables)).toEqual([...ARCHIVE_TABLES].sort());
    expect(Object.values(archive.tables as Record<string, unknown[]>).every((rows) => rows.length > 0)).toBe(true);

    const b = await openTestTend();
    const preview = expectOk(await b.tend.dispatch('archive.previewImport', { source: { path: first.path } }));
    expect(preview.tables.people).toEqual({ inArchive: 4, existing: 0, newerInArchive: 0, here: 0, added: 4, changed: 0, removedByReplace: 0 });
    const imported = expectOk(await b.tend.dispatch('archive.import', { source: { path: first.path }, mode: 'merge' }));
    expect(imported).toMatchObject({ mode: 'merge', updated: 0, unchanged: 0, kept: 0, removed: 0 });
    const second = await exportJson(b.tend);

    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  test('merging the same archive again changes nothing; a newer edit wins either way, an equal stamp is the same edit', async () => {
    const a = await openTestTend();
    const people = await sampleTeam(a.tend);
    const original = await exportJson(a.tend);
    const b = await openTestTend();
    expectOk(await b.tend.dispatch('archive.import', { source: { path: original.path }, mode: 'replace' }));

    const again = expectOk(await b.tend.dispatch('archive.import', { source: { path: original.path }, mode: 'merge' }));
    expect(again).toMatchObject({ inserted: 0, updated: 0, kept: 0 });
    expect(again.unchanged).toBeGreaterThan(20);
    expect(await everything(b.tend)).toEqual(JSON.parse(original.bytes.toString('utf8')).tables);

    // Edited later in A: the archive's copy is newer and replaces B's.
    a.clock.advance(HOUR);
    expectOk(await a.tend.dispatch('people.save', { id: people[0]!.id, expectedUpdatedAt: people[0]!.updatedAt, name: 'Priya Raman-Shah' }));
    const edited = (await exportJson(a.tend)).path;
    // Edited even later in B: B's copy is newer and is kept.
    b.clock.advance(2 * HOUR);
    expectOk(await b.tend.dispatch('people.save', { id: people[1]!.id, expectedUpdatedAt: people[1]!.updatedAt, name: 'Sam Okafor Jr' }));
    const merged = expectOk(await b.tend.dispatch('archive.import', { source: { path: edited }, mode: 'merge' }));
    expect(merged).toMatchObject({ inserted: 0, updated: 1, kept: 1 });
    const names = expectOk(await b.tend.dispatch('people.list', { includeArchived: true })).map((p) => p.name);
    expect(names).toContain('Priya Raman-Shah');
    expect(names).toContain('Sam Okafor Jr');
  });

  test('replace makes the archive everything: records not in it are gone', async () => {
    const a = await openTestTend();
    await sampleTeam(a.tend);
    const archive = await exportJson(a.tend);
    const b = await openTestTend();
    const stranger = expectOk(await b.tend.dispatch('people.save', { name: 'Not In The Archive' }));
    expectOk(await b.tend.dispatch('notes.save', { personId: stranger.id, body: 'Only here.' }));

    const text = archive.bytes.toString('utf8');
    // The person and the note here are not in the archive: the preview counts them, and replacing needs that number.
    expect(expectOk(await b.tend.dispatch('archive.previewImport', { source: { text } })).removedByReplace).toBe(2);
    const unconfirmed = expectError(await b.tend.dispatch('archive.import', { source: { text }, mode: 'replace' }));
    expect(unconfirmed).toEqual({
      code: 'invalid_input',
      field: 'confirmRemoved',
      message: 'Replacing removes 2 records here that this archive does not have; confirm removing them to continue.',
    });
    expectError(await b.tend.dispatch('archive.import', { source: { text }, mode: 'replace', confirmRemoved: 1 }));
    expect(backupsIn(b.dataDir).filter((f) => f.includes('pre-import'))).toEqual([]);

    const outcome = expectOk(await b.tend.dispatch('archive.import', { source: { text }, mode: 'replace', confirmRemoved: 2 }));

    expect(outcome.removed).toBe(2);
    expect(outcome.backupFile).toMatch(/^tend-pre-import-/);
    expect((await exportJson(b.tend)).bytes.equals(archive.bytes)).toBe(true);
  });

  describe('refuses an archive it cannot trust, saying why, and changes nothing', () => {
    // One archive and one target folder for every case: each case is refused before anything is written (and checks
    // so), so the next starts from the same state. Opening, seeding and exporting two Tends per case was most of this file's time.
    let shared: { archive: Record<string, any>; b: { tend: Tend; dataDir: string }; confirmRemoved: number };
    const opened: Array<{ tend: Tend; dataDir: string }> = [];
    const open = async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tend-data-'));
      const tend = await openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', clock: pinnedClock(TEST_START) });
      opened.push({ tend, dataDir });
      return { tend, dataDir };
    };
    beforeAll(async () => {
      const a = await open();
      await sampleTeam(a.tend);
      const archive = JSON.parse((await exportJson(a.tend)).bytes.toString('utf8')) as Record<string, any>;
      const b = await open();
      await sampleTeam(b.tend, 3);
      // What a replace by the untouched archive removes, confirmed, so the refusal is the edit's doing.
      const confirmRemoved = expectOk(await b.tend.dispatch('archive.previewImport', { source: { text: JSON.stringify(archive) } })).removedByReplace;
      shared = { archive, b, confirmRemoved };
      // Two folders opened and seeded and one export: about a second here, many on a busy 2-core machine.
    }, 60_000);
    afterAll(() => {
      for (const { tend, dataDir } of opened) {
        tend.close();
        removeTempDir(dataDir);
      }
    });
    const edit = (archive: Record<string, unknown>, change: (a: Record<string, any>) => void) => {
      const copy = structuredClone(archive);
      change(copy);
      return JSON.stringify(copy);
    };
    test.each<[string, (archive: Record<string, any>) => string, RegExp]>([
      ['not JSON', () => '{"format": "tend-archive",', /not valid JSON/],
      ['not an archive', () => JSON.stringify({ hello: 'world' }), /not a Tend archive/],
      ['an unknown format version', (a) => edit(a, (c) => (c.formatVersion = 2)), /format 2, which this version of Tend cannot read/],
      ['a newer schema', (a) => edit(a, (c) => (c.schemaVersion = 99)), /newer version of Tend \(schema 99\)/],
      ['an unknown table', (a) => edit(a, (c) => (c.tables.secrets = [{ id: 'x' }])), /table this version of Tend does not know \(secrets\)/],
      ['an unknown column', (a) => edit(a, (c) => (c.tables.people[0].shoe_size = 42)), /field Tend does not know \(shoe_size\)/],
      ['a row without an id', (a) => edit(a, (c) => delete c.tables.notes[0].id), /Record 1 of notes in that archive has no id/],
      ['a value of the wrong kind', (a) => edit(a, (c) => (c.tables.people[0].name = { first: 'Ana' })), /Record 1 of people in that archive has name: Name must be text\./],
      ['a number out of range', (a) => edit(a, (c) => (c.tables.people[0].cadence_days = 999)), /Record 1 of people in that archive has cadence_days: Cadence must be at most 365 days\./],
      ['a NUL in a body', (a) => edit(a, (c) => (c.tables.notes[0].body = 'a\u0000b')), /Record 1 of notes .* has body: Note contains an invisible control character/],
      ['a lone surrogate in a body', (a) => edit(a, (c) => (c.tables.notes[0].body = 'a\ud800b')), /Record 1 of notes .* has body: Note contains a broken character/],
      ['invisible-only required text', (a) => edit(a, (c) => (c.tables.notes[0].body = '\u200b')), /has body: Note cannot be empty\./],
      ['a path for an id', (a) => edit(a, (c) => (c.tables.notes[0].id = '../../x')), /Record 1 of notes .* has id: This id is not a valid identifier\./],
      ['a day that does not exist', (a) => edit(a, (c) => (c.tables.notes[0].noted_on = '2026-02-30')), /has noted_on: That date does not exist\./],
      ['a time in words', (a) => edit(a, (c) => (c.tables.notes[0].updated_at = 'yesterday')), /has updated_at: A time must be an ISO date and time/],
      ['a number for a body', (a) => edit(a, (c) => (c.tables.notes[0].body = 5)), /has body: Note must be text\./],
      ['a kind Tend does not have', (a) => edit(a, (c) => (c.tables.notes[0].kind = 'gossip')), /has kind: Must be one of: one_on_one/],
      ['a control character in the journal', (a) => edit(a, (c) => (c.tables.journal_entries[0].body = 'a\u0007b')), /journal_entries .* has body: The entry contains an invisible control character/],
      ['a __proto__ table', (a) => JSON.stringify(a).replace('"tables":{', '"tables":{"__proto__":[],'), /table this version of Tend does not know \(__proto__\)/],
      ['a list for the tables', (a) => edit(a, (c) => (c.tables = [])), /damaged or was edited \(tables is not as Tend writes it\)/],
      ['a setting Tend does not have', (a) => edit(a, (c) => (c.settings.shoeSize = 42)), /settings are not as Tend writes them \("shoeSize" is not a setting Tend knows\.\)/],
      ['a reminder time that is no time', (a) => edit(a, (c) => (c.settings.digestTime = '25:99')), /settings are not as Tend writes them \(Digest time must be a time like 09:00/],
      ['a record twice', (a) => edit(a, (c) => c.tables.notes.push(c.tables.notes[0])), /Record \d+ of notes in that archive repeats /],
      ['a note about no one', (a) => edit(a, (c) => (c.tables.notes[0].person_id = '6f1c2f4e-8a57-4c1e-9d2b-3c4d5e6f7a8b')), /Record 1 of notes .* refers to people 6f1c2f4e-8a57-4c1e-9d2b-3c4d5e6f7a8b, which is neither in the archive nor here\./],
      ['a row the database refuses', (a) => edit(a, (c) => (c.tables.goals[0].status = c.tables.goals[0].kind === 'goal' ? 'resolved' : 'achieved')), /could not be imported \(CHECK constraint failed/],
    ])('%s', async (_, make, why) => {
      const { archive, b, confirmRemoved } = shared;
      // Read afresh for each case: a case that wrote would fail here on its own, not in the cases after it.
      const before = await everything(b.tend);
      const backups = backupsIn(b.dataDir);
      for (const mode of ['replace', 'merge'] as const) {
        const error = expectError(await b.tend.dispatch('archive.import', { source: { text: make(archive) }, mode, confirmRemoved }));
        expect(error, error.message).toMatchObject({ code: 'invalid_input', field: 'source' });
        expect(error.message).toMatch(why);
      }
      expect(await everything(b.tend)).toEqual(before);
      // Refused before anything was written: no backup was taken for it.
      expect(backupsIn(b.dataDir).filter((f) => !backups.includes(f))).toEqual([]);
    });
  });

  test('an archive with no tables does not empty the database unless the user confirms how much goes', async () => {
    const { tend, dataDir } = await openTestTend();
    await sampleTeam(tend);
    const before = await everything(tend);
    const empty = JSON.stringify({ format: 'tend-archive', formatVersion: 1, appVersion: '0.0.0-test', schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: '2026-11-01T10:00:00.000Z', tables: {} });
    const preview = expectOk(await tend.dispatch('archive.previewImport', { source: { text: empty } }));
    const here = Object.values(preview.tables).reduce((sum, t) => sum + t.here, 0);
    expect(here).toBeGreaterThan(10);
    expect(preview.removedByReplace).toBe(here);

    const error = expectError(await tend.dispatch('archive.import', { source: { text: empty }, mode: 'replace' }));
    expect(error.field).toBe('confirmRemoved');
    expect(error.message).toBe(`Replacing removes ${here} records here that this archive does not have; confirm removing them to continue.`);
    expect(await everything(tend)).toEqual(before);
    expect(backupsIn(dataDir).filter((f) => f.includes('pre-import'))).toEqual([]);
  });

  test('the archive carries the Settings, reminders included: a replace brings them over, a merge keeps the ones here', async () => {
    const a = await openTestTend();
    await sampleTeam(a.tend);
    const chosen = { digestTime: '07:45', reflectionTime: '18:10', quietHours: { start: '21:00', end: '07:00' }, workdays: [1, 2, 3, 4], defaultCadenceDays: 10 };
    expectOk(await a.tend.dispatch('settings.set', chosen));
    const archive = await exportJson(a.tend);
    expect(JSON.parse(archive.bytes.toString('utf8')).settings).toMatchObject(chosen);
    const settingsOf = async (t: Tend) => expectOk(await t.dispatch('settings.get'));

    const merged = await openTestTend();
    expectOk(await merged.tend.dispatch('archive.import', { source: { path: archive.path }, mode: 'merge' }));
    expect(await settingsOf(merged.tend)).toEqual(expectOk(await (await openTestTend()).tend.dispatch('settings.get')));

    const replaced = await openTestTend();
    expectOk(await replaced.tend.dispatch('archive.import', { source: { path: archive.path }, mode: 'replace' }));
    expect(await settingsOf(replaced.tend)).toEqual(await settingsOf(a.tend));
    // The round trip is lossless, Settings included.
    expect((await exportJson(replaced.tend)).bytes.equals(archive.bytes)).toBe(true);
  });

  test('an archive starting with a byte-order mark is read', async () => {
    const a = await openTestTend();
    await sampleTeam(a.tend);
    const archive = await exportJson(a.tend);
    const b = await openTestTend();
    const text = `\uFEFF${archive.bytes.toString('utf8')}`;
    expect(expectOk(await b.tend.dispatch('archive.previewImport', { source: { text } })).tables.people?.added).toBe(4);
    expectOk(await b.tend.dispatch('archive.import', { source: { text }, mode: 'merge' }));
    expect((await exportJson(b.tend)).bytes.equals(archive.bytes)).toBe(true);
  });

  test('a cancelled export leaves no file, and a cancelled import changes nothing', async () => {
    const { tend, dataDir } = await openTestTend();
    await sampleTeam(tend);
    const controller = new AbortController();
    const progress: number[] = [];
    const cancelled = tend.archive.exportData({ format: 'json' }, { signal: controller.signal, onProgress: (p) => (progress.push(p.done), controller.abort()) });
    await expect(cancelled).rejects.toThrow(/export was cancelled; no file was written/);
    expect(progress).toHaveLength(1);
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([]);

    const markdown = tend.archive.exportData({ format: 'markdown' }, { signal: controller.signal });
    await expect(markdown).rejects.toThrow(/cancelled/);
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([]);

    const archive = (await exportJson(tend)).path;
    const before = await everything(tend);
    expectOk(await tend.dispatch('people.save', { name: 'Added After Export' }));
    const during = new AbortController();
    const importing = tend.archive.importData({ source: { path: archive }, mode: 'replace', confirmRemoved: 1 }, { signal: during.signal, onProgress: (p) => p.step === 'notes' && during.abort() });
    await expect(importing).rejects.toThrow(/import was cancelled; nothing was changed/);
    const after = (await everything(tend)) as { people: { name: string }[] };
    expect(after.people.map((p) => p.name)).toContain('Added After Export');
    expect(after).not.toEqual(before);
    expect(existsSync(archive)).toBe(true);
  });
});
