import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { DueCommitment, NeedyPerson, UpcomingDate } from './plan-reminders';
import { promiseLine } from './promise-line';
import type { LocalDay } from './zoned-time';

/**
 * The words of each reminder (UI.md: a thoughtful colleague; facts, no guilt, no scores).
 * Titles stay short because notification centres truncate them.
 */

export interface Words {
  title: string;
  body: string;
}

const DIGEST_PEOPLE_NAMED = 3;
const DIGEST_COMMITMENTS_NAMED = 2;

/** "Sam", "Sam and Priya", "Sam, Priya and Lee". */
function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

/**
 * The morning digest, or null when there is nothing to say. People arrive ordered by need;
 * commitments oldest first; dates are today's. `teamNames` keeps a promise that starts with a
 * colleague's name from being lower-cased ("Priya's review").
 */
export function digestWords(
  people: readonly NeedyPerson[],
  commitments: readonly DueCommitment[],
  datesToday: readonly UpcomingDate[],
  today: LocalDay,
  teamNames: readonly string[] = [],
): Words | null {
  const parts: string[] = [];
  if (people.length > 0) {
    parts.push(listOfNames(people.slice(0, DIGEST_PEOPLE_NAMED).map((person) => person.name)));
    if (people.length > DIGEST_PEOPLE_NAMED) parts.push(`+${people.length - DIGEST_PEOPLE_NAMED} more`);
  }
  parts.push(...commitments.slice(0, DIGEST_COMMITMENTS_NAMED).map((commitment) => promiseLine(commitment, today, teamNames)));
  if (commitments.length > DIGEST_COMMITMENTS_NAMED) {
    parts.push(`+${commitments.length - DIGEST_COMMITMENTS_NAMED} more to follow through on`);
  }
  parts.push(...datesToday.map((date) => `${date.title} for ${date.personName} today`));
  if (parts.length === 0) return null;

  let title: string;
  if (people.length === 1) title = `${people[0]!.name} could use your time`;
  else if (people.length > 1) title = `${people.length} people could use your time`;
  else if (commitments.length > 0) title = count(commitments.length, 'A commitment to follow through on', 'commitments to follow through on');
  else title = count(datesToday.length, 'A date to remember today', 'dates to remember today');
  return { title, body: parts.join(' · ') };
}

export function reflectionWords(): Words {
  return { title: 'Time for a short reflection', body: 'Who did you invest in today, and who did you not?' };
}

/**
 * "on Friday" within the week, "on 30 November" beyond: a heads-up can sit in the Missed list for
 * days, where "tomorrow" or "in 4 days" would have gone stale (the week walk-through found "in 5
 * days" on the birthday itself). Today names the day the same way.
 */
function whenFrom(on: LocalDay, today: LocalDay): string {
  const days = differenceInCalendarDays(parseISO(on), parseISO(today));
  return days < 7 ? `on ${format(parseISO(on), 'EEEE')}` : `on ${format(parseISO(on), 'd MMMM')}`;
}

/** One notification for every date occurrence entering its window today. */
export function dateHeadsUpWords(dates: readonly UpcomingDate[], today: LocalDay): Words {
  const phrase = (date: UpcomingDate) => `${date.title} for ${date.personName} ${whenFrom(date.on, today)}`;
  if (dates.length === 1) {
    const [date] = dates as [UpcomingDate];
    return { title: phrase(date), body: format(parseISO(date.on), 'EEEE d MMMM') };
  }
  return { title: `${dates.length} dates coming up`, body: dates.map(phrase).join(' · ') };
}

/**
 * The words of a reminder that comes while Tend is locked (issue 24): counts, never a name, a
 * promise or a date's title — a notification is read by whoever is at the screen.
 */
export function lockedDigestWords(people: number, commitments: number, datesToday: number): Words {
  if (people > 0) return { title: `Tend — ${count(people, '1 person', 'people')} could use your time`, body: 'Unlock Tend to see who.' };
  if (commitments > 0) {
    return { title: `Tend — ${count(commitments, 'a commitment', 'commitments')} to follow through on`, body: 'Unlock Tend to see which.' };
  }
  return { title: `Tend — ${count(datesToday, 'a date', 'dates')} to remember today`, body: 'Unlock Tend to see whose.' };
}

export function lockedDateHeadsUpWords(dates: number): Words {
  return { title: `Tend — ${count(dates, 'a date', 'dates')} coming up`, body: 'Unlock Tend to see whose.' };
}

/** A 1:1 about to start, said while locked: the time is the calendar's, the name stays behind the lock. */
export function lockedOneOnOneWords(clock: string): Words {
  return { title: `Tend — a 1:1 at ${clock}`, body: 'Unlock Tend to see with whom, and its prep.' };
}
