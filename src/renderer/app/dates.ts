import { differenceInCalendarDays, differenceInMonths, differenceInYears, format, isValid, parseISO, startOfDay, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { HEADING_DAY_PATTERN, timeOfDayWords } from '../../shared/words';

/**
 * Date wording for the renderer. Calendar days arrive as local `YYYY-MM-DD` (see DESIGN.md "Data");
 * `now` and the locale are passed in so these stay pure and testable with a pinned clock.
 */

/**
 * The languages Tend words dates in besides US English, each its own small chunk fetched only when
 * it is the user's (one import per locale: the `date-fns/locale` barrel would bundle every language).
 */
const LOCALES: Record<string, () => Promise<Locale>> = {
  'en-GB': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  'en-AU': () => import('date-fns/locale/en-AU').then((m) => m.enAU),
  'en-CA': () => import('date-fns/locale/en-CA').then((m) => m.enCA),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  pt: () => import('date-fns/locale/pt').then((m) => m.pt),
  sv: () => import('date-fns/locale/sv').then((m) => m.sv),
};

/** The closest date-fns locale for a BCP 47 tag such as `en-GB` or `de-AT`; US English otherwise (and if it cannot be fetched). */
export async function loadDateLocale(tag: string): Promise<Locale> {
  const load = LOCALES[tag] ?? LOCALES[tag.split('-')[0] ?? ''];
  if (!load) return enUS;
  return load().catch(() => enUS);
}

/** A local calendar day from `YYYY-MM-DD`, or null when the text is not a real day. */
export function parseLocalDay(day: string): Date | null {
  // parseISO rather than parse(…, 'yyyy-MM-dd'): the same strict reading of a calendar day (local
  // midnight, Feb 30 refused) without bundling every token parser that `parse` carries.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = parseISO(day);
  return isValid(date) ? date : null;
}

/**
 * The app's one way to write a day (shared/words.ts writes the same for the prep sheet and the
 * Markdown exports): "3 Nov 2026" for a day with its year, "Monday 23 November" for the day a page or
 * a group is about. The locale gives the month's and weekday's names, never the order: the locale's
 * own forms ("Nov 3, 2026", "Monday, November 23rd, 2026") read as a second and third style beside
 * the prep sheet's and the exports' days.
 */
const DAY = 'd MMM yyyy';
const WEEKDAY_AND_DAY = 'EEE d MMM yyyy';

/** "3 Nov 2026". */
export function formatDay(day: string, locale: Locale): string {
  const date = parseLocalDay(day);
  return date ? format(date, DAY, { locale }) : day;
}

/** "Tue 3 Nov 2026", for a tooltip that says which day "in 3 weeks" is. */
export function formatWeekdayDay(day: string, locale: Locale): string {
  const date = parseLocalDay(day);
  return date ? format(date, WEEKDAY_AND_DAY, { locale }) : day;
}

/** "Monday 23 November", with the year when it is not `now`'s: a day in a heading. */
export function formatHeadingDay(date: Date, now: Date, locale: Locale): string {
  return format(date, date.getFullYear() === now.getFullYear() ? HEADING_DAY_PATTERN.thisYear : HEADING_DAY_PATTERN.otherYear, { locale });
}

/** "Monday 23 November": today, above Today's greeting. */
export function formatFullDate(now: Date, locale: Locale): string {
  return formatHeadingDay(now, now, locale);
}

/**
 * "3 years ago", "in 5 days", "today": a calendar-true relative wording for a day. Whole calendar
 * days, months and years are counted (date-fns' formatDistance* average month lengths, so 364 days
 * would read "1 year"), then worded by the locale.
 */
export function relativeDay(day: string, now: Date, locale: Locale): string {
  const date = parseLocalDay(day);
  if (!date) return '';
  const today = startOfDay(now);
  const days = differenceInCalendarDays(date, today);
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  const months = differenceInMonths(date, today);
  const years = differenceInYears(date, today);
  const options = { addSuffix: true, comparison: days < 0 ? (-1 as const) : (1 as const) };
  const word = locale.formatDistance ?? enUS.formatDistance;
  if (years !== 0) return word('xYears', Math.abs(years), options);
  if (months !== 0 && Math.abs(days) >= 30) return word('xMonths', Math.abs(months), options);
  return word('xDays', Math.abs(days), options);
}

/** A short day for an instant (UTC ISO), in local time: "20 Nov 2026". */
export function formatShortInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return isValid(date) ? format(date, DAY, { locale }) : iso;
}

/**
 * "23 Nov 2026, 10:00 AM": an instant with its time (a backup taken, reminders paused until), the
 * day as every other day is written and the time in the user's own clock, as every other time is.
 */
export function formatDayAndTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return isValid(date) ? `${format(date, DAY, { locale })}, ${timeOfDayWords(date)}` : iso;
}

/** Before this hour it is still last night, not morning (00:40 is "Good evening"). */
const MORNING_FROM_HOUR = 5;

/** The hour-of-day greeting used on Today. */
export function greetingFor(now: Date): string {
  const hour = now.getHours();
  if (hour < MORNING_FROM_HOUR) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export { localDayOf } from './local-day';
