import { describe, expect, it, vi } from 'vitest';
import { LOCK_EVENTS, wireLock } from '../../../../electron/main/lock/lock-wiring';
import { EVENT_CHANNEL } from '../../../../src/shared/channels';
import { fake } from '../../../fixtures/fake-electron';
import { MINUTE } from '../../../fixtures/clock';
import { openTestTend } from '../../../fixtures/open-test-tend';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

describe('the desktop lock', () => {
  it.each(Object.keys(LOCK_EVENTS))('locks on powerMonitor "%s" and tells the app windows', async (event) => {
    const { tend } = await openTestTend();
    const window = new fake.electron.BrowserWindow({});
    window.webContents.url = 'app://tend/index.html';
    const stop = wireLock(tend);
    try {
      fake.electron.powerMonitor.emit(event);
      expect(tend.lock.isLocked()).toBe(true);
      expect(window.webContents.sent).toContainEqual([EVENT_CHANNEL, 'lock.changed', { locked: true }]);
    } finally {
      stop();
      fake.windows.splice(fake.windows.indexOf(window), 1);
    }
    // Unwired, power events do nothing more.
    const unlocked = await tend.dispatch('lock.unlock', {});
    expect(unlocked.ok && unlocked.value.unlocked).toBe(true);
    fake.electron.powerMonitor.emit(event);
    expect(tend.lock.isLocked()).toBe(false);
  });

  it('on resume, looks at the idle time at once: a long sleep past the idle minutes locks', async () => {
    const { tend, clock } = await openTestTend();
    const stop = wireLock(tend);
    try {
      clock.advance(14 * MINUTE);
      fake.electron.powerMonitor.emit('resume');
      expect(tend.lock.isLocked()).toBe(false);
      clock.advance(MINUTE);
      fake.electron.powerMonitor.emit('resume');
      expect(tend.lock.isLocked()).toBe(true);
    } finally {
      stop();
    }
  });
});
