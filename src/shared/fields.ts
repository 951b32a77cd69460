import * as v from 'valibot';
import { isValid, parseISO } from 'date-fns';

/** Reusable field schemas. Messages are written for the person using the app: the UI shows them as they are. */

export const Id = v.pipe(v.string('This id must be text.'), v.uuid('This id is not a valid identifier.'));

/** A calendar day in the user's local calendar, `YYYY-MM-DD`; rejects days that do not exist (2026-02-30). */
export const LocalDate = v.pipe(
  v.string('Enter a date as YYYY-MM-DD.'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.'),
  // parseISO checks the day against its month (leap years too) and is far lighter than isMatch's parser.
  v.check((s) => isValid(parseISO(s)), 'That date does not exist.'),
);

export function requiredText(label: string, max: number) {
  return v.pipe(
    v.string(`${label} must be text.`),
    v.trim(),
    v.nonEmpty(`${label} cannot be empty.`),
    v.maxLength(max, `${label} must be ${max} characters or fewer.`),
  );
}

/** Optional free text: blank becomes null so "cleared" and "never set" look the same in storage. */
export function optionalText(label: string, max: number) {
  return v.optional(
    v.nullable(
      v.pipe(
        v.string(`${label} must be text.`),
        v.trim(),
        v.maxLength(max, `${label} must be ${max} characters or fewer.`),
        v.transform((s): string | null => (s === '' ? null : s)),
      ),
    ),
    null,
  );
}

export function optionalLocalDate() {
  return v.optional(
    v.nullable(
      v.pipe(
        v.string('Enter a date as YYYY-MM-DD.'),
        v.trim(),
        v.transform((s): string | null => (s === '' ? null : s)),
        v.nullable(LocalDate),
      ),
    ),
    null,
  );
}

export const ById = v.strictObject({ id: Id });

const DAYS = { one: 'day', many: 'days' };

/** A whole number in a range, with messages that name the field (and the unit, for counts of days). */
export function wholeNumber(label: string, min: number, max: number, unit?: { one: string; many: string }) {
  const of = unit ? ` of ${unit.many}` : '';
  const count = (n: number) => (unit ? `${n} ${n === 1 ? unit.one : unit.many}` : String(n));
  return v.pipe(
    v.number(`${label} must be a number${of}.`),
    v.integer(`${label} must be a whole number${of}.`),
    v.minValue(min, `${label} must be at least ${count(min)}.`),
    v.maxValue(max, `${label} must be at most ${count(max)}.`),
  );
}

export function wholeDays(label: string, min: number, max: number) {
  return wholeNumber(label, min, max, DAYS);
}
