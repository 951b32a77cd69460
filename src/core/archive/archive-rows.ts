import * as v from 'valibot';
import { CommitmentDropInput, CommitmentSaveInput, COMMITMENT_OWNERS, COMMITMENT_STATUSES } from '../../shared/commitments';
import { DATE_KINDS, ImportantDateSaveInput } from '../../shared/dates';
import { DETAIL_KINDS, DetailSaveInput } from '../../shared/details';
import { Id, LocalDate, optionalLocalDate, unstorableText, wholeNumber } from '../../shared/fields';
import { ALL_GOAL_STATUSES, GOAL_KINDS, GoalSaveInput, ProgressSaveInput, SPHERES } from '../../shared/goals';
import { INVESTMENT_KINDS, InvestmentLogInput, Minutes } from '../../shared/investments';
import { JournalSaveInput } from '../../shared/journal';
import { MatterSaveInput } from '../../shared/matters';
import { NOTE_KINDS, NoteSaveInput } from '../../shared/notes';
import { CadenceDays, MaxDays, PersonSaveInput } from '../../shared/people';
import { PrepDismissInput } from '../../shared/prep';
import { REMINDER_KINDS } from '../../shared/reminders';
import { TalkingPointSaveInput } from '../../shared/talking-points';
import type { ArchiveTable } from './tables';

/**
 * What each column of each archived table may hold, built from the schemas the contract checks the
 * same fields with (ids, days, kinds, lengths, the text rules), so an archive can put nothing in the
 * database that `people.save`, `notes.save`… would refuse. A test fails while a column of an archived
 * table has no entry here.
 */
const Timestamp = v.pipe(v.string('A time must be text.'), v.isoTimestamp('A time must be an ISO date and time, as Tend writes it.'));
const Day = LocalDate;
const OptionalDay = optionalLocalDate();
const Flag = v.picklist([0, 1], 'A yes/no field must be 0 or 1.');
const pick = <T extends readonly string[]>(options: T) => v.picklist(options, `Must be one of: ${options.join(', ')}.`);
const orNull = <S extends v.GenericSchema>(schema: S) => v.nullable(schema);
/** Text Tend writes itself (a reminder's words, a question's key): any length, the same text rules. */
const StoredText = v.pipe(
  v.string('Must be text.'),
  v.check((s) => unstorableText('Text', s) === null, 'Contains an invisible control character or a broken character.'),
);
const IdList = v.pipe(
  v.string('Must be a list of ids.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      const list: unknown = JSON.parse(dataset.value);
      if (Array.isArray(list) && list.every((id) => v.is(Id, id))) return dataset.value;
    } catch {
      // Reported below, as every other malformed value.
    }
    addIssue({ message: 'Must be a list of ids.' });
    return NEVER;
  }),
);

/** An event's UID or occurrence as the calendar file wrote it: not blank, the same text rules. */
const CalendarUid = v.pipe(StoredText, v.minLength(1, 'Must not be empty.'), v.maxLength(1000, 'Must be 1000 characters or fewer.'));

const goal = GoalSaveInput.pipe[0].entries;

export const COLUMN_SCHEMAS: Record<ArchiveTable, Record<string, v.GenericSchema>> = {
  people: {
    id: Id,
    name: PersonSaveInput.entries.name,
    preferred_name: PersonSaveInput.entries.preferredName,
    pronunciation: PersonSaveInput.entries.pronunciation,
    role: PersonSaveInput.entries.role,
    team: PersonSaveInput.entries.team,
    email: PersonSaveInput.entries.email,
    started_on: OptionalDay,
    cadence_days: CadenceDays,
    archived_at: orNull(Timestamp),
    created_at: Timestamp,
    updated_at: Timestamp,
    anniversary_days_ahead: wholeNumber('Remind me', 0, 90),
    max_days: orNull(MaxDays),
    snoozed_until: OptionalDay,
    is_sample: Flag,
  },
  matters: { id: Id, person_id: Id, what: MatterSaveInput.entries.what, why: MatterSaveInput.entries.why, noted_on: Day, created_at: Timestamp, updated_at: Timestamp },
  goals: {
    id: Id,
    person_id: Id,
    kind: pick(GOAL_KINDS),
    sphere: pick(SPHERES),
    title: goal.title,
    detail: goal.detail,
    status: pick(ALL_GOAL_STATUSES),
    target_on: OptionalDay,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  progress_notes: {
    id: Id,
    goal_id: Id,
    person_id: Id,
    body: ProgressSaveInput.entries.body,
    noted_on: Day,
    status: orNull(pick(ALL_GOAL_STATUSES)),
    created_at: Timestamp,
    // Absent in an archive from before progress notes carried a version: the database takes created_at.
    updated_at: v.optional(Timestamp),
  },
  personal_details: {
    id: Id,
    person_id: Id,
    kind: pick(DETAIL_KINDS),
    name: DetailSaveInput.entries.name,
    relation: DetailSaveInput.entries.relation,
    birthday: OptionalDay,
    note: DetailSaveInput.entries.note,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  important_dates: {
    id: Id,
    person_id: Id,
    kind: pick(DATE_KINDS),
    title: ImportantDateSaveInput.entries.title,
    on_date: Day,
    yearly: Flag,
    days_ahead: ImportantDateSaveInput.entries.daysAhead,
    note: ImportantDateSaveInput.entries.note,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  notes: {
    id: Id,
    person_id: Id,
    kind: pick(NOTE_KINDS),
    body: NoteSaveInput.entries.body,
    noted_on: Day,
    mood: NoteSaveInput.entries.mood,
    energy: NoteSaveInput.entries.energy,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  investments: { id: Id, person_id: Id, day: Day, minutes: Minutes, kind: pick(INVESTMENT_KINDS), note: InvestmentLogInput.entries.note, created_at: Timestamp, updated_at: Timestamp },
  commitments: {
    id: Id,
    person_id: Id,
    text: CommitmentSaveInput.entries.text,
    owner: pick(COMMITMENT_OWNERS),
    due_on: OptionalDay,
    status: pick(COMMITMENT_STATUSES),
    made_on: Day,
    done_on: OptionalDay,
    dropped_on: OptionalDay,
    drop_reason: CommitmentDropInput.entries.reason,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  talking_points: {
    id: Id,
    person_id: Id,
    text: TalkingPointSaveInput.entries.text,
    position: v.pipe(v.number('A position must be a number.'), v.safeInteger('A position must be a whole number.')),
    discussed_on: OptionalDay,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  reminders: {
    id: Id,
    kind: pick(REMINDER_KINDS),
    key: v.pipe(StoredText, v.nonEmpty('A reminder needs a key.')),
    title: StoredText,
    body: StoredText,
    route: StoredText,
    local_day: Day,
    decided_at: Timestamp,
    shown_at: orNull(Timestamp),
    failed_reason: orNull(StoredText),
    opened_at: orNull(Timestamp),
    dismissed_at: orNull(Timestamp),
  },
  journal_entries: {
    id: Id,
    day: Day,
    body: JournalSaveInput.entries.body,
    revision: JournalSaveInput.entries.revision,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  journal_mentions: { entry_id: Id, person_id: Id, day: Day, intention: Flag },
  prep_dismissals: { person_id: Id, key: PrepDismissInput.entries.key, until: OptionalDay, created_at: Timestamp },
  one_on_ones: {
    meeting_id: Id,
    person_id: Id,
    day: Day,
    investment_id: orNull(Id),
    note_id: orNull(Id),
    ticked_ids: IdList,
    commitment_ids: IdList,
    finished_at: Timestamp,
  },
  calendar_matches: { uid: CalendarUid, person_id: orNull(Id), updated_at: Timestamp },
  calendar_offers: {
    uid: CalendarUid,
    recurrence_id: CalendarUid,
    person_id: Id,
    outcome: pick(['logged', 'dismissed'] as const),
    investment_id: orNull(Id),
    created_at: Timestamp,
  },
};
