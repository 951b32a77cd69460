import * as v from 'valibot';
import { Id, LocalDate, markdownText } from './fields';
import { InvestmentKindSchema, Minutes, type Investment } from './investments';
import type { MethodTable } from './method-table';

/** The end-of-day reflection journal: one markdown entry per local day, linked to the people it mentions. */

export const JOURNAL_BODY_MAX = 50_000;

/** The service also refuses a day after today (it knows today). */
const JournalDay = LocalDate;

export const JournalGetInput = v.strictObject({ day: JournalDay });

export const JournalSaveInput = v.strictObject({
  day: JournalDay,
  /** The whole entry, as typed (not trimmed: markdown keeps its spacing). */
  // The message is a function so the number is formatted only when an entry is too long: formatting it
  // while this module loads set up ICU's number formatting on every start of the host and the renderer.
  body: markdownText('The entry', JOURNAL_BODY_MAX, () => `An entry must be ${JOURNAL_BODY_MAX.toLocaleString('en-US')} characters or fewer.`),
  /** Higher for each newer text from the editor (start above the revision `journal.get` returned). */
  revision: v.pipe(
    v.number('The revision must be a number.'),
    v.integer('The revision must be a whole number.'),
    v.minValue(1, 'The revision must be 1 or more.'),
    v.maxValue(Number.MAX_SAFE_INTEGER, 'The revision is too large.'),
  ),
});

export const JournalMonthInput = v.strictObject({
  month: v.pipe(v.string('Enter a month as YYYY-MM.'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month as YYYY-MM.')),
});

/** More people than any entry mentions; bounds the payload. */
export const LOG_MENTIONED_PEOPLE_MAX = 100;

export const JournalLogMentionedInput = v.strictObject({
  day: JournalDay,
  /** The same minutes for everyone mentioned as contact; unused when `people` is given. */
  minutes: v.optional(Minutes),
  kind: v.optional(InvestmentKindSchema, 'check_in'),
  /**
   * Who to log and how long with each (issue 20: one figure for everyone was rarely true). Each must be
   * mentioned in the entry as contact; those left out get nothing.
   */
  people: v.optional(
    v.pipe(
      v.array(v.strictObject({ personId: Id, minutes: Minutes }), 'People must be a list.'),
      v.minLength(1, 'Choose at least one person to log time with.'),
      v.maxLength(LOG_MENTIONED_PEOPLE_MAX, `At most ${LOG_MENTIONED_PEOPLE_MAX} people at once.`),
      v.check((people) => new Set(people.map((person) => person.personId)).size === people.length, 'A person is listed twice.'),
    ),
  ),
});

/** The most entries one page of the list holds. */
export const JOURNAL_LIST_MAX = 100;

export const JournalEntriesInput = v.optional(
  v.strictObject({
    /** Entries before this day (the last day of the previous page); the newest when omitted. */
    before: v.optional(LocalDate),
    limit: v.optional(
      v.pipe(
        v.number('The limit must be a number.'),
        v.integer('The limit must be a whole number.'),
        v.minValue(1, 'The limit must be 1 or more.'),
        v.maxValue(JOURNAL_LIST_MAX, `The limit must be ${JOURNAL_LIST_MAX} or less.`),
      ),
      20,
    ),
  }),
  { limit: 20 },
);

export interface JournalMention {
  personId: string;
  name: string;
  preferredName: string | null;
  /** Only mentioned in unchecked to-dos: meant, not done; never counts as attention. */
  intention: boolean;
}

export interface JournalEntry {
  day: string;
  /** Null when the day has no entry (opening a day never creates one). */
  body: string | null;
  /** The stored revision (0 when there is none): the editor's next save sends a higher one. */
  revision: number;
  updatedAt: string | null;
  /** Active people linked to the entry, in name order. */
  mentions: JournalMention[];
}

export interface JournalSaved extends JournalEntry {
  /** False when this text was not stored: a newer revision already was, or an empty text for a day with no entry. */
  saved: boolean;
}

export interface JournalMonth {
  month: string;
  /** Days of the month that have an entry (the calendar's dots). */
  days: string[];
  /** Days in a row with an entry, ending today (or yesterday). */
  streak: number;
  /** "5 days in a row" from two days on; null otherwise (kept modest: no guilt). */
  streakLabel: string | null;
}

/** One past entry in the Journal's list: its day, its opening words and who it mentions. */
export interface JournalListItem {
  day: string;
  /** The entry's first words as plain text, on one line (at most JOURNAL_EXCERPT_CHARS, with "…" when cut). */
  excerpt: string;
  /** Active people it mentions as contact, in name order. */
  mentions: JournalMention[];
}

export const JOURNAL_EXCERPT_CHARS = 160;

export interface JournalList {
  /** Newest first. */
  entries: JournalListItem[];
  /** The `before` for the next page, or null when these are the oldest. */
  nextBefore: string | null;
}

export interface OnThisDayEntry {
  day: string;
  yearsAgo: number;
  body: string;
}

export const journalMethods = {
  /** The entry for a day (body null when there is none); never creates one. */
  'journal.get': { input: JournalGetInput, touches: [] },
  /** Autosave: stores the text when its revision is newer than the stored one, re-linking mentions. */
  'journal.save': { input: JournalSaveInput, touches: ['journal', 'timeline'] },
  /** The days of a month with entries, and the current streak. */
  'journal.month': { input: JournalMonthInput, touches: [] },
  /** Entries from the same day in earlier years, newest first. */
  'journal.onThisDay': { input: JournalGetInput, touches: [] },
  /** Log time, in one step, with the people the day's entry mentions as contact (not intentions): everyone alike, or those chosen, each with their own minutes. */
  'journal.logMentioned': { input: JournalLogMentionedInput, touches: ['profile', 'timeline', 'attention'] },
  /** Past entries, newest first, a page at a time (the list beside the calendar). */
  'journal.entries': { input: JournalEntriesInput, touches: [] },
} as const satisfies MethodTable;

export interface JournalResults {
  'journal.get': JournalEntry;
  'journal.save': JournalSaved;
  'journal.month': JournalMonth;
  'journal.onThisDay': OnThisDayEntry[];
  'journal.logMentioned': Investment[];
  'journal.entries': JournalList;
}
