import type { InsightsOverview } from '../../shared/insights';
import type { ParsedInput } from '../../shared/contract';
import { localDayOf, type WeekStartsOn } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import type { CommitmentCounts, OpenCommitment } from './follow-through';
import { perConnection } from '../db/per-connection';
import { resolvePeriod } from './period';
import { periodInvestments } from './packed-investments';
import { summarizeInsights, type PersonFact } from './summarize-insights';

/** A row of PEOPLE_SQL as an array (better-sqlite3 builds an object key by key, a cost on 600 rows): PersonFact's columns, then when they were added and their months. */
type PersonTuple = [string, string, string | null, number, number | null, string | null, string | null, string, string | null];
/** A row of COMMITMENT_COUNTS_SQL as an array, in CommitmentCounts' order. */
type CountsTuple = [string, CommitmentCounts['owner'], number, number, number, number];
/** A row of OPEN_COMMITMENTS_SQL as an array, in OpenCommitment's order. */
type OpenTuple = [string, OpenCommitment['owner'], string, string, string | null];

/**
 * One read whatever the history: each active person with their kept latest day, one seek for their
 * latest day before the period, and the months the period touches from insights_months (migration
 * 017), whose packed investments are joined into one comma-separated text in day order. The months
 * run past the period at both ends; periodInvestments keeps the period's days.
 */
export const PEOPLE_SQL = `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    l.day AS lastInvestedOn,
    (SELECT max(i.day) FROM investments i INDEXED BY investments_by_person WHERE i.person_id = p.id AND i.day < :startsOn) AS lastBefore,
    p.created_at AS createdAt,
    (SELECT group_concat(m.packed, ',' ORDER BY m.month) FROM insights_months m
      WHERE m.person_id = p.id AND m.month BETWEEN substr(:startsOn, 1, 7) AND substr(:endsOn, 1, 7)) AS invested
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL`;

/** CROSS JOIN keeps people outside, so each person is one range of the index, not a scan of every commitment. */
const MADE_IN_PERIOD = (index: string) => `FROM people p CROSS JOIN commitments c INDEXED BY ${index} ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
  WHERE p.archived_at IS NULL`;

/**
 * The period's promises counted per person and owner (CommitmentCounts) from the made-on index alone,
 * which carries owner, status and days. A comparison with a missing day is null, and count() skips it.
 * Each count is an expression on each of a year's 8,000 promises at 10×, so the overdue ones are
 * counted among the open ones read below instead.
 */
export const COMMITMENT_COUNTS_SQL = `
  SELECT c.person_id AS personId, c.owner, count(*) AS made, count(CASE WHEN c.status = 'done' THEN 1 END) AS done,
    count(CASE WHEN c.status = 'done' AND c.done_on > c.due_on THEN 1 END) AS late,
    count(CASE WHEN c.status = 'dropped' THEN 1 END) AS dropped
  ${MADE_IN_PERIOD('commitments_made')}
  GROUP BY c.person_id, c.owner`;

/**
 * The period's promises still open, from the index of open promises alone (migration 019), so a year
 * walks the 731 open at 10×, not all 8,000 made; only these are looked up in the table, for their text.
 */
export const OPEN_COMMITMENTS_SQL = `
  SELECT c.person_id AS personId, c.owner, c.text, c.made_on AS madeOn, c.due_on AS dueOn
  ${MADE_IN_PERIOD('commitments_open_made')} AND c.status = 'open'`;

/** Insights for a period, its weeks from the stored week-start setting. */
export function createInsightsService(db: Database, clock: Clock, weekStart: () => WeekStartsOn) {
  const statements = perConnection(db, (raw) => ({
    people: raw.prepare(PEOPLE_SQL).raw(),
    counts: raw.prepare(COMMITMENT_COUNTS_SQL).raw(),
    open: raw.prepare(OPEN_COMMITMENTS_SQL).raw(),
  }));
  return {
    overview(input: ParsedInput<'insights.overview'>): InsightsOverview {
      const weekStartsOn = weekStart();
      const period = resolvePeriod(input.period, localDay(clock), weekStartsOn);
      const range = { startsOn: period.startsOn, endsOn: period.endsOn };
      return db.readConsistently(() => {
        const read = statements();
        const investments = new Map<string, readonly number[]>();
        const people = (read.people.all(range) as PersonTuple[]).map((row): PersonFact => {
          const [id, name, preferredName, cadenceDays, maxDays, lastInvestedOn, lastBefore, createdAt, invested] = row;
          if (invested !== null) {
            const packed = periodInvestments(invested, period.startsOn, period.endsOn);
            if (packed.length > 0) investments.set(id, packed);
          }
          return { id, name, preferredName, cadenceDays, maxDays, addedOn: localDayOf(new Date(createdAt)), lastInvestedOn, lastBefore };
        });
        const commitments = {
          counts: (read.counts.all(range) as CountsTuple[]).map(([personId, owner, made, done, late, dropped]): CommitmentCounts => ({ personId, owner, made, done, late, dropped })),
          open: (read.open.all(range) as OpenTuple[]).map(([personId, owner, text, madeOn, dueOn]): OpenCommitment => ({ personId, owner, text, madeOn, dueOn })),
        };
        return summarizeInsights({ period, weekStartsOn, people, investments, commitments });
      });
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
