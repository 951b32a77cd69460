import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CommitmentOwner } from './commitments';
import type { InvestmentKind } from './investments';

/**
 * The words Tend uses for the same things in every view, form and export (issue 20, item 14), chosen
 * once here so a kind of time, an amount of time, a day or a commitment's owner reads the same on the
 * prep sheet, in its Markdown, in the journal and on the Person page.
 */

/** One name per kind of time, in every form and list (PRODUCT.md's list of kinds). */
export const INVESTMENT_KIND_NAMES: Record<InvestmentKind, string> = {
  one_on_one: 'One-on-one',
  coaching: 'Coaching',
  career: 'Career conversation',
  check_in: 'Informal check-in',
  personal: 'Helped with a personal matter',
  recognition: 'Recognition',
  other: 'Other',
};

/** The kind's name, or the stored value with spaces for a kind this version does not know. */
export function kindName(kind: string): string {
  return INVESTMENT_KIND_NAMES[kind as InvestmentKind] ?? kind.replaceAll('_', ' ');
}

/**
 * One rule for a time of day in every view (Today's "why now", the schedule, the lock screen): the
 * user's own clock, "2:00 PM" in en-US and "14:00" where the day runs to 24, never a fixed pattern.
 */
const CLOCK_TIME = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * Formats in the user's language with a formatter made on first use, not when the module loads:
 * making the first one loads the language's date data, which a window's first screen that shows no
 * time should not wait for (issue 21).
 */
export function dateWords(options: Intl.DateTimeFormatOptions): (at: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (at) => (format ??= new Intl.DateTimeFormat(undefined, options)).format(at);
}

const clockTime = dateWords(CLOCK_TIME);
// A wall time is no instant: it is read as UTC and written as UTC, whatever zone the process is in.
const wallClockTime = dateWords({ ...CLOCK_TIME, timeZone: 'UTC' });

/** The local time of day of an instant: "2:00 PM". */
export function timeOfDayWords(at: Date): string {
  return clockTime(at);
}

/** A local wall time "HH:MM" in the same words: "14:00" → "2:00 PM". */
export function wallTimeWords(hhmm: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return wallClockTime(Date.UTC(2000, 0, 1, hours, minutes));
}

/** "45 min", "2 h", "2 h 15". */
export function minutesWords(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/**
 * Who a commitment is between, said to the leader: what you promised them, and what they asked of you
 * ("Sam asked for"; "Their asks" read as if they owed it, and the sheet said "I promised" where the
 * Person page said "You promised").
 */
export function ownerWords(owner: CommitmentOwner, callName: string): string {
  return owner === 'me' ? 'You promised' : `${callName} asked for`;
}

/** "today", "yesterday", "12 days ago": how long ago, in whole local days. */
export function daysAgoWords(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A day inside a list or a sentence: "3 Nov" in the current year, "3 Nov 2025" otherwise. Read straight
 * from the day string (what `format(…, 'd MMM')` writes): a prep sheet and its Markdown say dozens of days.
 */
export function listDay(day: string, today: string): string {
  const dayAndMonth = `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
  return day.slice(0, 4) === today.slice(0, 4) ? dayAndMonth : `${dayAndMonth} ${day.slice(0, 4)}`;
}

/** "due today", "due tomorrow", "due 3 Dec": when an open commitment falls due, for one not yet overdue. */
export function dueWords(dueOn: string, today: string): string {
  const daysUntil = differenceInCalendarDays(parseISO(dueOn), parseISO(today));
  if (daysUntil === 0) return 'due today';
  return daysUntil === 1 ? 'due tomorrow' : `due ${listDay(dueOn, today)}`;
}

/** How a day a page is about is written (date-fns patterns), in this year and another: here and in the window's dates. */
export const HEADING_DAY_PATTERN = { thisYear: 'EEEE d MMMM', otherYear: 'EEEE d MMMM yyyy' } as const;

/** A day a page is about, in its heading: "Monday 23 November", with the year when it is not this year's. */
export function headingDay(day: string, today: string): string {
  return format(parseISO(day), day.slice(0, 4) === today.slice(0, 4) ? HEADING_DAY_PATTERN.thisYear : HEADING_DAY_PATTERN.otherYear);
}

/** "Log the 1:1 with Sam (30 min)?": the after-meeting offer as Today, the notification and the tray ask it (issue 22). */
export function meetingOfferQuestion(name: string, minutes: number): string {
  return `Log the 1:1 with ${name} (${minutes} min)?`;
}
