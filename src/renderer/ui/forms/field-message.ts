/**
 * The contract words its refusals generically ("Title cannot be empty.", "Enter a date as
 * YYYY-MM-DD.", "Note must be 20000 characters or fewer."); a form says them the way it is shown:
 * the field as labelled, numbers grouped, and dates in the format the date field displays (issue 7).
 */

/** A day as the browser's date field shows it in `locale`: "11/23/2026" (en-US), "23/11/2026" (en-GB). */
export function dateExample(locale: string, day: Date): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** A date field that holds a half-typed or impossible day. */
export function badDateMessage(locale: string, today: Date): string {
  return `That date is incomplete or does not exist; enter a date like ${dateExample(locale, today)}.`;
}

const NAMED = /^(.+?) (cannot be empty\.|must be (\d+) characters or fewer\.)$/;

/** `message` reworded for a field labelled `label` (when given), in `locale`, with `today` as the date example. */
export function wordedForField(message: string, label: string | undefined, locale: string, today: Date): string {
  if (/^Enter a date as YYYY-MM-DD\.$/.test(message)) return `Enter a date like ${dateExample(locale, today)}.`;
  const named = NAMED.exec(message);
  if (!named) return message;
  const [, contractName, rest, max] = named;
  const rule = max === undefined ? rest! : `must be ${Number(max).toLocaleString(locale)} characters or fewer.`;
  return `${label ?? contractName} ${rule}`;
}

/** The language forms speak: the browser's, or en-US where there is none (the Node tests). */
export function formLocale(): string {
  return typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
}
