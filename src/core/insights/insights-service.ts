import type { InsightsOverview } from '../../shared/insights';
import type { ParsedInput } from '../../shared/contract';
import { localDayOf, type WeekStartsOn } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { CommitmentFact } from './follow-through';
import { resolvePeriod } from './period';
import { PACKED_INVESTMENT_SQL } from './packed-investments';
import { summarizeInsights, type PersonFact } from './summarize-insights';

type PersonRow = Omit<PersonFact, 'addedOn'> & { createdAt: string; invested: string | null };

/**
 * One read whatever the history: each active person with their kept latest day, one seek for their
 * latest day before the period, and one range of investments_by_person (which carries minutes and
 * kind, so it never touches the table) for the period's investments, packed in the index's day order.
 */
export const PEOPLE_SQL = `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    p.created_at AS createdAt, l.day AS lastInvestedOn,
    (SELECT max(i.day) FROM investments i INDEXED BY investments_by_person WHERE i.person_id = p.id AND i.day < :startsOn) AS lastBefore,
    (SELECT json_group_array(${PACKED_INVESTMENT_SQL}) FROM investments i INDEXED BY investments_by_person
      WHERE i.person_id = p.id AND i.day BETWEEN :startsOn AND :endsOn) AS invested
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL`;

/**
 * CROSS JOIN keeps people outside, so each person is one range of commitments_made, not a scan of
 * every commitment. The index carries every column but the text, and only an open promise's text is
 * named (the rest read as ''), so SQLite visits the table for the open ones alone.
 */
export const COMMITMENTS_SQL = `
  SELECT c.person_id AS personId, c.owner, CASE c.status WHEN 'open' THEN c.text ELSE '' END AS text, c.status, c.made_on AS madeOn, c.due_on AS dueOn, c.done_on AS doneOn
  FROM people p CROSS JOIN commitments c INDEXED BY commitments_made ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
  WHERE p.archived_at IS NULL`;

/** A row of COMMITMENTS_SQL as an array, in its column order. */
type CommitmentTuple = [string, CommitmentFact['owner'], string, CommitmentFact['status'], string, string | null, string | null];

/** Insights for a period, its weeks from the stored week-start setting. */
export function createInsightsService(db: Database, clock: Clock, weekStart: () => WeekStartsOn) {
  // As arrays, not row objects: better-sqlite3 builds an object key by key, and a year of a large
  // team's promises is thousands of rows.
  const commitments = db.raw.prepare(COMMITMENTS_SQL).raw();
  const commitmentOf = (row: unknown): CommitmentFact => {
    const [personId, owner, text, status, madeOn, dueOn, doneOn] = row as CommitmentTuple;
    return { personId, owner, text, status, madeOn, dueOn, doneOn };
  };
  return {
    overview(input: ParsedInput<'insights.overview'>): InsightsOverview {
      const weekStartsOn = weekStart();
      const period = resolvePeriod(input.period, localDay(clock), weekStartsOn);
      const range = { startsOn: period.startsOn, endsOn: period.endsOn };
      return db.readConsistently(() => {
        const investments = new Map<string, readonly number[]>();
        const people = db.all<PersonRow>(PEOPLE_SQL, range).map(({ createdAt, invested, ...row }) => {
          // json_group_array gives '[]' for no rows.
          if (invested !== null && invested.length > 2) investments.set(row.id, JSON.parse(invested) as number[]);
          return { ...row, addedOn: localDayOf(new Date(createdAt)) };
        });
        return summarizeInsights({ period, weekStartsOn, people, investments, commitments: commitments.all(range).map(commitmentOf) });
      });
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
