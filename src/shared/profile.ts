import * as v from 'valibot';
import { Id, LocalDate, optionalLocalDate, optionalText, requiredText, wholeDays } from './fields';
import type { Person } from './people';

/** Records that make up what a leader knows about one person (PRODUCT.md, "The ideas"). */

const NOTE_MAX = 20_000;
const TEXT_MAX = 2_000;

const optionalDay = v.optional(LocalDate);

// ── What matters ──────────────────────────────────────────────────────────────
export const MatterSaveInput = v.strictObject({
  id: v.optional(Id),
  personId: Id,
  what: requiredText('What matters', TEXT_MAX),
  why: optionalText('Why', TEXT_MAX),
  /** Defaults to today. */
  notedOn: optionalDay,
});

export interface Matter {
  id: string;
  personId: string;
  what: string;
  why: string | null;
  notedOn: string;
  createdAt: string;
  updatedAt: string;
}

// ── Goals and challenges ──────────────────────────────────────────────────────
export const GOAL_KINDS = ['goal', 'challenge'] as const;
export const SPHERES = ['personal', 'professional'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'let_go'] as const;
export const CHALLENGE_STATUSES = ['active', 'resolved', 'let_go'] as const;
export const ALL_GOAL_STATUSES = ['active', 'achieved', 'resolved', 'let_go'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export type Sphere = (typeof SPHERES)[number];
export type GoalStatus = (typeof ALL_GOAL_STATUSES)[number];

const GoalKindSchema = v.picklist(GOAL_KINDS, 'Choose goal or challenge.');
const SphereSchema = v.picklist(SPHERES, 'Choose personal or professional.');
const StatusSchema = v.picklist(ALL_GOAL_STATUSES, 'Choose active, achieved, resolved or let go.');

/** A goal can be achieved, a challenge resolved; never the other way round. */
export function statusFitsKind(kind: GoalKind, status: GoalStatus): boolean {
  return kind === 'goal' ? status !== 'resolved' : status !== 'achieved';
}

export const GoalSaveInput = v.pipe(
  v.strictObject({
    id: v.optional(Id),
    personId: Id,
    kind: GoalKindSchema,
    sphere: SphereSchema,
    title: requiredText('Title', 300),
    detail: optionalText('Detail', TEXT_MAX),
    status: v.optional(StatusSchema, 'active'),
    targetOn: optionalLocalDate(),
  }),
  v.forward(
    v.check((g) => statusFitsKind(g.kind, g.status), 'A goal is achieved and a challenge is resolved; pick a status that fits.'),
    ['status'],
  ),
);

export const ProgressSaveInput = v.strictObject({
  id: v.optional(Id),
  goalId: Id,
  body: requiredText('Progress note', NOTE_MAX),
  notedOn: optionalDay,
  /** Optionally moves the goal or challenge to a new status in the same step. */
  status: v.optional(StatusSchema),
});

export interface ProgressNote {
  id: string;
  goalId: string;
  personId: string;
  body: string;
  notedOn: string;
  /** The status the goal moved to with this note, if it changed. */
  status: GoalStatus | null;
  createdAt: string;
}

export interface Goal {
  id: string;
  personId: string;
  kind: GoalKind;
  sphere: Sphere;
  title: string;
  detail: string | null;
  status: GoalStatus;
  targetOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** Newest first. */
  progress: ProgressNote[];
}

// ── Family & personal ─────────────────────────────────────────────────────────
export const DETAIL_KINDS = ['family', 'pet', 'hobby', 'passion', 'good_to_know'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export const DetailSaveInput = v.strictObject({
  id: v.optional(Id),
  personId: Id,
  kind: v.picklist(DETAIL_KINDS, 'Choose family, pet, hobby, passion or good to know.'),
  /** A family member's or pet's name, or the hobby / passion / thing worth knowing. */
  name: requiredText('Name', 300),
  relation: optionalText('Relation', 100),
  birthday: optionalLocalDate(),
  note: optionalText('Note', TEXT_MAX),
});

export interface PersonalDetail {
  id: string;
  personId: string;
  kind: DetailKind;
  name: string;
  relation: string | null;
  birthday: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

// ── Important dates ───────────────────────────────────────────────────────────
export const DATE_KINDS = ['birthday', 'custom'] as const;
export type DateKind = (typeof DATE_KINDS)[number];
export const DEFAULT_DAYS_AHEAD = 7;

const DaysAhead = wholeDays('Days ahead', 0, 90);

export const ImportantDateSaveInput = v.strictObject({
  id: v.optional(Id),
  personId: Id,
  kind: v.optional(v.picklist(DATE_KINDS, 'Choose birthday or custom.'), 'custom'),
  /** Ignored for birthdays, which are always titled "Birthday". */
  title: v.optional(requiredText('Title', 200)),
  on: LocalDate,
  /** Birthdays always repeat. */
  yearly: v.optional(v.boolean('Yearly must be true or false.'), false),
  daysAhead: v.optional(DaysAhead, DEFAULT_DAYS_AHEAD),
  note: optionalText('Note', TEXT_MAX),
});

export const AnniversarySaveInput = v.strictObject({ personId: Id, daysAhead: DaysAhead });

export interface ImportantDate {
  /** `anniversary:<personId>` for the work anniversary derived from "started on". */
  id: string;
  personId: string;
  kind: DateKind | 'anniversary' | 'family_birthday';
  title: string;
  on: string;
  yearly: boolean;
  daysAhead: number;
  note: string | null;
  /** Next occurrence on or after today, or null for a one-off date in the past. */
  nextOn: string | null;
  /** Whole local days from today to nextOn. */
  daysUntil: number | null;
  /** Within its daysAhead window. */
  soon: boolean;
  /** For yearly dates with a known first year: the count reached at nextOn (age, years at work). */
  years: number | null;
}

// ── Notes ─────────────────────────────────────────────────────────────────────
export const NOTE_KINDS = ['one_on_one', 'observation', 'feedback_praise', 'feedback_constructive', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const OneToFive = v.optional(
  v.nullable(
    v.pipe(
      v.number('Use a number from 1 to 5.'),
      v.integer('Use a whole number from 1 to 5.'),
      v.minValue(1, 'Use a number from 1 to 5.'),
      v.maxValue(5, 'Use a number from 1 to 5.'),
    ),
  ),
  null,
);

export const NoteSaveInput = v.strictObject({
  id: v.optional(Id),
  personId: Id,
  kind: v.optional(v.picklist(NOTE_KINDS, 'Choose a kind of note.'), 'observation'),
  body: requiredText('Note', NOTE_MAX),
  notedOn: optionalDay,
  mood: OneToFive,
  energy: OneToFive,
});

export interface Note {
  id: string;
  personId: string;
  kind: NoteKind;
  body: string;
  notedOn: string;
  mood: number | null;
  energy: number | null;
  createdAt: string;
  updatedAt: string;
}

// ── Timeline ──────────────────────────────────────────────────────────────────
export const TIMELINE_KINDS = ['note', 'progress'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const TimelineCursor = v.strictObject({ day: LocalDate, createdAt: v.pipe(v.string(), v.isoTimestamp()), id: Id });
export type TimelineCursor = v.InferOutput<typeof TimelineCursor>;

export const TimelinePageInput = v.strictObject({
  personId: Id,
  kinds: v.optional(v.array(v.picklist(TIMELINE_KINDS, 'Unknown timeline kind.')), [...TIMELINE_KINDS]),
  /** Keyset cursor: the last item of the previous page. */
  before: v.optional(v.nullable(TimelineCursor), null),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200, 'At most 200 items a page.')), 50),
});

export type TimelineItem =
  | { type: 'note'; id: string; day: string; createdAt: string; note: Note }
  | { type: 'progress'; id: string; day: string; createdAt: string; progress: ProgressNote; goalTitle: string; goalKind: GoalKind };

export interface TimelinePage {
  items: TimelineItem[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: TimelineCursor | null;
}

// ── The whole person ──────────────────────────────────────────────────────────
export const PersonDeleteInput = v.strictObject({
  id: Id,
  /** Deleting is explicit: the caller repeats the person's name as confirmation. */
  confirmName: v.string('Type the person’s name to confirm.'),
});

export interface PersonProfile {
  person: Person;
  /** Newest first. */
  matters: Matter[];
  goals: Goal[];
  details: PersonalDetail[];
  /** Soonest first; past one-off dates last. */
  dates: ImportantDate[];
  noteCount: number;
}
