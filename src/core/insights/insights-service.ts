import type { InsightsOverview } from '../../shared/insights';
import type { ParsedInput } from '../../shared/contract';
import { localDayOf, type WeekStartsOn } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { OUTCOME_CODES, outcomeCounts, type OpenCommitment } from './follow-through';
import { perConnection } from '../db/per-connection';
import { resolvePeriod } from './period';
import { periodInvestments } from './packed-investments';
import { summarizeInsights, type PersonFact } from './summarize-insights';

/** A row of PEOPLE_SQL as an array (better-sqlite3 builds an object key by key, a cost on 600 rows): PersonFact's columns, then when they were added and their months. */
type PersonTuple = [string, string, string | null, number, number | null, string | null, string, string | null];
/** A row of COMMITMENT_COUNTS_SQL as an array: a person and their promises' outcome digits. */
type CountsTuple = [string, string];
/** A row of OPEN_COMMITMENTS_SQL as an array, in OpenCommitment's order. */
type OpenTuple = [string, OpenCommitment['owner'], string, string, string | null];

/**
 * One read whatever the history: each active person with their kept latest day, and their months
 * from insights_months (migration 017) whose packed investments are joined into one JSON array
 * (brackets added here, so JavaScript parses the text as it comes): the months the period touches,
 * and before them the latest month with any (one seek), whose last investment is their latest day
 * before the period. periodInvestments keeps the period's days
 * and finds that day. Seeking it in investments_by_person instead cost a third of this read at 10×.
 * group_concat joins the months without ORDER BY, which made SQLite sort each person's few rows in a
 * temporary b-tree; periodInvestments puts them in day order if SQLite did not. People come nearly in
 * name order (byte order here; summarizeInsights still sorts them by the collator), so that sort
 * makes one comparison a person rather than a dozen.
 */
export const PEOPLE_SQL = `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    l.day AS lastInvestedOn, p.created_at AS createdAt,
    (SELECT '[' || group_concat(m.packed, ',') || ']' FROM insights_months m
      WHERE m.person_id = p.id AND m.month BETWEEN coalesce(
          (SELECT max(b.month) FROM insights_months b WHERE b.person_id = p.id AND b.month < substr(:startsOn, 1, 7)),
          substr(:startsOn, 1, 7))
        AND substr(:endsOn, 1, 7)) AS invested
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL
  ORDER BY coalesce(p.preferred_name, p.name)`;

/** CROSS JOIN keeps people outside, so each person is one range of the index, not a scan of every commitment. */
const MADE_IN_PERIOD = (index: string) => `FROM people p CROSS JOIN commitments c INDEXED BY ${index} ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
  WHERE p.archived_at IS NULL`;

/**
 * A promise's owner and outcome as one digit (OUTCOME_CODES). A comparison with a missing day is
 * null, so a promise done without a due day is on time. Migration 021 indexes this very expression
 * (commitments_outcome), so SQLite reads the digit from the index rather than working it out from
 * four columns: keep the two the same.
 */
const OUTCOME_SQL = `(CASE c.owner WHEN 'me' THEN ${OUTCOME_CODES.me} ELSE ${OUTCOME_CODES.them} END + CASE c.status WHEN 'open' THEN ${OUTCOME_CODES.open} WHEN 'dropped' THEN ${OUTCOME_CODES.dropped} ELSE CASE WHEN c.done_on > c.due_on THEN ${OUTCOME_CODES.late} ELSE ${OUTCOME_CODES.onTime} END END)`;

/**
 * The period's promises of each person as their outcome digits joined into one text, counted in
 * JavaScript (outcomeCounts). Four count(CASE …) per promise, grouped by person and owner through a
 * sorter, cost several times this (8,000 promises in a year at 10×). People are walked in rowid
 * order, so grouping by it needs no sorter. The overdue ones are counted among the open ones read below.
 */
export const COMMITMENT_COUNTS_SQL = `
  SELECT p.id, group_concat(${OUTCOME_SQL}, '') AS outcomes
  ${MADE_IN_PERIOD('commitments_outcome')}
  GROUP BY p.rowid`;

/**
 * The period's promises still open, from the index of open promises alone (migrations 019 and 021),
 * so a year walks the 731 open at 10×, not all 8,000 made, and their text is in the index too.
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
          const [id, name, preferredName, cadenceDays, maxDays, lastInvestedOn, createdAt, invested] = row;
          let lastBefore: string | null = null;
          if (invested !== null) {
            const months = periodInvestments(invested, period.startsOn, period.endsOn);
            if (months.investments.length > 0) investments.set(id, months.investments);
            lastBefore = months.lastBefore;
          }
          return { id, name, preferredName, cadenceDays, maxDays, addedOn: localDayOf(new Date(createdAt)), lastInvestedOn, lastBefore };
        });
        const commitments = {
          counts: (read.counts.all(range) as CountsTuple[]).flatMap(([personId, outcomes]) => outcomeCounts(personId, outcomes)),
          open: (read.open.all(range) as OpenTuple[]).map(([personId, owner, text, madeOn, dueOn]): OpenCommitment => ({ personId, owner, text, madeOn, dueOn })),
        };
        return summarizeInsights({ period, weekStartsOn, people, investments, commitments });
      });
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
