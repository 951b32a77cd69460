import type { CaptureStatus } from '../../shared/capture';

/**
 * What a host knows about its quick-capture shortcut: the desktop app registers one with the
 * system; the web host cannot, and says so.
 */
export interface CaptureHost {
  status(): CaptureStatus;
}

/** A host without global shortcuts (the web host, tests): the capture view still opens at `#/capture`. */
export function noGlobalShortcutHost(shortcut: () => string): CaptureHost {
  return {
    status: () => ({
      shortcut: shortcut(),
      state: 'unavailable',
      message: 'Only the desktop app can take a shortcut that works from any app.',
    }),
  };
}
