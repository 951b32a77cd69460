import * as v from 'valibot';
import { Id, wholeNumber } from './fields';
import type { MethodTable } from './method-table';
import { OptionalEmail } from './people';

/**
 * The real 1:1 schedule (issue 22): Tend reads the user's calendar (a picked .ics file and/or a
 * subscription address), finds the events that are 1:1s with people on the team, and uses them for
 * This week, the reminders before a 1:1 and the offer to log one after it.
 */

export const SOURCE_KINDS = ['file', 'url'] as const;
export type ScheduleSourceKind = (typeof SOURCE_KINDS)[number];

export const DEFAULT_LEAD_MINUTES = 15;
/** The largest calendar file read; bigger than any real export, and within the web host's upload limit. */
export const CALENDAR_MAX_CHARS = 32 * 1024 * 1024;

/**
 * An event's UID or occurrence as a calendar wrote it (Tend stores them with control characters
 * replaced): at least one visible character, no control character, no broken one.
 */
const VISIBLE_TEXT = /^[^\p{Cc}\p{Cs}]*[^\p{Cc}\p{Cs}\p{White_Space}\p{Cf}][^\p{Cc}\p{Cs}]*$/u;
const EventKey = (label: string) =>
  v.pipe(v.string(`${label} must be text.`), v.maxLength(1000, `${label} must be 1000 characters or fewer.`), v.regex(VISIBLE_TEXT, `${label} is not one Tend read from your calendar.`));

/** The calendar's text, read in the page from the picked file (both hosts: the core never opens a path the page names). */
export const ScheduleFileInput = v.strictObject({
  /** The picked file's name, shown in Settings: visible text, as a file system gives it. */
  name: v.pipe(
    v.string('The file name must be text.'),
    v.trim(),
    v.maxLength(255, 'The file name must be 255 characters or fewer.'),
    v.regex(VISIBLE_TEXT, 'The file name must be visible text without control characters.'),
  ),
  content: v.pipe(
    v.string('The calendar file must be text.'),
    v.nonEmpty('The calendar file is empty.'),
    v.maxLength(CALENDAR_MAX_CHARS, 'The calendar file is larger than 32 MB.'),
  ),
});

const URL_MESSAGE = 'Enter the calendar’s address, starting with https:// (or webcal://).';
export const ScheduleUrlInput = v.strictObject({
  url: v.pipe(v.string(URL_MESSAGE), v.trim(), v.maxLength(2000, 'The address must be 2000 characters or fewer.'), v.regex(/^(https?|webcal):\/\/[^\s/?#]+[^\s]*$/i, URL_MESSAGE)),
});

export const SchedulePreferencesInput = v.strictObject({
  /** The user's own address: their declined invitations are left out; never matched to a person. */
  ownEmail: OptionalEmail,
  leadMinutes: v.optional(wholeNumber('Remind me before a 1:1', 0, 240, { one: 'minute', many: 'minutes' }), DEFAULT_LEAD_MINUTES),
});

export const ScheduleConfirmInput = v.strictObject({
  uid: EventKey('Event'),
  /** The person this series is a 1:1 with; null: it is not a 1:1 with anyone on the team. */
  personId: v.nullable(Id),
});

export const OFFER_ANSWERS = ['log', 'dismiss'] as const;
export const ScheduleOfferInput = v.strictObject({
  uid: EventKey('Event'),
  recurrenceId: EventKey('Occurrence'),
  answer: v.picklist(OFFER_ANSWERS, 'Choose log or dismiss.'),
});

export const SchedulePersonInput = v.strictObject({ personId: Id });

export interface ScheduleSource {
  kind: ScheduleSourceKind;
  /** The file's name, or the address as typed. */
  label: string;
  /** When the copy in use was read; null if no read has worked yet. */
  readAt: string | null;
  /** When the last attempt was made, and why it failed (null once one works). */
  triedAt: string | null;
  error: string | null;
  /** Occurrences kept from it (26 weeks back, 8 ahead). */
  events: number;
}

export interface ScheduleStatus {
  sources: ScheduleSource[];
  ownEmail: string | null;
  leadMinutes: number;
  /** Series that look like 1:1s and are not yet confirmed or corrected. */
  toReview: number;
}

export interface ScheduleProposal {
  uid: string;
  title: string;
  /** The next occurrence's start, else the last one's (UTC ISO). */
  at: string;
  occurrences: number;
  /** Who Tend thinks this is a 1:1 with, and why; null: it looks like a 1:1 but no one fits. */
  personId: string | null;
  personName: string | null;
  reason: 'email' | 'title' | null;
}

export interface BookedOneOnOne {
  uid: string;
  recurrenceId: string;
  personId: string;
  personName: string;
  preferredName: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  /** Open promises (both ways) and queued talking points: "prep ready" when there is something. */
  openPromises: number;
  talkingPoints: number;
}

export interface UnbookedOneOnOne {
  personId: string;
  personName: string;
  preferredName: string | null;
  /** Days since the last 1:1, or null when there has never been one. */
  daysSince: number | null;
  cadenceDays: number;
}

export interface ScheduleWeek {
  /** Whether a calendar is set up; without one, This week shows the cadence list only. */
  configured: boolean;
  startsOn: string;
  endsOn: string;
  booked: BookedOneOnOne[];
  /** People due by their cadence this week with no 1:1 booked. */
  unbooked: UnbookedOneOnOne[];
}

export interface MeetingOffer {
  uid: string;
  recurrenceId: string;
  personId: string;
  personName: string;
  preferredName: string | null;
  startsAt: string;
  minutes: number;
}

export interface PersonSchedule {
  next: { startsAt: string; endsAt: string; title: string } | null;
  last: { startsAt: string; endsAt: string; title: string } | null;
}

const SCHEDULE: ['settings', 'prep', 'attention', 'profile'] = ['settings', 'prep', 'attention', 'profile'];

export const scheduleMethods = {
  /** The calendars set up, when each was read and why one failed, and how many series wait for review. */
  'schedule.status': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Read a picked .ics file (its text); a file that is not a calendar is refused with the line at fault, nothing stored. */
  'schedule.setFile': { input: ScheduleFileInput, touches: SCHEDULE },
  'schedule.clearFile': { input: v.optional(v.strictObject({}), {}), touches: SCHEDULE },
  /** Subscribe to a calendar's address; Tend reads it now, at start and every 30 minutes. */
  'schedule.setUrl': { input: ScheduleUrlInput, touches: SCHEDULE },
  'schedule.clearUrl': { input: v.optional(v.strictObject({}), {}), touches: SCHEDULE },
  /** Read the subscription again now (and the file's kept copy, for the moving window). */
  'schedule.refresh': { input: v.optional(v.strictObject({}), {}), touches: SCHEDULE },
  'schedule.setPreferences': { input: SchedulePreferencesInput, touches: SCHEDULE },
  /** Series that look like 1:1s, with who Tend proposes, for the user to confirm or correct. */
  'schedule.review': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Confirm or correct who a series (by UID) is a 1:1 with; remembered for every occurrence. */
  'schedule.confirm': { input: ScheduleConfirmInput, touches: SCHEDULE },
  /** This week's booked 1:1s in time order, then people due with none booked. */
  'schedule.week': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Booked 1:1s that ended today and were neither logged nor dismissed. */
  'schedule.offers': { input: v.optional(v.strictObject({}), {}), touches: [] },
  /** Log one 1:1 of the meeting's length, or dismiss the offer; either way it is not offered again. */
  'schedule.answerOffer': { input: ScheduleOfferInput, touches: ['people', 'profile', 'timeline', 'attention', 'prep'] },
  /** A person's next and last scheduled 1:1. */
  'schedule.person': { input: SchedulePersonInput, touches: [] },
} as const satisfies MethodTable;

export interface ScheduleResults {
  'schedule.status': ScheduleStatus;
  'schedule.setFile': ScheduleStatus;
  'schedule.clearFile': ScheduleStatus;
  'schedule.setUrl': ScheduleStatus;
  'schedule.clearUrl': ScheduleStatus;
  'schedule.refresh': ScheduleStatus;
  'schedule.setPreferences': ScheduleStatus;
  'schedule.review': ScheduleProposal[];
  'schedule.confirm': ScheduleProposal[];
  'schedule.week': ScheduleWeek;
  'schedule.offers': MeetingOffer[];
  'schedule.answerOffer': MeetingOffer[];
  'schedule.person': PersonSchedule;
}
