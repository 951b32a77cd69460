import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../electron/main/reminders/notifications';
import { startReminders } from '../../../src/core/reminders/start-reminders';
import { DAY } from '../../fixtures/clock';
import { fake } from '../../fixtures/fake-electron';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { team } from '../../unit/core/reminders/planner-fixtures';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

beforeEach(() => {
  fake.notifications.length = 0;
  fake.notificationSupport.supported = true;
});
afterEach(() => vi.useRealTimers());

/** Waits until the recording fake holds `count` notifications (the scheduler shows them asynchronously). */
async function notificationsShown(count: number): Promise<void> {
  await vi.waitFor(() => expect(fake.notifications).toHaveLength(count));
}

describe('the Missed list in the desktop app (issue 20, item 4)', () => {
  it('a notification the system confirmed on screen is not missed; a dropped one waits, and only the newest digest', async () => {
    // Monday 23 November 2026, 09:00 in New York: the digest is due.
    const { tend, clock } = await openTestTend();
    const host = createNotifier({ appId: 'app.tend.desktop', platform: 'linux', onClick: () => undefined, tray: () => ({ tray: true, trayNote: null }) });
    const attention = () => ({ ...team(), needingAttention: 5 });
    // The scheduler as Electron's main process runs it, showing through the notifier on the recording fake.
    const parts = { clock, settings: tend.settings, store: tend.reminders, host, onDataChanged: () => () => undefined };
    const scheduler = startReminders(parts, { attention, timeZone: () => 'America/New_York' });
    await notificationsShown(1);
    fake.notifications[0]!.emit('show');
    await scheduler.settled();
    await vi.waitFor(async () => expect(expectOk(await tend.dispatch('reminders.history', {}))[0]?.shownAt).not.toBeNull());
    expect(expectOk(await tend.dispatch('reminders.missed', {}))).toEqual([]);

    // Tuesday and Wednesday's digests are dropped by the system (Do Not Disturb): one card, Wednesday's.
    for (const [at, index] of [[DAY, 1], [2 * DAY, 2]] as const) {
      clock.set(new Date(Date.parse('2026-11-23T14:00:00.000Z') + at).toISOString());
      const run = scheduler.wake('test');
      await notificationsShown(index + 1);
      fake.notifications[index]!.emit('failed', {}, 'Do Not Disturb');
      await run;
    }
    await vi.waitFor(async () => expect(expectOk(await tend.dispatch('reminders.missed', {})).map((r) => r.localDay)).toEqual(['2026-11-25']));
    scheduler.stop();
  });
});

describe('notifications while Tend is locked (issue 24)', () => {
  it('the system notification counts the people and names nobody; the record keeps the named words for after the unlock', async () => {
    const { tend, clock } = await openTestTend();
    const host = createNotifier({ appId: 'app.tend.desktop', platform: 'linux', onClick: () => undefined, tray: () => ({ tray: true, trayNote: null }) });
    const attention = () => ({ ...team(), needingAttention: 5 });
    tend.lock.lock('sleep');
    const parts = { clock, settings: tend.settings, store: tend.reminders, host, onDataChanged: () => () => undefined, locked: tend.lock.isLocked };
    const scheduler = startReminders(parts, { attention, timeZone: () => 'America/New_York' });
    await notificationsShown(1);
    expect(fake.notifications[0]!.options).toEqual({ title: 'Tend — 5 people could use your time', body: 'Unlock Tend to see who.' });
    fake.notifications[0]!.emit('show');
    await scheduler.settled();
    const unlocked = expectOk(await tend.dispatch('lock.unlock', {}));
    const caller = unlocked.unlocked ? { unlockToken: unlocked.unlockToken } : {};
    expect(expectOk(await tend.dispatch('reminders.history', {}, caller))[0]?.title).toBe('5 people could use your time');
    scheduler.stop();
  });
});
