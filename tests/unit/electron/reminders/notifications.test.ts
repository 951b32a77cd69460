import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIRM_TIMEOUT_MS, createNotifier } from '../../../../electron/main/reminders/notifications';
import { fake } from '../../../fixtures/fake-electron';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

const reminder = {
  id: 'r1',
  kind: 'digest' as const,
  key: 'digest:2026-11-23',
  title: 'Sam could use your time',
  body: 'Sam',
  whileLocked: { title: 'Tend', body: '1 person could use your time' },
  route: '#/people/x',
  catchUp: false,
};

function notifier(platform: NodeJS.Platform, clicks: string[] = []) {
  return createNotifier({ appId: 'app.tend.desktop', platform, onClick: (route) => void clicks.push(route), tray: () => ({ tray: true, trayNote: null }) });
}

beforeEach(() => {
  fake.notifications.length = 0;
  fake.calls.length = 0;
  fake.notificationSupport.supported = true;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('system notifications', () => {
  it('on Windows sets the AppUserModelID before the first notification, and adds no action buttons', async () => {
    const host = notifier('win32');
    const shown = host.show(reminder);
    fake.notifications[0]!.emit('show');
    expect(await shown).toEqual({ status: 'shown' });
    expect(fake.calls).toEqual(['setAppUserModelId app.tend.desktop', 'notification: Sam could use your time']);
    expect(fake.notifications[0]!.options).toEqual({ title: reminder.title, body: reminder.body });
  });

  it('does not set an AppUserModelID elsewhere', () => {
    notifier('darwin');
    notifier('linux');
    expect(fake.calls).toEqual([]);
  });

  it('keeps a reference to each notification until it is clicked or closed; a click opens its route', async () => {
    const clicks: string[] = [];
    const host = notifier('linux', clicks);
    const first = host.show(reminder);
    const second = host.show({ ...reminder, route: '#/journal' });
    fake.notifications[0]!.emit('show');
    fake.notifications[1]!.emit('show');
    await Promise.all([first, second]);
    expect(host.live.size).toBe(2);
    fake.notifications[0]!.emit('click');
    expect(clicks).toEqual(['#/people/x']);
    expect(host.live.size).toBe(1);
    fake.notifications[1]!.emit('close');
    expect(host.live.size).toBe(0);
  });

  it('reports a failed notification with the platform’s reason and the fix for this platform', async () => {
    const host = notifier('darwin');
    const shown = host.show(reminder);
    fake.notifications[0]!.emit('failed', {}, 'Notifications are not allowed for this application');
    const outcome = await shown;
    expect(outcome).toEqual({ status: 'failed', reason: 'Notifications are not allowed for this application' });
    expect(host.live.size).toBe(0);
    expect(host.fixFor(outcome)).toMatch(/System Settings › Notifications/);
  });

  it('counts a notification the system never confirms as not shown', async () => {
    vi.useFakeTimers();
    const host = notifier('linux');
    const shown = host.show(reminder);
    vi.advanceTimersByTime(CONFIRM_TIMEOUT_MS);
    expect(await shown).toEqual({ status: 'failed', reason: 'The system never confirmed the notification was shown.' });
  });

  it('says notifications are unsupported where no notification daemon runs, and creates none', async () => {
    fake.notificationSupport.supported = false;
    const host = notifier('linux');
    const outcome = await host.show(reminder);
    expect(outcome.status).toBe('unsupported');
    expect(fake.notifications).toEqual([]);
    expect(host.platform()).toMatchObject({ notifications: 'unsupported', notificationsNote: expect.stringMatching(/No notification service/) });
    expect(host.fixFor(outcome)).toMatch(/notification service/);
  });
});
