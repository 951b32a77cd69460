import { refreshOn } from '../../app/data-changes';
import { loadSettings } from './settings-actions';
import { applyTheme, cachedTheme } from './theme';

/**
 * Keeps the window's theme in step with the settings: at start (the cached choice at once, then the
 * stored one) and after every write to 'settings', whichever window or the tray made it.
 */
class Appearance {
  #started = false;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const cached = cachedTheme();
    if (cached) applyTheme(cached);
    refreshOn(['settings'], () => this.reload());
    void this.reload();
  }

  async reload(): Promise<void> {
    try {
      applyTheme((await loadSettings()).theme);
    } catch {
      // Without settings the page keeps the theme it has; Settings itself says what went wrong.
    }
  }
}

export const appearance = new Appearance();
