import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EventPayloads } from '../../../src/shared/contract';
import type { RosterPerson } from '../../../src/shared/archive';
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

    const confirmed = preview.rows.flatMap((r) => (r.person ? [r.person] : []));
    const outcome = expectOk(await tend.dispatch('roster.import', { rows: confirmed }));

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

  test('a bad row in the confirmed set is refused by the contract, naming it, and nothing is written', async () => {
    const { tend } = await openTestTend();
    const rows: RosterPerson[] = [
      { name: 'Ana Lima', preferredName: null, role: null, team: null, startedOn: null },
      { name: 'Kofi Mensah', preferredName: null, role: null, team: null, startedOn: '2024-13-01' },
    ];
    const error = expectError(await tend.dispatch('roster.import', { rows }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'rows.1.startedOn' });
    expect(expectOk(await tend.dispatch('people.list'))).toEqual([]);
  });

  test('an update for someone deleted meanwhile rolls back the whole roster', async () => {
    const { tend } = await openTestTend();
    const gone = expectOk(await tend.dispatch('people.save', { name: 'Gone Person' }));
    expectOk(await tend.dispatch('people.delete', { id: gone.id, confirmName: 'Gone Person' }));
    const error = expectError(
      await tend.dispatch('roster.import', {
        rows: [
          { name: 'Ana Lima', preferredName: null, role: null, team: null, startedOn: null },
          { personId: gone.id, name: 'Gone Person', preferredName: null, role: 'Lead', team: null, startedOn: null },
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'not_found', field: 'rows.1.personId' });
    expect(expectOk(await tend.dispatch('people.list'))).toEqual([]);
  });

  test('new people from a roster start on the Settings rhythm, as one added by hand would, unless the row gives a cadence', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('settings.set', { defaultCadenceDays: 14, defaultMaxDays: 30 }));
    const outcome = expectOk(
      await tend.dispatch('roster.import', {
        rows: [
          { name: 'Ana Lima', preferredName: null, role: null, team: null, startedOn: null },
          { name: 'Sam Rivera', preferredName: null, role: null, team: null, startedOn: null, cadenceDays: 7 },
          { name: 'Kofi Mensah', preferredName: null, role: null, team: null, startedOn: null, cadenceDays: 60 },
        ],
      }),
    );
    expect(outcome.created.map((p) => [p.name, p.cadenceDays, p.maxDays])).toEqual([
      ['Ana Lima', 14, 30],
      ['Sam Rivera', 7, 30],
      // A default maximum below the row's own cadence is left unset (twice the cadence), as people.save does.
      ['Kofi Mensah', 60, null],
    ]);
  });
});
