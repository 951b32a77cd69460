import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { refreshOn } from '../../app/data-changes';
import { loadSettings } from './settings-actions';

export type WeekStart = Settings['weekStart'];

/**
 * The user's week start (Settings → General) for every view that counts in weeks: Today's week
 * total, the journal's month grid, this week's 1:1s. Read once, then again after every write to
 * settings from any window; the views that depend on it follow `onChange` rather than each asking
 * the core for the settings on every load.
 */
class WeekStartSetting {
  /** Monday until the stored value arrives. */
  value = $state<WeekStart>(DEFAULT_SETTINGS.weekStart);
  #loaded: Promise<WeekStart> | null = null;
  #listeners = new Set<(weekStart: WeekStart) => void | Promise<void>>();

  /** The user's week start, read from the core the first time it is asked for. */
  ready(): Promise<WeekStart> {
    if (this.#loaded === null) {
      this.#loaded = this.#load();
      refreshOn(['settings'], async () => {
        const before = this.value;
        this.#loaded = this.#load();
        const after = await this.#loaded;
        // Awaited, so a settings write resolves once the views counting weeks show the new start.
        if (after !== before) await Promise.all([...this.#listeners].map((listener) => listener(after)));
      });
    }
    return this.#loaded;
  }

  /** Calls `listener` whenever the setting changes; returns the function that stops it. */
  onChange(listener: (weekStart: WeekStart) => void | Promise<void>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #load(): Promise<WeekStart> {
    try {
      this.value = (await loadSettings()).weekStart;
    } catch {
      // Without settings the week keeps the start it has; Settings itself says what went wrong.
    }
    return this.value;
  }
}

export const weekStart = new WeekStartSetting();
