import type { Theme } from '../../../shared/settings';

/**
 * The theme setting on the page: `data-theme="light|dark"` on <html> overrides the system's choice
 * (tokens.css writes every colour with light-dark()); "system" removes it, so prefers-color-scheme
 * decides. The last choice is kept in localStorage so the next start paints in it before the
 * settings have loaded, instead of flashing the other theme.
 */

const CACHE_KEY = 'tend.theme';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage can be unavailable (a locked-down profile); the theme still applies for this session.
  }
}

/** The theme the last session chose, or null on a first start. */
export function cachedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(CACHE_KEY);
    return value === 'light' || value === 'dark' || value === 'system' ? value : null;
  } catch {
    return null;
  }
}
