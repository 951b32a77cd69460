import type { StoredReminder } from '../../../shared/reminders';
import { onEvent } from '../../app/api';
import { refreshOn } from '../../app/data-changes';
import { loadMissed } from './reminders-actions';

/**
 * The reminders not yet opened or dismissed. The scheduler records a reminder without a
 * `data.changed` of its own, so besides opens and dismissals (area 'reminders') the list reloads
 * when a reminder arrives in this window and when the window comes back into view.
 */
class MissedStore {
  items = $state<StoredReminder[]>([]);
  loaded = $state(false);
  #latest = 0;
  #started = false;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    refreshOn(['reminders'], () => this.reload());
    onEvent('reminder', () => void this.reload());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.reload();
    });
    void this.reload();
  }

  async reload(): Promise<void> {
    const request = ++this.#latest;
    try {
      const items = await loadMissed();
      if (request !== this.#latest) return;
      this.items = items;
    } catch {
      // The list is a convenience beside the notifications; a failed read leaves what was shown.
    } finally {
      if (request === this.#latest) this.loaded = true;
    }
  }
}

export const missed = new MissedStore();
