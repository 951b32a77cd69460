import type { InsightsOverview } from '../../shared/insights';
import type { ParsedInput } from '../../shared/contract';
import { localDayOf, type WeekStartsOn } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { CommitmentFact } from './follow-through';
import { resolvePeriod } from './period';
import { summarizeInsights, type InvestmentFact, type PersonFact } from './summarize-insights';

type PersonRow = Omit<PersonFact, 'addedOn'> & { createdAt: string };

/**
 * Three reads whatever the history: the active people, each with their kept latest day and one seek
 * for their latest day before the period; the period's investments, one index-only range over
 * investments_by_day in day order; and the commitments made in the period, a range per person.
 */
export const PEOPLE_SQL = `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    p.created_at AS createdAt, l.day AS lastInvestedOn,
    (SELECT max(i.day) FROM investments i INDEXED BY investments_by_person WHERE i.person_id = p.id AND i.day < :startsOn) AS lastBefore
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL`;

export const INVESTMENTS_SQL = `
  SELECT i.person_id, i.day, i.minutes, i.kind FROM investments i INDEXED BY investments_by_day
  WHERE i.day BETWEEN :startsOn AND :endsOn`;

/** CROSS JOIN keeps people outside, so each person is one range of commitments_made, not a scan of every commitment. */
export const COMMITMENTS_SQL = `
  SELECT c.person_id AS personId, c.owner, c.text, c.status, c.made_on AS madeOn, c.due_on AS dueOn, c.done_on AS doneOn
  FROM people p CROSS JOIN commitments c INDEXED BY commitments_made ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
  WHERE p.archived_at IS NULL`;

/** Insights for a period, its weeks from the stored week-start setting. */
export function createInsightsService(db: Database, clock: Clock, weekStart: () => WeekStartsOn) {
  // Rows as arrays, not objects: a year of a large team is tens of thousands of rows.
  const investments = db.raw.prepare(INVESTMENTS_SQL).raw();
  return {
    overview(input: ParsedInput<'insights.overview'>): InsightsOverview {
      const weekStartsOn = weekStart();
      const period = resolvePeriod(input.period, localDay(clock), weekStartsOn);
      const range = { startsOn: period.startsOn, endsOn: period.endsOn };
      return db.readConsistently(() =>
        summarizeInsights({
          period,
          weekStartsOn,
          people: db.all<PersonRow>(PEOPLE_SQL, { startsOn: period.startsOn }).map(({ createdAt, ...row }) => ({ ...row, addedOn: localDayOf(new Date(createdAt)) })),
          investments: investments.all(range) as InvestmentFact[],
          commitments: db.all<CommitmentFact>(COMMITMENTS_SQL, range),
        }),
      );
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
