import { homedir } from 'node:os';
import { join } from 'node:path';
import { addDays, startOfDay } from 'date-fns';
import { app } from 'electron';
import type { AttentionForReminders } from '../../../src/core/reminders/scheduler';
import type { Tend } from '../../../src/core/tend';
import { HOST_CALLER } from '../../../src/core/dispatch';
import { sendToAppWindows } from '../ipc/register-ipc';
import type { ShutdownQueue } from '../lifecycle/shutdown-queue';
import type { keepMainWindow } from '../window/main-window';
import { applyLaunchAtLogin, loginExecutable } from './launch-at-login';
import { showAttentionBadge } from './attention-badge';
import { wakeOnPowerEvents } from './scheduler-wiring';
import { watchDay } from '../../../src/core/calendar/day-watch';
import { createTray, trayView, type TendTray } from './tray';
import { log } from '../../../src/core/log';

const logger = log('tray');

type MainWindow = ReturnType<typeof keepMainWindow>;

export interface RemindersWiringOptions {
  tend: Tend;
  appPath: string;
  mainWindow: MainWindow;
  shutdown: ShutdownQueue;
  /** The attention summary, adapted (`reminderAttentionFrom`); none until attention.summary is wired in. */
  attention?: () => AttentionForReminders;
  platform?: NodeJS.Platform;
  /** Opens the quick-capture window (the tray's "Quick capture…"); without one, the main window's log-time dialog. */
  openCapture?: () => void;
}

export interface RemindersWiring {
  tray: TendTray;
  /** Close hides the window: the setting is on, a tray can bring it back, and Tend is not quitting. */
  hideOnClose(): boolean;
}

/**
 * The desktop's reminders: the tray (built from the live attention summary on every plan), the
 * scheduler woken by power events, close-to-tray and launch at login. Notifications are the core's
 * reminder host (notifications.ts), passed when the core is opened.
 */
export function wireReminders(options: RemindersWiringOptions): RemindersWiring {
  const { tend, mainWindow, shutdown } = options;
  const platform = options.platform ?? process.platform;
  const source = options.attention ?? tend.attentionForReminders;
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  // The tray is the host's own: pausing from it works while Tend is locked too.
  const pause = (until: Date | null) => void tend.dispatch('reminders.pause', { until: until?.toISOString() ?? null }, HOST_CALLER);
  const tray = createTray({
    iconDir: join(options.appPath, 'resources', 'icons', 'tray'),
    platform,
    desktop: process.env.XDG_CURRENT_DESKTOP,
    actions: {
      navigate: (route, action) => mainWindow.showRoute(route, action),
      openWindow: () => mainWindow.show(),
      capture: () => (options.openCapture ? options.openCapture() : mainWindow.showRoute('#/today', 'log-time')),
      pauseFor: (hours) => pause(new Date(tend.clock().getTime() + hours * 3_600_000)),
      pauseUntilTomorrow: () => pause(addDays(startOfDay(tend.clock()), 1)),
      resume: () => pause(null),
      lock: () => tend.lock.lock('tray'),
      // The same core path as Today's "Log it"; a menu built before a lock logs nothing after it.
      logMeeting: ({ uid, recurrenceId }) => {
        if (tend.lock.isLocked()) return;
        void tend.dispatch('schedule.answerOffer', { uid, recurrenceId, answer: 'log' }, HOST_CALLER).then((result) => {
          if (!result.ok) logger.warn(`logging the 1:1 from the tray failed: ${result.error.message}`);
        });
      },
      // The will-quit hook holds the quit until the shutdown queue has drained.
      quit: () => {
        quitting = true;
        app.quit();
      },
    },
  });
  shutdown.add('remove the tray icon', () => tray.destroy());

  const paused = () => {
    const until = tend.settings.get().pauseUntil;
    return until !== null && Date.parse(until) > tend.clock().getTime();
  };
  const scheduler = tend.startReminders({
    attention: () => {
      const attention = source();
      tray.update(trayView(attention, paused(), tend.lock.isLocked(), tend.clock()));
      return attention;
    },
    onAttentionChanged: (count) => {
      sendToAppWindows('attention.changed', { count });
      showAttentionBadge(count, platform);
    },
  });
  shutdown.add('stop waking on power events', wakeOnPowerEvents(scheduler));
  // A lock or unlock redraws the tray at once: names leave the menu, or come back.
  shutdown.add('stop redrawing the tray on lock', tend.lock.onChange(() => void scheduler.replan()));
  // Views that show "today" reload when the day turns: at midnight, on a wake from sleep, after a clock jump.
  const days = watchDay(tend.clock, (today) => sendToAppWindows('day.changed', { today }));
  shutdown.add('stop checking the day on power events', wakeOnPowerEvents({ wake: async () => days.check() }));
  shutdown.add('stop watching the day', () => days.stop());
  shutdown.add('stop the reminder timer', () => scheduler.stop());

  const login = { platform, execPath: loginExecutable(process.execPath, process.env), homeDir: homedir(), configHome: process.env.XDG_CONFIG_HOME };
  applyLaunchAtLogin(tend.settings.get().launchAtLogin, login);
  let launchAtLogin = tend.settings.get().launchAtLogin;
  shutdown.add(
    'stop following settings',
    tend.settings.onChange((settings) => {
      if (settings.launchAtLogin === launchAtLogin) return;
      launchAtLogin = settings.launchAtLogin;
      applyLaunchAtLogin(launchAtLogin, login);
    }),
  );

  return {
    tray,
    hideOnClose: () => !quitting && tray.available && tend.settings.get().closeToTray,
  };
}
