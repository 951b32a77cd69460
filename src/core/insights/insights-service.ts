import type { InsightsOverview } from '../../shared/insights';
import type { ParsedInput } from '../../shared/contract';
import { localDayOf, type WeekStartsOn } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { CommitmentCounts, OpenCommitment } from './follow-through';
import { resolvePeriod } from './period';
import { periodInvestments } from './packed-investments';
import { summarizeInsights, type PersonFact } from './summarize-insights';

type PersonRow = Omit<PersonFact, 'addedOn'> & { createdAt: string; invested: string | null };

/**
 * One read whatever the history: each active person with their kept latest day, one seek for their
 * latest day before the period, and the months the period touches from insights_months (migration
 * 017), whose packed investments are joined into one comma-separated text in day order. The months
 * run past the period at both ends; periodInvestments keeps the period's days.
 */
export const PEOPLE_SQL = `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    p.created_at AS createdAt, l.day AS lastInvestedOn,
    (SELECT max(i.day) FROM investments i INDEXED BY investments_by_person WHERE i.person_id = p.id AND i.day < :startsOn) AS lastBefore,
    (SELECT group_concat(m.packed, ',' ORDER BY m.month) FROM insights_months m
      WHERE m.person_id = p.id AND m.month BETWEEN substr(:startsOn, 1, 7) AND substr(:endsOn, 1, 7)) AS invested
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL`;

/** CROSS JOIN keeps people outside, so each person is one range of commitments_made, not a scan of every commitment. */
const MADE_IN_PERIOD = `FROM people p CROSS JOIN commitments c INDEXED BY commitments_made ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
  WHERE p.archived_at IS NULL`;

/**
 * The period's promises counted per person and owner (CommitmentCounts) from the made-on index alone,
 * which carries owner, status and days. A comparison with a missing day is null, and count() skips it.
 */
export const COMMITMENT_COUNTS_SQL = `
  SELECT c.person_id AS personId, c.owner, count(*) AS made, count(CASE WHEN c.status = 'done' THEN 1 END) AS done,
    count(CASE WHEN c.status = 'done' AND c.done_on > c.due_on THEN 1 END) AS late,
    count(CASE WHEN c.status = 'dropped' THEN 1 END) AS dropped,
    count(CASE WHEN c.status = 'open' AND c.due_on < :today THEN 1 END) AS overdue
  ${MADE_IN_PERIOD}
  GROUP BY c.person_id, c.owner`;

/** The period's promises still open: only these are looked up in the table, for their text. */
export const OPEN_COMMITMENTS_SQL = `
  SELECT c.person_id AS personId, c.owner, c.text, c.made_on AS madeOn, c.due_on AS dueOn
  ${MADE_IN_PERIOD} AND c.status = 'open'`;

/** Insights for a period, its weeks from the stored week-start setting. */
export function createInsightsService(db: Database, clock: Clock, weekStart: () => WeekStartsOn) {
  return {
    overview(input: ParsedInput<'insights.overview'>): InsightsOverview {
      const weekStartsOn = weekStart();
      const period = resolvePeriod(input.period, localDay(clock), weekStartsOn);
      const range = { startsOn: period.startsOn, endsOn: period.endsOn };
      return db.readConsistently(() => {
        const investments = new Map<string, readonly number[]>();
        const people = db.all<PersonRow>(PEOPLE_SQL, range).map(({ createdAt, invested, ...row }) => {
          const packed = invested === null ? [] : periodInvestments(invested, period.startsOn, period.endsOn);
          if (packed.length > 0) investments.set(row.id, packed);
          return { ...row, addedOn: localDayOf(new Date(createdAt)) };
        });
        const commitments = {
          counts: db.all<CommitmentCounts>(COMMITMENT_COUNTS_SQL, { ...range, today: period.today }),
          open: db.all<OpenCommitment>(OPEN_COMMITMENTS_SQL, range),
        };
        return summarizeInsights({ period, weekStartsOn, people, investments, commitments });
      });
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
