import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings-defaults';
import { refreshOn } from '../../app/data-changes';
import { loadSettings } from './settings-actions';
import { cachedWeekStart, keepWeekStart } from './week-start-cache';

export type WeekStart = Settings['weekStart'];

/**
 * The user's week start (Settings → General) for every view that counts in weeks: Today's week
 * total, the journal's month grid, this week's 1:1s. Read once, then again after every write to
 * settings from any window; the views that depend on it follow `onChange` rather than each asking
 * the core for the settings on every load.
 */
class WeekStartSetting {
  /** The last session's value (or Monday) until the stored value arrives. */
  value = $state<WeekStart>(cachedWeekStart() ?? DEFAULT_SETTINGS.weekStart);
  /** The newest read of the setting; null until first asked for. */
  #loaded: Promise<WeekStart> | null = null;
  #listeners = new Set<(weekStart: WeekStart) => void | Promise<void>>();

  /**
   * The user's week start, read from the core the first time it is asked for. With a value kept from
   * the last session it answers at once (Today's first read need not wait for the settings) and
   * tells the listeners if the stored one turns out different.
   */
  ready(): Promise<WeekStart> {
    if (this.#loaded === null) {
      refreshOn(['settings'], async () => {
        await this.#changed();
      });
      const cached = cachedWeekStart();
      if (cached === null) {
        this.#loaded = this.#load();
      } else {
        // Only this first caller is answered from the cache; later ones wait for the read under way.
        void this.#changed();
        return Promise.resolve(cached);
      }
    }
    return this.#loaded;
  }

  /** Reads the setting; awaited, so a settings write resolves once the views counting weeks show it. */
  async #changed(): Promise<WeekStart> {
    const before = this.value;
    const reading = this.#load();
    this.#loaded = reading;
    const after = await reading;
    if (after !== before) await Promise.all([...this.#listeners].map((listener) => listener(after)));
    return after;
  }

  /** Calls `listener` whenever the setting changes; returns the function that stops it. */
  onChange(listener: (weekStart: WeekStart) => void | Promise<void>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #load(): Promise<WeekStart> {
    try {
      this.value = (await loadSettings()).weekStart;
      keepWeekStart(this.value);
    } catch {
      // Without settings the week keeps the start it has; Settings itself says what went wrong.
    }
    return this.value;
  }
}

export const weekStart = new WeekStartSetting();
