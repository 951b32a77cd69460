import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EventPayloads } from '../../../src/shared/contract';
import { ROSTER_CHUNK_ROWS, ROSTER_MAX_ROWS, type RosterPreview, type RosterRowPreview } from '../../../src/shared/archive';
import { bodyLimitFor } from '../../../src/host/server';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

const ROSTER = [
  'Name,Preferred name,Role,Team,Started on,Cadence',
  '"Rivera, Sam",,Staff Engineer,Platform,,14',
  'Ana Lima,Ani,Designer,Design,2024-02-12,',
  'Kofi Mensah,,Engineer,Mobile,not a date,',
].join('\n');

describe('the CSV team roster', () => {
  test('preview writes nothing; confirming creates and updates in one step, keeping what the roster leaves blank', async () => {
    const { tend, dataDir } = await openTestTend();
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera', pronunciation: 'SAM ree-VAIR-uh', startedOn: '2020-01-06', role: 'Engineer' }));
    const events: EventPayloads['data.changed'][] = [];
    tend.onDataChanged((e) => events.push(e));

    const preview = expectOk(await tend.dispatch('roster.preview', { csv: ROSTER }));
    expect(preview.rows.map((r) => r.action)).toEqual(['update', 'create', 'skip']);
    expect(preview.rows[2]!.issues).toEqual([{ field: 'startedOn', message: 'Enter a date as YYYY-MM-DD.' }]);
    expect(expectOk(await tend.dispatch('people.list'))).toHaveLength(1);
    expect(events).toEqual([]);

    const outcome = expectOk(await tend.dispatch('roster.import', { csv: ROSTER }));

    expect(outcome.created.map((p) => [p.name, p.preferredName, p.cadenceDays])).toEqual([['Ana Lima', 'Ani', 7]]);
    expect(outcome.updated).toEqual([
      expect.objectContaining({ id: sam.id, name: 'Sam Rivera', pronunciation: 'SAM ree-VAIR-uh', startedOn: '2020-01-06', role: 'Staff Engineer', team: 'Platform', cadenceDays: 14 }),
    ]);
    expect(outcome.backupFile).toMatch(/^tend-pre-import-/);
    expect(readdirSync(join(dataDir, 'backups'))).toContain(outcome.backupFile);
    expect(events).toEqual([{ method: 'roster.import', touches: ['people', 'profile', 'backups'] }]);

    // Previewing the same roster again now offers updates only: no duplicates.
    const again = expectOk(await tend.dispatch('roster.preview', { csv: ROSTER }));
    expect(again.rows.map((r) => r.action)).toEqual(['update', 'update', 'skip']);
  });

  test('a roster with no row that can be imported is refused before any backup is taken', async () => {
    const { tend, dataDir } = await openTestTend();
    const error = expectError(await tend.dispatch('roster.import', { csv: 'Name,Started on\nKofi Mensah,2024-13-01\n' }));
    expect(error).toEqual({ code: 'invalid_input', field: 'csv', message: 'No row of this roster can be imported; fix the rows the preview lists and try again.' });
    expect(expectOk(await tend.dispatch('people.list'))).toEqual([]);
    expect(existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).filter((f) => f.includes('pre-import')) : []).toEqual([]);
  });

  test('a row naming an archived person is refused as people.save refuses it, never updating them or adding a twin', async () => {
    const { tend } = await openTestTend();
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera', role: 'Engineer' }));
    expectOk(await tend.dispatch('people.archive', { id: sam.id }));
    expect(expectError(await tend.dispatch('people.save', { id: sam.id, name: 'Sam Rivera', role: 'Lead' })).code).toBe('conflict');

    const csv = 'Name,Role\nSam Rivera,Lead\nAna Lima,Designer\n';
    const preview = expectOk(await tend.dispatch('roster.preview', { csv }));
    expect(preview.rows.map((r) => [r.action, r.issues])).toEqual([
      ['skip', [{ field: 'name', message: 'Sam Rivera is archived. Restore them to make changes.' }]],
      ['create', []],
    ]);
    const outcome = expectOk(await tend.dispatch('roster.import', { csv }));
    expect(outcome.created.map((p) => p.name)).toEqual(['Ana Lima']);
    expect(outcome.updated).toEqual([]);
    const all = expectOk(await tend.dispatch('people.list', { includeArchived: true }));
    expect(all.map((p) => [p.name, p.role, p.archivedAt !== null])).toEqual([
      ['Ana Lima', 'Designer', false],
      ['Sam Rivera', 'Engineer', true],
    ]);
  });

  test(`a 10,000-row roster imports in one call and one transaction, in chunks of ${ROSTER_CHUNK_ROWS} with progress; over ${ROSTER_MAX_ROWS.toLocaleString('en-US')} rows is refused with a sentence`, async () => {
    const { tend } = await openTestTend();
    const csv = ['Name,Team', ...Array.from({ length: 10_000 }, (_, i) => `Person ${i + 1},Team ${i % 40}`)].join('\n');
    expect(rosterSummaryOf(expectOk(await tend.dispatch('roster.preview', { csv })))).toEqual({ create: 10_000, update: 0, skip: 0 });
    const progress: number[] = [];
    const outcome = await tend.archive.importRoster({ csv }, { onProgress: (p) => progress.push(p.done) });
    expect(outcome.created).toHaveLength(10_000);
    expect(progress).toEqual(Array.from({ length: 10_000 / ROSTER_CHUNK_ROWS }, (_, i) => (i + 1) * ROSTER_CHUNK_ROWS));
    expect(expectOk(await tend.dispatch('people.list'))).toHaveLength(10_000);
    // The web host takes a roster.import as large as a roster.preview (an upload), not the 1 MiB of other calls.
    expect(bodyLimitFor('roster.import')).toBe(bodyLimitFor('roster.preview'));

    const huge = ['Name', ...Array.from({ length: ROSTER_MAX_ROWS + 1 }, (_, i) => `P${i}`)].join('\n');
    expect(expectError(await tend.dispatch('roster.preview', { csv: huge }))).toEqual({
      code: 'invalid_input',
      field: 'csv',
      message: `This roster has ${(ROSTER_MAX_ROWS + 1).toLocaleString('en-US')} rows; Tend imports up to ${ROSTER_MAX_ROWS.toLocaleString('en-US')} at a time. Split the file and import each part.`,
    });
  }, 60_000);

  test('six roster imports at once each answer ok or busy, and the roster is written once', async () => {
    const { tend } = await openTestTend();
    const results = await Promise.all(Array.from({ length: 6 }, () => tend.dispatch('roster.import', { csv: 'Name\nAna Lima\nSam Rivera\n' })));
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.every((c) => c === 'ok' || c === 'busy'), codes.join()).toBe(true);
    expect(codes).toContain('ok');
    for (const r of results) if (!r.ok) expect(r.error.message).toBe('Tend is busy with an import; try again when it has finished.');
    expect(expectOk(await tend.dispatch('people.list')).map((p) => p.name)).toEqual(['Ana Lima', 'Sam Rivera']);
  });

  test('new people from a roster start on the Settings rhythm, as one added by hand would, unless the row gives a cadence', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('settings.set', { defaultCadenceDays: 14, defaultMaxDays: 30 }));
    const outcome = expectOk(await tend.dispatch('roster.import', { csv: 'Name,Cadence\nAna Lima,\nSam Rivera,7\nKofi Mensah,60\n' }));
    expect(outcome.created.map((p) => [p.name, p.cadenceDays, p.maxDays])).toEqual([
      ['Ana Lima', 14, 30],
      ['Sam Rivera', 7, 30],
      // A default maximum below the row's own cadence is left unset (twice the cadence), as people.save does.
      ['Kofi Mensah', 60, null],
    ]);
  });
});

function rosterSummaryOf(preview: RosterPreview): Record<RosterRowPreview['action'], number> {
  const count = (action: RosterRowPreview['action']) => preview.rows.filter((r) => r.action === action).length;
  return { create: count('create'), update: count('update'), skip: count('skip') };
}
