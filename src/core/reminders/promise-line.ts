import { format, parseISO } from 'date-fns';
import type { LocalDay } from './zoned-time';

/**
 * How a reminder names one of the leader's open promises (issue 20, item 6). The commitment's text is
 * whatever the leader typed — "Send him the senior-engineer rubric", "budget link", "Intro to Dana." —
 * so it is never spliced into the middle of a sentence; it follows a fixed frame that reads as English
 * for any text: "Still open: your promise to Sam — send him the senior-engineer rubric (due 9 Dec)".
 */

export interface OpenPromise {
  personName: string;
  text: string;
  dueOn: LocalDay;
}

/** Words that keep their capital at the start of the text: "I", its contractions, and acronyms ("PTO", "Q3"). */
const KEEPS_CAPITAL = /^(?:I(?:['’](?:m|ll|d|ve))?|[A-Z0-9]{2,}\S*|[A-Z][^\s]*[A-Z][^\s]*)$/;

/**
 * The text as the end of a sentence: trimmed, without its closing full stop, and its first word in
 * lower case when it is an ordinary capitalised word ("Send" → "send"), but not when it is "I", an
 * acronym or a name of someone on the team ("Priya's review" stays).
 */
export function asClause(text: string, names: readonly string[] = []): string {
  const trimmed = text.trim().replace(/\s+/g, ' ').replace(/(?<!\.)\.$/, '');
  const first = trimmed.split(' ')[0] ?? '';
  const bare = first.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}'’-]/gu, '');
  const isName = names.some((name) => name.split(' ').some((part) => part.localeCompare(bare, undefined, { sensitivity: 'base' }) === 0));
  if (first === '' || KEEPS_CAPITAL.test(first) || isName || first[0] === first[0]!.toLowerCase()) return trimmed;
  return first[0]!.toLowerCase() + trimmed.slice(1);
}

/** "9 Dec": the digest's day, short enough for a notification. */
function shortDay(day: LocalDay): string {
  return format(parseISO(day), 'd MMM');
}

/** "Still open: your promise to Sam — send him the rubric (due 9 Dec)", or "Due today: …" on its day. */
export function promiseLine(promise: OpenPromise, today: LocalDay, names: readonly string[] = []): string {
  const what = asClause(promise.text, [promise.personName, ...names]);
  return promise.dueOn === today
    ? `Due today: your promise to ${promise.personName} — ${what}`
    : `Still open: your promise to ${promise.personName} — ${what} (due ${shortDay(promise.dueOn)})`;
}
