import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createShutdownQueue } from '../../../electron/main/lifecycle/shutdown-queue';
import { createNotifier } from '../../../electron/main/reminders/notifications';
import { wireReminders } from '../../../electron/main/reminders/reminders-wiring';
import type { keepMainWindow } from '../../../electron/main/window/main-window';
import { fake } from '../../fixtures/fake-electron';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { teamCalendar } from '../../fixtures/team-calendar';
import { tempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

/**
 * The after-meeting offer in the desktop app (issue 22): the main process's scheduler wakes when a
 * booked 1:1 ends, shows "Log the 1:1 with Sam (30 min)?" once, and the tray offers to log it in one
 * click through the same core path as Today, or to open prep's meeting finish. Electron's modules are
 * the recording fake; the core is real, on a real SQLite file, with a pinned clock.
 */

type MainWindow = ReturnType<typeof keepMainWindow>;

beforeEach(() => {
  fake.notifications.length = 0;
  fake.trays.length = 0;
  fake.notificationSupport.supported = true;
});

const shutdowns: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drain of shutdowns.splice(0)) await drain();
});

async function desktop() {
  const notifier = createNotifier({ appId: 'app.tend.desktop', platform: 'win32', onClick: () => undefined, tray: () => ({ tray: true, trayNote: null }) });
  const { tend, clock } = await openTestTend({ reminderHost: notifier });
  const save = async (name: string, extra: { preferredName?: string; email?: string } = {}) => expectOk(await tend.dispatch('people.save', { name, ...extra }));
  const sam = await save('Samuel Okafor', { preferredName: 'Sam', email: 'sam.okafor@example.com' });
  const kofi = await save('Kofi Mensah');
  await save('Priya Raman');
  expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
  for (const proposal of expectOk(await tend.dispatch('schedule.review'))) expectOk(await tend.dispatch('schedule.confirm', { uid: proposal.uid, personId: proposal.personId }));

  // Tuesday 14:10 in New York: Sam's 1:1 (14:00–14:30) is under way.
  clock.set('2026-11-24T19:10:00.000Z');
  const routes: string[] = [];
  const mainWindow = { showRoute: (route: string) => void routes.push(route), show: () => undefined } as unknown as MainWindow;
  const shutdown = createShutdownQueue();
  shutdowns.push(() => shutdown.drain());
  wireReminders({ tend, appPath: tempDir('tend-app'), mainWindow, shutdown, platform: 'win32' });
  const wake = () => fake.electron.powerMonitor.emit('resume');
  const menu = () => fake.trays[0]!.menu!.items;
  const labels = () => menu().map((item) => item.label ?? item.type);
  await vi.waitFor(() => expect(labels()).toContain('Quick capture…'));
  return { tend, clock, sam, kofi, routes, wake, menu, labels };
}

it('when Sam’s 1:1 ends: one notification, the tray offers it, one click logs exactly one investment, and it is not offered again', async () => {
  const { tend, clock, sam, routes, wake, menu, labels } = await desktop();
  expect(fake.notifications).toEqual([]);
  expect(labels().join(' ')).not.toMatch(/1:1 with Sam/);

  clock.set('2026-11-24T19:30:00.000Z');
  wake();
  await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
  expect(fake.notifications[0]!.options).toEqual({ title: 'Log the 1:1 with Sam (30 min)?', body: 'One click on Today logs it, or open the meeting finish to add notes.' });
  fake.notifications[0]!.emit('show');
  await vi.waitFor(() => expect(labels()).toContain('Log the 1:1 with Sam (30 min)'));

  // Woken again (a second resume, after sleep): never asked twice.
  clock.set('2026-11-24T20:10:00.000Z');
  wake();
  await vi.waitFor(() => expect(labels()).toContain('Log the 1:1 with Sam (30 min)'));
  expect(fake.notifications).toHaveLength(1);

  menu().find((item) => item.label === 'Open the meeting finish with Sam…')!.click!();
  expect(routes).toEqual([`#/prep/${sam.id}/finish/30`]);

  menu().find((item) => item.label === 'Log the 1:1 with Sam (30 min)')!.click!();
  await vi.waitFor(() => expect(labels()).not.toContain('Log the 1:1 with Sam (30 min)'));
  const { db } = sideConnection(tend);
  expect(db.all('SELECT person_id AS personId, day, minutes, kind FROM investments')).toEqual([{ personId: sam.id, day: '2026-11-24', minutes: 30, kind: 'one_on_one' }]);
  expect(expectOk(await tend.dispatch('schedule.offers'))).toEqual([]);
  wake();
  await vi.waitFor(() => expect(labels()).toContain('Quick capture…'));
  expect(fake.notifications).toHaveLength(1);
});

it('while Tend is locked the offer names no one: the notification and the tray count the 1:1s to log (issue 24)', async () => {
  const { tend, clock, wake, labels } = await desktop();
  tend.lock.lock('tray');
  clock.set('2026-11-24T19:31:00.000Z');
  wake();
  await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
  expect(fake.notifications[0]!.options).toEqual({ title: 'Tend — a 1:1 to log', body: 'Unlock Tend to log it in one click.' });
  fake.notifications[0]!.emit('show');
  await vi.waitFor(() => expect(labels()).toContain('A 1:1 to log'));
  expect(labels().join(' ')).not.toMatch(/Sam|Okafor|min\)/);
});

it('a dropped offer does not wait in the Missed list: Today shows the offer itself until it is answered', async () => {
  const { tend, clock, wake } = await desktop();
  clock.set('2026-11-24T19:30:00.000Z');
  wake();
  await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
  fake.notifications[0]!.emit('failed', {}, 'Do Not Disturb');
  await vi.waitFor(async () => expect(expectOk(await tend.dispatch('reminders.history', {}))[0]?.failedReason).toBe('Do Not Disturb'));
  expect(expectOk(await tend.dispatch('reminders.missed', {}))).toEqual([]);
  expect(expectOk(await tend.dispatch('schedule.offers')).map((offer) => offer.preferredName)).toEqual(['Sam']);
});
