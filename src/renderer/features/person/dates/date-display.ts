import type { Locale } from 'date-fns';
import type { ImportantDate } from '../../../../shared/dates';
import { formatWeekdayDay, relativeDay } from '../../../app/dates';
import type { IconName } from '../../../ui/icon';

/** How the Person page words important dates: pure, so every phrase can be tested with a pinned clock. */

export const DATE_ICONS: Record<ImportantDate['kind'], IconName> = {
  birthday: 'cake',
  family_birthday: 'cake',
  anniversary: 'briefcase',
  custom: 'calendar',
};

/** When a date next comes round: "today", "in 4 days", or "was 3 weeks ago" for a past one-off. */
export function dateWhen(date: ImportantDate, now: Date, locale: Locale): { text: string; title: string; past: boolean } {
  const day = date.nextOn ?? date.on;
  const title = formatWeekdayDay(day, locale);
  if (date.nextOn === null) return { text: `was ${relativeDay(date.on, now, locale)}`, title, past: true };
  return { text: relativeDay(date.nextOn, now, locale), title, past: false };
}

/** "turns 37", "5 years at work", "10 years": the count reached on the next occurrence. */
export function yearsWording(date: ImportantDate): string | null {
  if (date.years === null) return null;
  const years = date.years;
  // A birthday still to come for the first time (a baby due) has no age to turn yet.
  if (date.kind === 'birthday' || date.kind === 'family_birthday') return years > 0 ? `turns ${years}` : null;
  if (date.kind === 'anniversary') return `${years} ${years === 1 ? 'year' : 'years'} at work`;
  return years === 0 ? null : `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** What kind of date it is, in a few words for the row's second line. */
export function dateKindWording(date: ImportantDate): string {
  switch (date.kind) {
    case 'birthday':
      return 'Birthday';
    case 'anniversary':
      return 'From “started on”';
    case 'family_birthday':
      return date.note ? `Family · ${date.note}` : 'Family';
    default:
      return date.yearly ? 'Every year' : 'Once';
  }
}

/** Derived dates are edited where they come from: "started on" or the family member. */
export function isStoredDate(date: ImportantDate): boolean {
  return date.kind === 'birthday' || date.kind === 'custom';
}

export function hasBirthday(dates: readonly ImportantDate[]): boolean {
  return dates.some((date) => date.kind === 'birthday');
}

export function daysAheadWording(days: number): string {
  if (days === 0) return 'Reminds on the day';
  return `Reminds ${days} ${days === 1 ? 'day' : 'days'} ahead`;
}
