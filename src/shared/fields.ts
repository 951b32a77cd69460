import * as v from 'valibot';
import { isValid, parseISO } from 'date-fns';

/** Reusable field schemas. Messages are written for the person using the app: the UI shows them as they are. */

export const Id = v.pipe(v.string('This id must be text.'), v.uuid('This id is not a valid identifier.'));

/** A calendar day in the user's local calendar, `YYYY-MM-DD`; rejects days that do not exist (2026-02-30). */
export const LocalDate = v.pipe(
  v.string('Enter a date as YYYY-MM-DD.'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.'),
  // parseISO refuses impossible days as isMatch(…, 'yyyy-MM-dd') did, without bundling every token parser into the renderer.
  v.check((s) => isValid(parseISO(s)), 'That date does not exist.'),
);

/**
 * Text hygiene, the same for every free-text field of every write:
 * - Refused: U+0000 (SQLite's `length()` stops at it, so the row's CHECK sees an empty string and the
 *   rest of the text is unreachable to SQL) and the other C0 controls and DEL except tab, line feed and
 *   carriage return. They are invisible in the app, never typed, and forbidden in the exports we write
 *   (ICS TEXT, XML); refusing says what happened, where silently stripping would change the words.
 * - Refused: text that is not well-formed UTF-16 (a lone surrogate, half of an emoji). SQLite would
 *   store it as invalid UTF-8 that reads back as three U+FFFD; there is no honest repair.
 * - Blank: text made only of whitespace and invisible format characters (zero-width space, joiners,
 *   word joiner, BOM, bidi marks, variation selectors…) shows as nothing, so required text made only
 *   of them is "empty" and optional text becomes null. Such characters inside or at the edges of real
 *   text are kept: a variation selector or joiner at the end is part of an emoji.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// With the `u` flag, \p{Cs} matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u;
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

/** True when the text shows as nothing: empty, whitespace, or invisible format characters only. */
export function isBlankText(text: string): boolean {
  return INVISIBLE_ONLY.test(text);
}

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Marks a schema as free text, so tests can find every text field of every method. `markdown` is text
 * kept as typed (not trimmed: its spacing is part of it) where blank means "no text".
 */
export interface FreeTextMetadata {
  freeText: 'required' | 'optional' | 'markdown';
  label: string;
}

const brokenMessage = (label: string) => `${label} contains a broken character (half of an emoji or symbol); retype it and try again.`;
const controlMessage = (label: string) => `${label} contains an invisible control character; remove it and try again.`;

/**
 * The sentence refusing text no field may store, or null when it may be stored. For text that reaches
 * storage without a schema of its own (what a parser reads out of a line); schemas use the same checks.
 */
export function unstorableText(label: string, text: string): string | null {
  if (!isWellFormedText(text)) return brokenMessage(label);
  if (hasControlCharacter(text)) return controlMessage(label);
  return null;
}

/** Text kept as typed that stores nothing (a search): the same checks, with no free-text mark. */
export function untrimmedText(label: string) {
  return v.pipe(
    v.string(`${label} must be text.`),
    v.check(isWellFormedText, brokenMessage(label)),
    v.check((s) => !hasControlCharacter(s), controlMessage(label)),
  );
}

function storableText(label: string) {
  return v.pipe(untrimmedText(label), v.trim());
}

/** Markdown kept exactly as typed (tabs, newlines, edge spacing); blank text (invisible only) becomes ''. */
export function markdownText(label: string, max: number, tooLong: () => string) {
  return v.pipe(
    untrimmedText(label),
    v.maxLength(max, tooLong),
    v.transform((s) => (isBlankText(s) ? '' : s)),
    v.metadata({ freeText: 'markdown', label } satisfies FreeTextMetadata),
  );
}

export function requiredText(label: string, max: number) {
  return v.pipe(
    storableText(label),
    v.check((s) => !isBlankText(s), `${label} cannot be empty.`),
    v.maxLength(max, `${label} must be ${max} characters or fewer.`),
    v.metadata({ freeText: 'required', label } satisfies FreeTextMetadata),
  );
}

/** Optional free text: blank becomes null so "cleared" and "never set" look the same in storage. */
export function optionalText(label: string, max: number) {
  return v.optional(
    v.nullable(
      v.pipe(
        storableText(label),
        v.maxLength(max, `${label} must be ${max} characters or fewer.`),
        v.transform((s): string | null => (isBlankText(s) ? null : s)),
        v.metadata({ freeText: 'optional', label } satisfies FreeTextMetadata),
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
