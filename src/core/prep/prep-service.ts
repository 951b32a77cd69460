import type { ParsedInput } from '../../shared/contract';
import type { FinishedOneOnOne, PrepSheet, PrepWeek } from '../../shared/prep';
import { localDayOf, parseDay, shiftDay, weekOf } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { finishOneOnOne } from './finish-one-on-one';
import { prepMarkdown } from './prep-markdown';
import { dismissQuestion, type QuestionDismissal } from './questions';
import { readSheet, requirePrepPerson, type SheetParts } from './read-sheet';
import { dueThisWeek, type OneOnOneRhythm } from './this-week';

/** Weekly one-on-one prep: the sheet, this week's one-on-ones, dismissed questions, and Finish. */
export function createPrepService(db: Database, clock: Clock, parts: SheetParts) {
  function dismissalsOf(personId: string): QuestionDismissal[] {
    return db.all<QuestionDismissal>(`SELECT key, until FROM prep_dismissals WHERE person_id = ?`, [personId]);
  }

  function forPerson({ personId, day }: ParsedInput<'prep.forPerson'>): PrepSheet {
    const today = day ?? localDay(clock);
    return db.readConsistently(() => readSheet(db, parts, personId, today, dismissalsOf(personId)));
  }

  return {
    forPerson,

    markdown: (input: ParsedInput<'prep.markdown'>): string => prepMarkdown(forPerson(input)),

    thisWeek({ day, weekStartsOn }: ParsedInput<'prep.thisWeek'>): PrepWeek {
      const today = day ?? localDay(clock);
      // Booked 1:1s still to start, up to the local midnight that ends the week.
      const now = new Date(Math.max(clock().getTime(), parseDay(today).getTime())).toISOString();
      const until = parseDay(shiftDay(weekOf(today, weekStartsOn).endsOn, 1)).toISOString();
      return db.readConsistently(() => {
        const people = db
          .all<Omit<OneOnOneRhythm, 'addedOn'> & { createdAt: string }>(
            `SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
                    p.snoozed_until AS snoozedUntil, p.created_at AS createdAt,
                    (SELECT max(i.day) FROM investments i WHERE i.person_id = p.id AND i.kind = 'one_on_one' AND i.day <= :today) AS lastOneOnOneOn,
                    (SELECT min(e.starts_at) FROM calendar_matches m JOIN calendar_events e ON e.uid = m.uid
                     WHERE m.person_id = p.id AND e.all_day = 0 AND e.starts_at >= :now AND e.starts_at < :until) AS bookedAt
             FROM people p WHERE p.archived_at IS NULL`,
            { today, now, until },
          )
          .map(({ createdAt, ...person }) => ({ ...person, addedOn: localDayOf(new Date(createdAt)) }));
        return dueThisWeek(people, today, weekStartsOn);
      });
    },

    /** Stores the dismissal and answers the person's questions as they now stand. */
    dismissQuestion({ personId, key, how }: ParsedInput<'prep.dismissQuestion'>): PrepSheet['questions'] {
      const today = localDay(clock);
      db.transaction(() => {
        requirePrepPerson(db, personId);
        const dismissal = dismissQuestion(key, how, today);
        db.run(
          `INSERT INTO prep_dismissals (person_id, key, until, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (person_id, key) DO UPDATE SET until = excluded.until, created_at = excluded.created_at`,
          [personId, dismissal.key, dismissal.until, instant(clock)],
        );
      });
      return forPerson({ personId, day: today }).questions;
    },

    finish: (input: ParsedInput<'prep.finish'>): FinishedOneOnOne => finishOneOnOne(db, clock, input),
  };
}

export type PrepService = ReturnType<typeof createPrepService>;
