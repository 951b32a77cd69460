import type { Tend } from '../../../src/core/tend';
import type { ShutdownQueue } from '../lifecycle/shutdown-queue';
import type { keepCaptureShortcut } from './capture-shortcut';

/**
 * Keeps the global shortcut in step with Settings: registered at start, registered again when the
 * leader changes it (before the write is announced, so Settings reads the new status), given back at quit.
 */
export function followCaptureShortcut(tend: Tend, shortcut: ReturnType<typeof keepCaptureShortcut>, shutdown: ShutdownQueue): void {
  shortcut.apply(tend.settings.get().captureShortcut);
  shutdown.add('stop following the capture shortcut', tend.settings.onChange((settings) => shortcut.apply(settings.captureShortcut)));
  shutdown.add('give the capture shortcut back', () => shortcut.release());
}
