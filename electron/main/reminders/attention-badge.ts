import { app } from 'electron';

/**
 * Where the OS shows a count on the app's icon: the macOS dock, and Linux launchers that read the
 * Unity launcher API (Ubuntu's dock, KDE's task manager). Windows has no count badge (only an overlay
 * icon), so nothing is set there.
 */
export function hasCountBadge(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'linux';
}

/** Shows how many people need attention on the app's icon; 0 clears it. */
export function showAttentionBadge(count: number, platform: NodeJS.Platform): void {
  if (hasCountBadge(platform)) app.setBadgeCount(count);
}
