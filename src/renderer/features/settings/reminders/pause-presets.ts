import { addDays, addHours, isAfter, setHours, startOfDay } from 'date-fns';
import { parseLocalDay } from '../../../app/dates';
import { badDateMessage } from '../../../ui/forms/field-message';

/** "Do not remind me until …": the presets as instants, from the clock the caller passes. */

export function inOneHour(now: Date): Date {
  return addHours(now, 1);
}

/** 08:00 tomorrow, local time: the morning digest (09:00 by default) still comes. */
export function tomorrowMorning(now: Date): Date {
  return setHours(startOfDay(addDays(now, 1)), 8);
}

/**
 * The start of a chosen day (`YYYY-MM-DD`): reminders come again from that morning. A day that is
 * not real, or not after today, is refused with a sentence for the date field.
 */
export function untilDay(day: string, now: Date, locale = 'en-US'): { until: Date } | { error: string } {
  const date = parseLocalDay(day);
  if (!date) return { error: badDateMessage(locale, now) };
  if (!isAfter(date, startOfDay(now))) return { error: 'Choose a day after today.' };
  return { until: startOfDay(date) };
}

/** Whether reminders are paused at `now`. */
export function isPaused(pauseUntil: string | null, now: Date): boolean {
  return pauseUntil !== null && Date.parse(pauseUntil) > now.getTime();
}
