/**
 * Encrypting an existing plaintext journal is crash-safe: the crash writer is started with a key on a
 * plaintext data folder and SIGKILLed at seeded moments spread over the encryption it does as it
 * opens. After each kill the database file is whole — the old plaintext or the new encrypted one —
 * with every note; the next start finishes the work and nothing plaintext is left.
 */
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isPlaintextDatabase } from '../../../src/core/crypto/encrypt-existing';
import { openTend } from '../../../src/core/tend';
import { buildCrashWriter, keyInFile } from '../../fixtures/crash/crash-rounds';
import { filesContaining, testEncryption } from '../../fixtures/encryption';
import { expectOk } from '../../fixtures/results';
import { seededRandom } from '../../fixtures/seeded-random';
import { countOnDisk } from '../../fixtures/sqlite-file';
import { tempDir } from '../../fixtures/temp-dir';

const NOTES = 300;
const MARKER = 'Plaintext-before-encryption';

let writer: Awaited<ReturnType<typeof buildCrashWriter>>;
beforeAll(async () => {
  writer = await buildCrashWriter();
}, 60_000);
afterAll(() => writer?.dispose());

/**
 * Starts the writer with a key and kills it after `delayMs` (or once it is ready, if sooner); resolves
 * with how long it ran when it is gone.
 */
function startAndKill(dataDir: string, keyFile: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [writer.file, dataDir, '1', keyFile], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TEND_LOG_LEVEL: 'silent' } });
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(kill, delayMs);
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && kill());
    child.once('error', reject);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
  });
}

function copyOf(plainDir: string): { dataDir: string; keyFile: string } {
  const dataDir = join(tempDir('tend-encrypting'), 'data');
  cpSync(plainDir, dataDir, { recursive: true });
  return { dataDir, keyFile: join(tempDir('tend-key'), 'tend.key') };
}

test('a SIGKILL at any moment of the encryption leaves the old file or the new one, whole, and the next start finishes it', async () => {
  const plainDir = tempDir('tend-plain');
  const tend = await openTend({ dataDir: plainDir, appVersion: '0.0.0-test', host: 'web' });
  const person = expectOk(await tend.dispatch('people.save', { name: 'Ada Crash' }));
  for (let n = 0; n < NOTES; n++) expectOk(await tend.dispatch('notes.save', { personId: person.id, body: `${MARKER} ${n}` }));
  tend.close();

  // An unkilled start (to ready) on this machine, now: the encryption is its last part, so the kills
  // are spread over all but its first tenth.
  const calibration = copyOf(plainDir);
  const toReady = await startAndKill(calibration.dataDir, calibration.keyFile, 60_000);
  const random = seededRandom(20261207);
  const states = new Set<string>();
  for (let round = 0; round < 8; round++) {
    const { dataDir, keyFile } = copyOf(plainDir);
    await startAndKill(dataDir, keyFile, Math.floor(toReady * (0.1 + random() * 0.9)));
    const file = join(dataDir, 'tend.sqlite');
    const plaintext = isPlaintextDatabase(file);
    states.add(plaintext ? 'old' : 'new');
    // The file is whole either way, with every note.
    expect(countOnDisk(file, 'notes', plaintext ? undefined : keyInFile(keyFile)), `round ${round}`).toBe(NOTES);

    const encryption = await testEncryption({ keyFile });
    const reopened = await openTend({ dataDir, appVersion: '0.0.0-test', host: 'web', encryption });
    expect(expectOk(await reopened.dispatch('timeline.page', { personId: person.id, limit: 1 })).items.length).toBe(1);
    reopened.close();
    expect(countOnDisk(file, 'notes', keyInFile(keyFile))).toBe(NOTES);
    expect(filesContaining(dataDir, MARKER), `round ${round}`).toEqual([]);
  }
  console.log(`start to ready ${Math.round(toReady)} ms; killed leaving the file: ${[...states].join(' and ')}`);
}, 120_000);
