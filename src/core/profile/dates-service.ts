import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { Person } from '../../shared/people';
import { DEFAULT_DAYS_AHEAD, type DateKind, type ImportantDate } from '../../shared/dates';
import { type PersonalDetail } from '../../shared/details';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError, conflict } from '../errors';
import type { PeopleService } from '../people/people-service';
import { nextOccurrence } from './next-occurrence';
import type { Ownership } from './ownership';

interface DateRow {
  id: string;
  person_id: string;
  kind: DateKind;
  title: string;
  on_date: string;
  yearly: number;
  days_ahead: number;
  note: string | null;
}

type DatedThing = Omit<ImportantDate, 'nextOn' | 'daysUntil' | 'soon' | 'years'>;

function withOccurrence(thing: DatedThing, today: string): ImportantDate {
  // A work anniversary starts counting at one year; the first day itself is not one.
  const minYears = thing.kind === 'anniversary' ? 1 : 0;
  const next = nextOccurrence(thing.on, thing.yearly, today, minYears);
  const soon = next.daysUntil !== null && next.daysUntil <= thing.daysAhead;
  return { ...thing, ...next, soon };
}

/** Soonest first; one-off dates already past go last, newest of those first. */
export function byNextOccurrence(a: ImportantDate, b: ImportantDate): number {
  if (a.nextOn && b.nextOn) return a.nextOn.localeCompare(b.nextOn) || a.title.localeCompare(b.title);
  if (a.nextOn) return -1;
  if (b.nextOn) return 1;
  return b.on.localeCompare(a.on);
}

export function createDatesService(db: Database, clock: Clock, ownership: Ownership, people: PeopleService) {
  const byId = (id: string) => db.get<DateRow>('SELECT * FROM important_dates WHERE id = ?', [id])!;

  function toDated(row: DateRow): DatedThing {
    return {
      id: row.id,
      personId: row.person_id,
      kind: row.kind,
      title: row.title,
      on: row.on_date,
      yearly: row.yearly === 1,
      daysAhead: row.days_ahead,
      note: row.note,
    };
  }

  /** Stored dates, the work anniversary from "started on", and family birthdays, each with its next occurrence. */
  function listFor(person: Person, details: PersonalDetail[]): ImportantDate[] {
    const today = localDay(clock);
    const things: DatedThing[] = db
      .all<DateRow>('SELECT * FROM important_dates WHERE person_id = ?', [person.id])
      .map(toDated);
    if (person.startedOn) {
      const daysAhead = db.get<{ d: number }>('SELECT anniversary_days_ahead AS d FROM people WHERE id = ?', [person.id])!.d;
      things.push({
        id: `anniversary:${person.id}`,
        personId: person.id,
        kind: 'anniversary',
        title: 'Work anniversary',
        on: person.startedOn,
        yearly: true,
        daysAhead,
        note: null,
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
      });
    }
    return things.map((thing) => withOccurrence(thing, today)).sort(byNextOccurrence);
  }

  function toImportantDate(row: DateRow): ImportantDate {
    return withOccurrence(toDated(row), localDay(clock));
  }

  return {
    listFor,
    save(input: ParsedInput<'dates.save'>): ImportantDate {
      return db.transaction(() => {
        ownership.requireWritable('important_dates', input.id, input.personId, 'That date');
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
        const values = {
          kind: input.kind,
          title: isBirthday ? 'Birthday' : input.title,
          on: input.on,
          yearly: isBirthday || input.yearly ? 1 : 0,
          daysAhead: input.daysAhead,
          note: input.note,
          now: instant(clock),
        };
        if (input.id === undefined) {
          const id = randomUUID();
          db.run(
            `INSERT INTO important_dates (id, person_id, kind, title, on_date, yearly, days_ahead, note, created_at, updated_at)
             VALUES (:id, :personId, :kind, :title, :on, :yearly, :daysAhead, :note, :now, :now)`,
            { ...values, id, personId: input.personId },
          );
          return toImportantDate(byId(id));
        }
        db.run(
          `UPDATE important_dates SET kind = :kind, title = :title, on_date = :on, yearly = :yearly,
             days_ahead = :daysAhead, note = :note, updated_at = :now WHERE id = :id`,
          { ...values, id: input.id },
        );
        return toImportantDate(byId(input.id));
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
    delete(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('important_dates', id, 'That date');
        db.run('DELETE FROM important_dates WHERE id = ?', [id]);
      });
    },
  };
}
