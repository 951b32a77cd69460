import type { ParsedInput } from '../../shared/contract';
import type { Person } from '../../shared/people';
import { DEFAULT_DAYS_AHEAD, type DateKind, type ImportantDate } from '../../shared/dates';
import { type PersonalDetail } from '../../shared/details';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords } from '../db/owned-records';
import { TendError, conflict } from '../errors';
import type { PeopleService } from '../people/people-service';
import { nextOccurrence, type Occurrence } from './next-occurrence';

export type DatedThing = Omit<ImportantDate, 'nextOn' | 'daysUntil' | 'soon' | 'years'>;
/** As stored: SQLite has no booleans. */
export type DateRow = Omit<DatedThing, 'yearly' | 'updatedAt'> & { kind: DateKind; yearly: number; updatedAt: string };

export const DATE_COLUMNS = `id, person_id AS personId, kind, title, on_date AS "on", yearly, days_ahead AS daysAhead, note,
  updated_at AS updatedAt`;

const toDated = (row: DateRow): DatedThing => ({ ...row, yearly: row.yearly === 1 });

/**
 * When a dated thing next comes round and whether that is inside its own window. Apart from
 * withOccurrence so attention can ask it of every date on each read without copying each one.
 */
export function occurrenceOf(thing: Pick<DatedThing, 'kind' | 'on' | 'yearly' | 'daysAhead'>, today: string): Occurrence & { soon: boolean } {
  // A work anniversary starts counting at one year; the first day itself is not one.
  const minYears = thing.kind === 'anniversary' ? 1 : 0;
  const next = nextOccurrence(thing.on, thing.yearly, today, minYears);
  return { nextOn: next.nextOn, daysUntil: next.daysUntil, years: next.years, soon: next.daysUntil !== null && next.daysUntil <= thing.daysAhead };
}

export function withOccurrence(thing: DatedThing, today: string): ImportantDate {
  // Object.assign rather than `{ ...thing, ...occurrence }`: dated things come in several shapes (stored,
  // anniversary, birthday), and on Node 20 that double spread cost ~15 µs a date, more than the SQL
  // of the whole Person page.
  return Object.assign({}, thing, occurrenceOf(thing, today));
}

/** Soonest first; one-off dates already past go last, newest of those first. */
export function byNextOccurrence(a: ImportantDate, b: ImportantDate): number {
  if (a.nextOn && b.nextOn) return a.nextOn.localeCompare(b.nextOn) || a.title.localeCompare(b.title);
  if (a.nextOn) return -1;
  if (b.nextOn) return 1;
  return b.on.localeCompare(a.on);
}

/** What a dated-things list needs to know about the person. */
export interface DatedPerson {
  id: string;
  startedOn: string | null;
  anniversaryDaysAhead: number;
}

/** A family or pet detail with a birthday, as the dates list needs it. */
export type BirthdayDetail = Pick<PersonalDetail, 'id' | 'kind' | 'name' | 'relation' | 'birthday'>;

/**
 * Everything dated about a person: the stored dates, the work anniversary from "started on", and
 * family and pet birthdays. Shared by the Person page and attention, so both count the same dates.
 */
export function datedThings(person: DatedPerson, stored: readonly DateRow[], details: readonly BirthdayDetail[]): DatedThing[] {
  const things = stored.map(toDated);
  if (person.startedOn) {
    things.push({
      id: `anniversary:${person.id}`,
      personId: person.id,
      kind: 'anniversary',
      title: 'Work anniversary',
      on: person.startedOn,
      yearly: true,
      daysAhead: person.anniversaryDaysAhead,
      note: null,
      updatedAt: null,
    });
  }
  for (const detail of details) {
    if (!detail.birthday || (detail.kind !== 'family' && detail.kind !== 'pet')) continue;
    things.push({
      id: `detail:${detail.id}`,
      personId: person.id,
      kind: 'family_birthday',
      title: `${detail.name}’s birthday`,
      on: detail.birthday,
      yearly: true,
      daysAhead: DEFAULT_DAYS_AHEAD,
      note: detail.relation,
      updatedAt: null,
    });
  }
  return things;
}

export function withOccurrences(things: readonly DatedThing[], today: string): ImportantDate[] {
  return things.map((thing) => withOccurrence(thing, today)).sort(byNextOccurrence);
}

export function createDatesService(db: Database, clock: Clock, people: PeopleService) {
  const records = ownedRecords<DateRow>(db, people, { table: 'important_dates', what: 'That date', columns: DATE_COLUMNS });

  /**
   * Stored dates, the work anniversary from "started on", and family birthdays, each with its next
   * occurrence after `today` (the prep sheet passes the day it prepares for).
   */
  function listFor(person: DatedPerson, details: PersonalDetail[], today = localDay(clock)): ImportantDate[] {
    return withOccurrences(datedThings(person, records.listFor(person.id), details), today);
  }

  return {
    listFor,
    save(input: ParsedInput<'dates.save'>): ImportantDate {
      return db.transaction(() => {
        records.requireWritable(input.id, input.personId);
        const isBirthday = input.kind === 'birthday';
        if (!isBirthday && input.title === undefined) {
          throw new TendError('invalid_input', 'Give the date a title, like “Moves house”.', 'title');
        }
        if (isBirthday) {
          const other = db.get<{ id: string }>(
            `SELECT id FROM important_dates WHERE person_id = ? AND kind = 'birthday' AND id IS NOT ?`,
            [input.personId, input.id ?? null],
          );
          if (other) throw conflict('A birthday is already recorded; edit that one instead.', 'kind');
        }
        const row = records.write(
          input,
          {
            insert: `INSERT INTO important_dates (id, person_id, kind, title, on_date, yearly, days_ahead, note, created_at, updated_at)
                     VALUES (:id, :personId, :kind, :title, :on, :yearly, :daysAhead, :note, :now, :now)`,
            update: `UPDATE important_dates SET kind = :kind, title = :title, on_date = :on, yearly = :yearly,
                       days_ahead = :daysAhead, note = :note, updated_at = :now WHERE id = :id`,
          },
          {
            kind: input.kind,
            title: isBirthday ? 'Birthday' : input.title,
            on: input.on,
            yearly: isBirthday || input.yearly ? 1 : 0,
            daysAhead: input.daysAhead,
            note: input.note,
            now: instant(clock),
          },
        );
        return withOccurrence(toDated(row), localDay(clock));
      });
    },
    /** How many days ahead the work anniversary (derived from "started on") is surfaced. */
    saveAnniversary(input: ParsedInput<'dates.saveAnniversary'>): Person {
      return db.transaction(() => {
        people.requireActive(input.personId);
        db.run('UPDATE people SET anniversary_days_ahead = ?, updated_at = ? WHERE id = ?', [
          input.daysAhead,
          instant(clock),
          input.personId,
        ]);
        return people.get(input.personId);
      });
    },
    delete: records.delete,
  };
}

export type DatesService = ReturnType<typeof createDatesService>;
