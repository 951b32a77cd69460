import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { createKeyring } from '../src/core/crypto/keyring';
import { DEFAULT_SCRYPT_COST, seal } from '../src/core/crypto/passphrase-seal';
import { openTend, type Tend } from '../src/core/tend';
import type { MethodName } from '../src/shared/contract';
import { BENCH_NOW, dataset } from './datasets';
import { cpuPerCall, measure, measurePair, summarise, type Sample } from './measure';
import { ratio, type Row } from './report';

/**
 * Encryption at rest against the same journal in plaintext, in the same run (issue 24): the same
 * calls on two copies of the 1× team, one encrypted (SQLCipher 4 format through SQLite3MultipleCiphers),
 * interleaved so load from the rest of the machine lands on both.
 */

async function call(tend: Tend, method: MethodName, input: unknown): Promise<unknown> {
  const result = await tend.dispatch(method, input as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const READ_GOAL = '≤ 1.3× plaintext median';

function versus(what: string, encrypted: Sample, plain: Sample, goal: string, limit: number): Row {
  return {
    part: 'encryption',
    what,
    unit: 'ms',
    value: encrypted,
    baseline: { what: 'the same call, plaintext', value: plain },
    goal,
    pass: ratio(encrypted, plain) <= limit,
  };
}

/** Opening Tend (to its first answer) and closing it, `runs` times, encrypted and plaintext interleaved. */
async function startUps(open: { encrypted: () => Promise<Tend>; plain: () => Promise<Tend> }, runs: number): Promise<[Sample, Sample]> {
  const once = async (start: () => Promise<Tend>) => {
    const tend = await start();
    await call(tend, 'app.info', {});
    tend.close();
  };
  return measurePair(() => once(open.encrypted), () => once(open.plain), runs, 1);
}

export async function benchEncryption(quick: boolean): Promise<Row[]> {
  const runs = quick ? 40 : 300;
  // A durable save is mostly its fsync, whose time varies far more than the cipher's work: enough
  // pairs that the medians are the disk's usual time on both sides, not a few lucky or unlucky flushes.
  const saveRuns = quick ? 60 : 400;
  const data = await dataset('1×');
  const scratch = mkdtempSync(join(tmpdir(), 'tend-bench-encryption-'));
  try {
    const plainDir = join(scratch, 'plain');
    const encryptedDir = join(scratch, 'encrypted');
    cpSync(data.dataDir, plainDir, { recursive: true });
    cpSync(data.dataDir, encryptedDir, { recursive: true });
    const keyring = createKeyring({ file: join(scratch, 'key', 'tend.key') });
    const key = await keyring.unlock();
    const encryption = { key, keyring, keychainBackend: null, recoveryDir: scratch };
    const options = { appVersion: 'bench', host: 'web' as const, clock: clockStartingAt(BENCH_NOW) };
    const openEncrypted = () => openTend({ ...options, dataDir: encryptedDir, encryption });
    const openPlain = () => openTend({ ...options, dataDir: plainDir });

    // The first encrypted open converts the copy (a verified encrypted copy, then a rename): timed once.
    const conversionStart = performance.now();
    (await openEncrypted()).close();
    const conversion = performance.now() - conversionStart;

    const [startEncrypted, startPlain] = await startUps({ encrypted: openEncrypted, plain: openPlain }, quick ? 5 : 15);

    const encrypted = await openEncrypted();
    const plain = await openPlain();
    try {
      const id = data.focusId;
      const [page, pagePlain] = await measurePair(() => call(encrypted, 'timeline.page', { personId: id, limit: 50 }), () => call(plain, 'timeline.page', { personId: id, limit: 50 }), runs, 100);
      const [profile, profilePlain] = await measurePair(() => call(encrypted, 'people.profile', { id }), () => call(plain, 'people.profile', { id }), runs, 100);
      const [list, listPlain] = await measurePair(() => call(encrypted, 'people.list', {}), () => call(plain, 'people.list', {}), Math.max(10, Math.floor(runs / 4)), 100);
      const [search, searchPlain] = await measurePair(() => call(encrypted, 'search.query', { query: 'review' }), () => call(plain, 'search.query', { query: 'review' }), Math.max(10, Math.floor(runs / 4)), 20);
      const other = data.personIds[0]!;
      const note = { personId: other, kind: 'observation', body: 'A quick note after the stand-up.' };
      const [save, savePlain] = await measurePair(() => call(encrypted, 'notes.save', note), () => call(plain, 'notes.save', note), saveRuns, 20);
      // The cipher's own share, apart from the disk: CPU per save, in alternating blocks.
      const cpu = { encrypted: [] as number[], plain: [] as number[] };
      for (let block = 0; block < (quick ? 2 : 6); block++) {
        cpu.encrypted.push(await cpuPerCall(() => call(encrypted, 'notes.save', note), 25));
        cpu.plain.push(await cpuPerCall(() => call(plain, 'notes.save', note), 25));
      }
      const cpuEncrypted = summarise(cpu.encrypted).median;
      const cpuPlain = summarise(cpu.plain).median;
      const [backup, backupPlain] = await measurePair(() => call(encrypted, 'backup.create', {}), () => call(plain, 'backup.create', {}), quick ? 3 : 8, 1);
      const derivation = await measure(() => seal(key, 'a passphrase typed at start', DEFAULT_SCRYPT_COST), quick ? 2 : 5, 0);
      const startDelta = startEncrypted.median - startPlain.median;
      return [
        {
          ...versus('durable notes.save, encrypted', save, savePlain, '≤ 1.5× the plaintext save', 1.5),
          note: `CPU per save ${cpuEncrypted.toFixed(2)} ms against ${cpuPlain.toFixed(2)} ms plaintext (the rest is the fsync, the same on both)`,
        },
        versus('timeline.page, first 50 of the focus person, encrypted', page, pagePlain, READ_GOAL, 1.3),
        versus('people.profile, encrypted', profile, profilePlain, READ_GOAL, 1.3),
        versus('people.list, encrypted', list, listPlain, READ_GOAL, 1.3),
        versus('search.query "review", encrypted', search, searchPlain, READ_GOAL, 1.3),
        {
          part: 'encryption',
          what: 'start-up to the first answer, encrypted (key at hand: derivation excluded)',
          unit: 'ms',
          value: startEncrypted,
          baseline: { what: 'plaintext start-up', value: startPlain },
          goal: '≤ 50 ms added',
          pass: startDelta <= 50,
          note: `adds ${startDelta.toFixed(1)} ms`,
        },
        { part: 'encryption', what: 'backup (VACUUM INTO), encrypted', unit: 'ms', value: backup, baseline: { what: 'the same, plaintext', value: backupPlain }, goal: 'informational', pass: null },
        { part: 'encryption', what: 'key derivation (scrypt N=2^17, r=8, p=1) for a passphrase', unit: 'ms', value: derivation, goal: 'informational: ~0.5 s on a quiet machine', pass: null },
        { part: 'encryption', what: 'encrypting the existing 1× journal at first open (verified copy, rename)', unit: 'ms', value: summarise([conversion]), goal: 'informational: once per journal', pass: null },
      ];
    } finally {
      encrypted.close();
      plain.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
