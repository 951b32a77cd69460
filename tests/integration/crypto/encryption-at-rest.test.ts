import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quickCheckOffThread } from '../../../src/core/backup/integrity-worker';
import { isPlaintextDatabase } from '../../../src/core/crypto/encrypt-existing';
import { BACKUP_DIR, openTend, WrongKeyError } from '../../../src/core/tend';
import { HOUR } from '../../fixtures/clock';
import { filesContaining, folderDigest, testEncryption } from '../../fixtures/encryption';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { tempDir } from '../../fixtures/temp-dir';

const MARKER = 'Quokka-marker: the tide comes in at seven';

describe('encryption at rest', () => {
  test('a new journal is encrypted: the database, its WAL and a backup hold no plaintext, and search still finds words', async () => {
    const encryption = await testEncryption();
    const { tend, dataDir } = await openTestTend({ encryption });
    const person = expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: MARKER }));

    const found = expectOk(await tend.dispatch('search.query', { query: 'quokka' }));
    expect(found.hits.length).toBe(1);
    const backup = expectOk(await tend.dispatch('backup.create'));
    expect(backup).toMatchObject({ people: 1, notes: 1 });

    expect(isPlaintextDatabase(join(dataDir, 'tend.sqlite'))).toBe(false);
    expect(isPlaintextDatabase(join(dataDir, BACKUP_DIR, backup.file))).toBe(false);
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    expect(filesContaining(dataDir, 'Ana Lima')).toEqual([]);
    // The integrity worker opens the file with the key on its own connection.
    expect(await quickCheckOffThread(join(dataDir, 'tend.sqlite'), { key: encryption.key.toString('hex') })).toBe(true);
    await tend.afterStart;
  });

  test('an existing plaintext journal and its backups are encrypted at open, verified, and nothing plaintext is left', async () => {
    const { tend: plain, dataDir, clock } = await openTestTend();
    const person = expectOk(await plain.dispatch('people.save', { name: 'Ben Okafor' }));
    expectOk(await plain.dispatch('notes.save', { personId: person.id, body: MARKER }));
    const oldBackup = expectOk(await plain.dispatch('backup.create'));
    plain.close();
    expect(isPlaintextDatabase(join(dataDir, 'tend.sqlite'))).toBe(true);
    expect(filesContaining(dataDir, MARKER).length).toBeGreaterThan(0);

    clock.advance(HOUR);
    const { tend } = await openTestTend({ dataDir, clock, encryption: await testEncryption() });

    const notes = expectOk(await tend.dispatch('timeline.page', { personId: person.id }));
    expect(JSON.stringify(notes)).toContain(MARKER);
    const backups = expectOk(await tend.dispatch('backup.list'));
    expect(backups.map((b) => b.reason).sort()).toEqual(['manual', 'pre-encryption']);
    expect(backups.find((b) => b.file === oldBackup.file)).toMatchObject({ people: 1, notes: 1 });
    expect(backups.find((b) => b.reason === 'pre-encryption')).toMatchObject({ people: 1, notes: 1 });
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    expect(readdirSync(dataDir).filter((name) => name.includes('incoming'))).toEqual([]);
    expect(readdirSync(join(dataDir, BACKUP_DIR)).filter((name) => name.includes('partial'))).toEqual([]);
  });

  test('the wrong key is a typed error and changes no byte in the data folder', async () => {
    const { tend, dataDir } = await openTestTend({ encryption: await testEncryption() });
    expectOk(await tend.dispatch('people.save', { name: 'Cleo Park' }));
    expectOk(await tend.dispatch('backup.create'));
    tend.close();
    const before = folderDigest(dataDir);

    const other = await testEncryption();
    await expect(openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', encryption: other })).rejects.toBeInstanceOf(WrongKeyError);
    expect(folderDigest(dataDir)).toEqual(before);
  });

  test('restoring an old plaintext backup encrypts it on its way in', async () => {
    const { tend: plain, dataDir: plainDir } = await openTestTend();
    expectOk(await plain.dispatch('people.save', { name: 'Dara Quinn' }));
    const plainBackup = expectOk(await plain.dispatch('backup.create'));
    plain.close();

    const encryption = await testEncryption();
    const { tend, dataDir } = await openTestTend({ dataDir: tempDir('tend-data'), encryption });
    // A plaintext backup arriving after encryption (copied in by hand) is still accepted.
    mkdirSync(join(dataDir, BACKUP_DIR), { recursive: true });
    copyFileSync(join(plainDir, BACKUP_DIR, plainBackup.file), join(dataDir, BACKUP_DIR, plainBackup.file));
    expectOk(await tend.dispatch('backup.restore', { file: plainBackup.file }));

    expect(expectOk(await tend.dispatch('people.list', {})).map((p) => p.name)).toEqual(['Dara Quinn']);
    expect(isPlaintextDatabase(join(dataDir, 'tend.sqlite'))).toBe(false);
    expect(filesContaining(dataDir, 'Dara Quinn')).toEqual([join(dataDir, BACKUP_DIR, plainBackup.file)]);
    expect(existsSync(join(dataDir, 'tend.sqlite-journal'))).toBe(false);
  });

  test('a JSON archive written with a passphrase holds no plaintext and imports only with that passphrase', async () => {
    const { tend } = await openTestTend({ encryption: await testEncryption() });
    const person = expectOk(await tend.dispatch('people.save', { name: 'Esme Wild' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: MARKER }));
    const exported = expectOk(await tend.dispatch('archive.export', { format: 'json', passphrase: 'archive passphrase' }));
    expect(readFileSync(exported.path, 'utf8')).not.toContain('Esme');
    expect(expectError(await tend.dispatch('archive.export', { format: 'markdown', passphrase: 'archive passphrase' })).field).toBe('passphrase');

    const { tend: other } = await openTestTend({ encryption: await testEncryption() });
    const source = { path: exported.path };
    expect(expectError(await other.dispatch('archive.previewImport', { source })).message).toBe('This archive is encrypted; enter its passphrase.');
    expect(expectError(await other.dispatch('archive.previewImport', { source, passphrase: 'not the one' })).message).toBe('That passphrase does not open this archive.');
    expect(expectOk(await other.dispatch('archive.previewImport', { source, passphrase: 'archive passphrase' }))).toBeTruthy();
    expectOk(await other.dispatch('archive.import', { source, mode: 'merge', passphrase: 'archive passphrase' }));
    expect(expectOk(await other.dispatch('people.list', {})).map((p) => p.name)).toEqual(['Esme Wild']);
    // Four passphrase derivations at the app's own cost (~0.5 s each on a quiet machine, several seconds under load).
  }, 60_000);
});
