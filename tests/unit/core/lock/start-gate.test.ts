/**
 * The desktop app's start with a passphrase (issue 24): before the database opens, the window's
 * calls meet a gate that answers as a locked core does, tries the passphrase on a real key file,
 * waits after five wrong tries, and answers the right one only once the journal is open.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../src/core/crypto/keyring';
import { createStartGate } from '../../../../src/core/lock/start-gate';
import { TEST_SCRYPT_COST } from '../../../fixtures/encryption';
import { tempDir } from '../../../fixtures/temp-dir';

const PASSPHRASE = 'a walk by the river';

async function gateOnKeyFile(now: { value: Date }) {
  const file = join(tempDir('tend-start-gate'), 'tend.key');
  const made = createKeyring({ file, scryptCost: TEST_SCRYPT_COST });
  const key = await made.unlock(PASSPHRASE);
  // The app's keyring, as the desktop app opens it: the stored cost, not the test's, unwraps the key.
  const gate = createStartGate({ keyring: createKeyring({ file }), clock: () => now.value, newToken: () => 'window-token' });
  return { gate, key, file };
}

describe('the start gate', () => {
  it('says locked with a passphrase, and refuses every other call as locked', async () => {
    const { gate } = await gateOnKeyFile({ value: new Date('2026-12-07T09:00:00Z') });
    expect(await gate.dispatch('lock.status', {})).toEqual({ ok: true, value: { locked: true, passphrase: true, retryAt: null } });
    expect(await gate.dispatch('lock.lock', undefined)).toEqual({ ok: true, value: { locked: true, passphrase: true, retryAt: null } });
    for (const method of ['people.list', 'recovery.status', 'lock.activity', 'encryption.saveRecoveryKey', 42]) {
      expect(await gate.dispatch(method, {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(await gate.dispatch('lock.unlock', { passphrase: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('counts wrong passphrases, waits from the fifth, and takes the right one after the wait', async () => {
    const now = { value: new Date('2026-12-07T09:00:00Z') };
    const { gate } = await gateOnKeyFile(now);
    for (let tries = 1; tries <= 4; tries++) {
      expect(await gate.dispatch('lock.unlock', { passphrase: `wrong ${tries}` })).toEqual({ ok: true, value: { unlocked: false, reason: 'wrong', retryAt: null } });
    }
    expect(await gate.dispatch('lock.unlock', {})).toEqual({ ok: true, value: { unlocked: false, reason: 'wrong', retryAt: '2026-12-07T09:00:30.000Z' } });
    // Even the right passphrase waits: the wait is what makes guessing slow.
    expect(await gate.dispatch('lock.unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { unlocked: false, reason: 'wait', retryAt: '2026-12-07T09:00:30.000Z' } });
    expect(await gate.dispatch('lock.status', {})).toMatchObject({ value: { retryAt: '2026-12-07T09:00:30.000Z' } });

    now.value = new Date('2026-12-07T09:00:31Z');
    expect(await gate.dispatch('lock.unlock', { passphrase: 'wrong 6' })).toEqual({ ok: true, value: { unlocked: false, reason: 'wrong', retryAt: '2026-12-07T09:01:31.000Z' } });
    now.value = new Date('2026-12-07T09:01:31Z');
    const answer = gate.dispatch('lock.unlock', { passphrase: PASSPHRASE });
    gate.opened();
    expect(await answer).toEqual({ ok: true, value: { unlocked: true, unlockToken: 'window-token' } });
  });

  it('hands over the key the passphrase unwraps, and answers the unlock only once the journal is open', async () => {
    const { gate, key, file } = await gateOnKeyFile({ value: new Date('2026-12-07T09:00:00Z') });
    let answered = false;
    const answer = gate.dispatch('lock.unlock', { passphrase: PASSPHRASE }).then((result) => {
      answered = true;
      return result;
    });
    expect((await gate.key).equals(key)).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    gate.opened();
    expect(await answer).toEqual({ ok: true, value: { unlocked: true, unlockToken: 'window-token' } });
    // A second window (a reload) that unlocks after the key opened is answered at once.
    expect(await gate.dispatch('lock.unlock', { passphrase: PASSPHRASE })).toMatchObject({ value: { unlocked: true } });
    expect(existsSync(file)).toBe(true);
  });
});
