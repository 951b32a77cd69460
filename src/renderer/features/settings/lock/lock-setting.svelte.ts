import { messageOf } from '../../../app/api';
import { lockNow } from '../../lock/lock-actions';
import { saveSettings } from '../settings-actions';
import { choiceOf, minutesOf } from './lock-choices';

const SAVED_MS = 2000;

/**
 * The lock's own part of Settings, kept apart from the settings form so the encryption section can
 * sit beside it: it saves `lockAfterMinutes` on its own, and locks on demand.
 */
export class LockSetting {
  choice = $state('');
  stored = $state<number | null>(null);
  error = $state<string | null>(null);
  saved = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(minutes: number | null) {
    this.stored = minutes;
    this.choice = choiceOf(minutes);
  }

  /** Another window or the tray changed it: show what is stored. */
  follow(minutes: number | null): void {
    this.stored = minutes;
    this.choice = choiceOf(minutes);
  }

  async save(): Promise<void> {
    this.error = null;
    try {
      const settings = await saveSettings({ lockAfterMinutes: minutesOf(this.choice) });
      this.follow(settings.lockAfterMinutes);
      this.saved = true;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (this.saved = false), SAVED_MS);
    } catch (failure) {
      this.error = messageOf(failure, 'Tend could not save that; please try again.');
      this.choice = choiceOf(this.stored);
    }
  }

  lock(): Promise<void> {
    return lockNow();
  }
}
