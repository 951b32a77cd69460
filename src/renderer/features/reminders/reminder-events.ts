import { onEvent } from '../../app/api';
import { showReminder } from './reminders-actions';

/** Everything the host pushes about reminders, handled once for the window (App starts it). */
export function startReminderEvents(): void {
  onEvent('reminder', showReminder);
}
