import type { ParsedInput } from '../../shared/contract';
import { NOTE_KINDS, type NoteKind } from '../../shared/notes';
import type { PerceivedPoint, PersonTrends } from '../../shared/person-trends';
import { localDayOf } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { trendPeriod, weeklyMinutes } from './weekly-minutes';

/** The trend strip on a person's page, read from one snapshot. */
export function createPersonTrendsService(db: Database, clock: Clock) {
  function forPerson({ personId, weeks, weekStartsOn }: ParsedInput<'personTrends.forPerson'>): PersonTrends {
    const today = localDay(clock);
    return db.readConsistently(() => {
      const person = db.get<{ createdAt: string; firstInvestedOn: string | null }>(
        `SELECT created_at AS createdAt, (SELECT min(day) FROM investments WHERE person_id = people.id) AS firstInvestedOn FROM people WHERE id = ?`,
        [personId],
      );
      if (!person) throw notFound('That person', 'personId');
      const addedOn = localDayOf(new Date(person.createdAt));
      const firstRecordOn = person.firstInvestedOn !== null && person.firstInvestedOn < addedOn ? person.firstInvestedOn : addedOn;
      const { from, to } = trendPeriod(today, weeks, weekStartsOn, firstRecordOn);

      const days = db.all<{ day: string; minutes: number }>(
        `SELECT day, sum(minutes) AS minutes FROM investments WHERE person_id = ? AND day BETWEEN ? AND ? GROUP BY day`,
        [personId, from, to],
      );
      const perceived = db.all<PerceivedPoint>(
        `SELECT noted_on AS day, mood, energy FROM notes
         WHERE person_id = ? AND noted_on BETWEEN ? AND ? AND (mood IS NOT NULL OR energy IS NOT NULL)
         ORDER BY noted_on, created_at, id`,
        [personId, from, to],
      );
      const counts = db.all<{ kind: NoteKind; count: number }>(
        `SELECT kind, count(*) AS count FROM notes WHERE person_id = ? AND noted_on BETWEEN ? AND ? GROUP BY kind`,
        [personId, from, to],
      );
      return {
        from,
        to,
        weeks: weeklyMinutes(days, from, to),
        perceived,
        notesByKind: NOTE_KINDS.flatMap((kind) => counts.filter((row) => row.kind === kind)),
      };
    });
  }

  return { forPerson };
}

export type PersonTrendsService = ReturnType<typeof createPersonTrendsService>;
