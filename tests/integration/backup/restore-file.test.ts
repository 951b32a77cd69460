import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { testEncryption } from '../../fixtures/encryption';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { tempDir } from '../../fixtures/temp-dir';

test('backup.restoreFile restores a backup kept outside the data folder (encrypted with this key), as one from the list', async () => {
  const { tend, dataDir } = await openTestTend({ encryption: await testEncryption() });
  expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
  const taken = expectOk(await tend.dispatch('backup.create'));
  const elsewhere = join(tempDir('tend-kept'), 'tend-from-the-old-laptop.sqlite');
  copyFileSync(join(dataDir, 'backups', taken.file), elsewhere);
  expectOk(await tend.dispatch('people.save', { name: 'Ben Okafor' }));

  const outcome = expectOk(await tend.dispatch('backup.restoreFile', { path: elsewhere }));
  expect(outcome).toMatchObject({ restoredFrom: 'tend-from-the-old-laptop.sqlite', safetyBackup: { reason: 'pre-restore', people: 2 } });
  expect(expectOk(await tend.dispatch('people.list')).map((p) => p.name)).toEqual(['Ana Lima']);
  expect(readdirSync(dataDir).filter((name) => name.includes('incoming'))).toEqual([]);

  expect(expectError(await tend.dispatch('backup.restoreFile', { path: join(elsewhere, '..', 'gone.sqlite') }))).toEqual({
    code: 'not_found',
    field: 'path',
    message: 'That backup file could not be found.',
  });
  expect(expectError(await tend.dispatch('backup.restoreFile', { path: 'relative.sqlite' })).field).toBe('path');
});
