import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../src/renderer/app/api';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import {
  backUpNow,
  downloadHref,
  exportData,
  importArchive,
  importRoster,
  loadDataOverview,
  previewArchive,
  previewRoster,
  restoreBackup,
} from '../../../../src/renderer/features/settings/data/data-actions';
import { rowOutcome } from '../../../../src/renderer/features/settings/data/roster-display';
import { expectOk } from '../../../fixtures/results';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

async function names(core: CoreBridge): Promise<string[]> {
  return expectOk(await core.tend.dispatch('people.list', { includeArchived: true }))
    .map((person) => person.name)
    .sort();
}

describe('Settings → Data, from the page to the core and back', () => {
  it('lists the data folder and backups, and “Back up now” adds one you made', async () => {
    const core = await bridgeOverCore();
    const before = await loadDataOverview();

    const backup = await backUpNow();

    const after = await loadDataOverview();
    expect(after.status.dataDir).toBe(core.dataDir);
    expect(after.status.databaseSize).toBeGreaterThan(0);
    expect(backup).toMatchObject({ reason: 'manual', people: 0, notes: 0 });
    expect(after.backups.map((b) => b.file)).toEqual([backup?.file, ...before.backups.map((b) => b.file)]);
    expect(toasts.items[0]?.message).toMatch(/^Backed up: \d[\d.,]* (KB|bytes) in the backups folder\.$/);
  });

  it('restores a backup, keeping what was there as a safety backup, and says so', async () => {
    const core = await bridgeOverCore();
    expectOk(await core.tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const backup = await backUpNow();
    expectOk(await core.tend.dispatch('people.save', { name: 'Ines García' }));

    await restoreBackup(backup!);

    expect(await names(core)).toEqual(['Sam Rivera']);
    const { backups } = await loadDataOverview();
    expect(backups[0]?.reason).toBe('pre-restore');
    expect(backups[0]?.people).toBe(2);
    expect(toasts.items[0]?.message).toBe(`Restored. What you had just before is kept as a backup too (${backups[0]?.file}).`);
  });

  it('a refused restore rejects with its one sentence and changes nothing', async () => {
    const core = await bridgeOverCore();
    expectOk(await core.tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const backup = await backUpNow();
    const missing = { ...backup!, file: backup!.file.replace('manual', 'daily') };

    const failure = await restoreBackup(missing).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error.message).toBe('That backup could not be found.');
    expect(await names(core)).toEqual(['Sam Rivera']);
  });

  it('exports into the data folder and offers it at a download address carrying the token', async () => {
    const core = await bridgeOverCore();
    expectOk(await core.tend.dispatch('people.save', { name: 'Sam Rivera' }));

    const outcome = await exportData('json');

    expect(outcome.path.startsWith(core.dataDir)).toBe(true);
    expect(JSON.parse(readFileSync(outcome.path, 'utf8'))).toMatchObject({ schemaVersion: expect.any(Number) });
    expect(downloadHref(outcome, 'a b/c')).toBe(`/exports/${outcome.name}?token=a%20b%2Fc`);
  });

  it('previews an archive without writing, then merges it; importing it again changes nothing', async () => {
    const source = await bridgeOverCore();
    expectOk(await source.tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const text = readFileSync((await exportData('json')).path, 'utf8');
    const target = await bridgeOverCore();
    expectOk(await target.tend.dispatch('people.save', { name: 'Ines García' }));

    const preview = await previewArchive(text);

    expect(preview.tables.people).toEqual({ inArchive: 1, existing: 0, newerInArchive: 0, here: 1, added: 1, changed: 0, removedByReplace: 1 });
    expect(await names(target)).toEqual(['Ines García']);

    await importArchive(text, 'merge', 0);
    expect(await names(target)).toEqual(['Ines García', 'Sam Rivera']);
    expect(toasts.items[0]?.message).toBe('Imported: 1 added, 0 updated.');

    await importArchive(text, 'merge', 0);
    expect(toasts.items[0]?.message).toBe('Imported: nothing was different, so nothing changed.');
  });

  it('replaces everything with an archive when asked', async () => {
    const source = await bridgeOverCore();
    expectOk(await source.tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const text = readFileSync((await exportData('json')).path, 'utf8');
    const target = await bridgeOverCore();
    expectOk(await target.tend.dispatch('people.save', { name: 'Ines García' }));

    await importArchive(text, 'replace', 1);

    expect(await names(target)).toEqual(['Sam Rivera']);
    expect(toasts.items[0]?.message).toBe('Imported: 1 added, 0 updated, 1 removed first.');
  });

  it('refuses something that is not an archive with one sentence', async () => {
    await bridgeOverCore();
    const failure = await previewArchive('name,role\nSam,Engineer').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error.code).toBe('invalid_input');
  });

  it('previews a roster (guessed columns, matches, row problems), remaps, and imports only the valid rows', async () => {
    const core = await bridgeOverCore();
    const sam = expectOk(await core.tend.dispatch('people.save', { name: 'Sam Rivera', role: 'Engineer' }));
    const csv = 'Full name,Job title,Department,Start date\n"Rivera, Sam",Staff engineer,Platform,2021-03-15\nPriya Raman,Designer,Growth,not a date\nMei Chen,Engineer,Payments,2024-01-08\n';

    const preview = await previewRoster(csv);

    expect(preview.mapping).toMatchObject({ name: 0, role: 1, team: 2, startedOn: 3, preferredName: null });
    expect(preview.rows.map((row) => row.action)).toEqual(['update', 'skip', 'create']);
    expect(rowOutcome(preview.rows[0]!)).toBe('Will update Sam Rivera');
    expect(rowOutcome(preview.rows[1]!)).toMatch(/^Started on: /);
    expect(await names(core)).toEqual(['Sam Rivera']);

    const remapped = await previewRoster(csv, { mapping: { ...preview.mapping, startedOn: null } });
    expect(remapped.rows.map((row) => row.action)).toEqual(['update', 'create', 'create']);

    await importRoster(csv, {});

    expect(await names(core)).toEqual(['Mei Chen', 'Sam Rivera']);
    expect(expectOk(await core.tend.dispatch('people.get', { id: sam.id }))).toMatchObject({ role: 'Staff engineer', team: 'Platform' });
    expect(toasts.items[0]?.message).toBe('Team roster imported: 1 added, 1 updated.');
  });
});
