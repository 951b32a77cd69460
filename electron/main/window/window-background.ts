import type { Theme } from '../../../src/shared/settings';

/** The page's own background (`--color-bg` in src/renderer/styles/tokens.css; a test keeps them equal). */
export const WINDOW_BACKGROUND = { light: '#f8f5f0', dark: '#1f1d1b' } as const;

/**
 * The colour the window is painted before the page draws: the one the page will draw, so opening in
 * dark mode never flashes white. The Settings theme wins; "system" follows the OS, as the page does.
 */
export function windowBackground(theme: Theme, systemDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
