import { REMINDER_HISTORY_LIMIT, type remindersMethods } from '../../shared/reminders';
import type { HandlersOf } from '../compose-handlers';
import type { SettingsService } from '../settings/settings-service';
import { TEST_REMINDER, type ReminderHost } from './reminder-host';
import type { RemindersStore } from './reminders-store';

export function remindersHandlers(store: RemindersStore, settings: SettingsService, host: ReminderHost): HandlersOf<typeof remindersMethods> {
  return {
    'reminders.missed': () => store.missed(),
    'reminders.history': () => store.history(REMINDER_HISTORY_LIMIT),
    'reminders.open': ({ id }) => store.open(id),
    'reminders.dismiss': ({ id }) => ({ dismissed: store.dismiss(id) }),
    'reminders.test': async () => {
      let outcome;
      try {
        outcome = await host.show(TEST_REMINDER);
      } catch (error) {
        outcome = { status: 'failed' as const, reason: error instanceof Error ? error.message : String(error) };
      }
      return { ...outcome, fix: host.fixFor(outcome) };
    },
    'reminders.pause': ({ until }) => settings.set({ pauseUntil: until }),
    'reminders.platform': () => host.platform(),
  };
}
