import { describe, expect, it } from 'vitest';
import type { PassphraseCheck } from '../../../src/core/crypto/unlock';
import { createLock } from '../../../src/core/lock/lock-service';
import { HOST_CALLER } from '../../../src/core/dispatch';
import { openTend } from '../../../src/core/tend';
import { MINUTE, pinnedClock } from '../../fixtures/clock';
import { fakeTimers } from '../../fixtures/fake-timers';
import { TEST_START } from '../../fixtures/open-test-tend';
import { tempDir } from '../../fixtures/temp-dir';
import { onTestFinished } from 'vitest';

const NOTE = 'Marker: Sam is worried about his mother’s surgery';

/** A key store with a passphrase set, as the encryption engineer's implements it. */
function passphrase(right = 'correct horse'): PassphraseCheck & { checked: string[] } {
  const checked: string[] = [];
  return {
    checked,
    hasPassphrase: () => true,
    check: async (given) => {
      checked.push(given);
      return given === right ? 'ok' : 'wrong';
    },
  };
}

async function openLockedTend(check: PassphraseCheck) {
  const clock = pinnedClock(TEST_START);
  const tend = await openTend({ dataDir: tempDir('tend-lock'), appVersion: '0.0.0-test', host: 'web', clock, passphrase: check });
  onTestFinished(() => tend.close());
  const person = await tend.dispatch('people.save', { name: 'Sam Okafor' });
  if (!person.ok) throw new Error(person.error.message);
  const note = await tend.dispatch('notes.save', { personId: person.value.id, body: NOTE });
  if (!note.ok) throw new Error(note.error.message);
  return { tend, clock, personId: person.value.id };
}

describe('the lock over the contract', () => {
  it('refuses every method but its own while locked, with a typed error that reveals nothing', async () => {
    const { tend, personId } = await openLockedTend(passphrase());
    const changes: boolean[] = [];
    tend.lock.onChange((locked) => changes.push(locked));
    expect(await tend.dispatch('lock.lock', {})).toEqual({ ok: true, value: { locked: true, passphrase: true, retryAt: null } });
    expect(changes).toEqual([true]);
    for (const [method, input] of [
      ['timeline.page', { personId }],
      ['people.list', {}],
      ['search.query', { query: 'surgery' }],
      ['app.info', {}],
      ['lock.activity', {}],
    ] as const) {
      const answer = await tend.dispatch(method, input);
      expect(answer, method).toEqual({ ok: false, error: { code: 'locked', message: 'Tend is locked. Unlock it to go on.' } });
    }
    // A write is refused before it runs: nothing is saved while locked.
    expect((await tend.dispatch('notes.save', { personId, body: 'typed at a locked screen' })).ok).toBe(false);
    expect(await tend.dispatch('lock.status', {})).toMatchObject({ ok: true, value: { locked: true, passphrase: true } });
    // The host's own process (the tray) is not a window: it still pauses reminders.
    expect(await tend.dispatch('reminders.pause', { until: null }, HOST_CALLER)).toMatchObject({ ok: true });
  });

  it('unlocks with the passphrase only; the fresh token is then required, and a new lock voids it', async () => {
    const check = passphrase();
    const { tend, personId } = await openLockedTend(check);
    await tend.dispatch('lock.lock', {});
    expect(await tend.dispatch('lock.unlock', {})).toMatchObject({ ok: true, value: { unlocked: false, reason: 'wrong' } });
    expect(await tend.dispatch('lock.unlock', { passphrase: 'wrong horse' })).toMatchObject({ ok: true, value: { unlocked: false, reason: 'wrong' } });
    const unlocked = await tend.dispatch('lock.unlock', { passphrase: 'correct horse' });
    if (!unlocked.ok || !unlocked.value.unlocked) throw new Error('did not unlock');
    const caller = { unlockToken: unlocked.value.unlockToken };
    expect(check.checked).toEqual(['wrong horse', 'correct horse']);

    const page = await tend.dispatch('timeline.page', { personId }, caller);
    expect(JSON.stringify(page)).toContain(NOTE);
    // Without the token (another window, or a caller that only has the session), nothing is revealed.
    for (const other of [{}, { unlockToken: 'guessed' }]) {
      const refused = await tend.dispatch('timeline.page', { personId }, other);
      expect(refused).toEqual({ ok: false, error: { code: 'locked', message: 'Tend is locked. Unlock it to go on.' } });
      expect(await tend.dispatch('lock.status', {}, other)).toMatchObject({ ok: true, value: { locked: true } });
    }
    expect(await tend.dispatch('lock.status', {}, caller)).toMatchObject({ ok: true, value: { locked: false } });

    await tend.dispatch('lock.lock', {}, caller);
    expect((await tend.dispatch('timeline.page', { personId }, caller)).ok).toBe(false);
  });

  it('makes the sixth try wait after five wrong ones, growing, and counts no try while waiting', async () => {
    const check = passphrase();
    const { tend, clock } = await openLockedTend(check);
    await tend.dispatch('lock.lock', {});
    for (let i = 0; i < 4; i++) {
      expect(await tend.dispatch('lock.unlock', { passphrase: `guess ${i}` })).toMatchObject({ ok: true, value: { reason: 'wrong', retryAt: null } });
    }
    expect(await tend.dispatch('lock.unlock', { passphrase: 'guess 5' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'wrong', retryAt: '2026-11-23T14:00:30.000Z' },
    });
    // Even the right passphrase waits: the check is not even asked.
    expect(await tend.dispatch('lock.unlock', { passphrase: 'correct horse' })).toEqual({
      ok: true,
      value: { unlocked: false, reason: 'wait', retryAt: '2026-11-23T14:00:30.000Z' },
    });
    expect(check.checked).toHaveLength(5);
    expect(await tend.dispatch('lock.status', {})).toMatchObject({ ok: true, value: { retryAt: '2026-11-23T14:00:30.000Z' } });
    clock.advance(30_000);
    expect(await tend.dispatch('lock.unlock', { passphrase: 'guess 6' })).toMatchObject({
      ok: true,
      value: { reason: 'wrong', retryAt: '2026-11-23T14:01:30.000Z' },
    });
    clock.advance(60_000);
    expect(await tend.dispatch('lock.unlock', { passphrase: 'correct horse' })).toMatchObject({ ok: true, value: { unlocked: true } });
    // A success starts the count again.
    await tend.dispatch('lock.lock', {});
    expect(await tend.dispatch('lock.unlock', { passphrase: 'one typo' })).toMatchObject({ ok: true, value: { retryAt: null } });
  });

  it('without a passphrase set, unlocking needs none (the OS account is the guard) but still hands out a token', async () => {
    const clock = pinnedClock(TEST_START);
    const tend = await openTend({ dataDir: tempDir('tend-lock'), appVersion: '0.0.0-test', host: 'web', clock });
    onTestFinished(() => tend.close());
    // Before the first lock the session is the guard: no token is asked.
    expect((await tend.dispatch('people.list', {})).ok).toBe(true);
    expect(await tend.dispatch('lock.lock', {})).toMatchObject({ ok: true, value: { locked: true, passphrase: false } });
    const unlocked = await tend.dispatch('lock.unlock', {});
    expect(unlocked).toMatchObject({ ok: true, value: { unlocked: true, unlockToken: expect.any(String) } });
    expect((await tend.dispatch('people.list', {})).ok).toBe(false);
  });

  it('locks after the idle minutes of the setting, which activity restarts and which can be off', async () => {
    const { tend, clock } = await openLockedTend(passphrase());
    await tend.dispatch('lock.lock', {});
    const unlocked = await tend.dispatch('lock.unlock', { passphrase: 'correct horse' });
    if (!unlocked.ok || !unlocked.value.unlocked) throw new Error('did not unlock');
    const caller = { unlockToken: unlocked.value.unlockToken };
    expect(tend.settings.get().lockAfterMinutes).toBe(15);

    clock.advance(10 * MINUTE);
    await tend.dispatch('lock.activity', {}, caller);
    clock.advance(10 * MINUTE);
    tend.lock.check();
    expect(tend.lock.isLocked()).toBe(false);
    clock.advance(5 * MINUTE);
    tend.lock.check();
    expect(tend.lock.isLocked()).toBe(true);

    const again = await tend.dispatch('lock.unlock', { passphrase: 'correct horse' });
    if (!again.ok || !again.value.unlocked) throw new Error('did not unlock');
    expect(await tend.dispatch('settings.set', { lockAfterMinutes: null }, { unlockToken: again.value.unlockToken })).toMatchObject({
      ok: true,
      value: { lockAfterMinutes: null },
    });
    clock.advance(24 * 60 * MINUTE);
    tend.lock.check();
    expect(tend.lock.isLocked()).toBe(false);
    expect((await tend.dispatch('settings.set', { lockAfterMinutes: 0 }, { unlockToken: again.value.unlockToken })).ok).toBe(false);
  });
});

describe('the idle timer', () => {
  it('fires on its own at the idle minute, looking at least once a minute, and stops with the core', async () => {
    const clock = pinnedClock(TEST_START);
    const timers = fakeTimers(clock, async () => {});
    const lock = createLock({ clock, passphrase: passphrase(), lockAfterMinutes: () => 3, timers });
    expect(timers.pending).toBe(0);
    lock.start();
    const changes: boolean[] = [];
    lock.onChange((locked) => changes.push(locked));
    await timers.runUntil('2026-11-23T14:02:59.000Z');
    expect(lock.isLocked()).toBe(false);
    await timers.runUntil('2026-11-23T14:03:00.000Z');
    expect(changes).toEqual([true]);
    // Locked: nothing left to time.
    expect(timers.pending).toBe(0);
    expect(timers.delays.every((ms) => ms <= 60_000)).toBe(true);
    await lock.unlock('correct horse');
    expect(changes).toEqual([true, false]);
    lock.stop();
    expect(timers.pending).toBe(0);
  });

  it('after a sleep, the overdue timer locks on wake', async () => {
    const clock = pinnedClock(TEST_START);
    const timers = fakeTimers(clock, async () => {});
    const lock = createLock({ clock, passphrase: passphrase(), lockAfterMinutes: () => 15, timers });
    lock.start();
    timers.sleep('2026-11-23T18:00:00.000Z');
    expect(lock.isLocked()).toBe(false);
    await timers.fireDue();
    expect(lock.isLocked()).toBe(true);
  });
});
