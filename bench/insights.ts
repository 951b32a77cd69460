import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weekOf } from '../src/core/calendar/local-days';
import { clockStartingAt } from '../src/core/clock';
import { resolvePeriod } from '../src/core/insights/period';
import { DATABASE_FILE, openTend } from '../src/core/tend';
import { NOW, TODAY, buildDataset } from './invest';
import { cpuPerCall, measurePair } from './measure';
import type { Row } from './report';

/** While working on the benchmark, TEND_BENCH_DATA=dir keeps the generated 10× file between runs. */
const KEPT = process.env.TEND_BENCH_DATA;

/** The decade-shaped 10× team (600 people, 600,000 investments), built once, or the kept one. */
async function dataFolder(): Promise<{ dataDir: string; remove: () => void }> {
  if (KEPT) {
    const dataDir = join(KEPT, 'insights-10x');
    if (!existsSync(join(dataDir, DATABASE_FILE))) {
      mkdirSync(dataDir, { recursive: true });
      await buildDataset(dataDir, 10);
    }
    return { dataDir, remove: () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-insights-'));
  await buildDataset(dataDir, 10);
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * The same aggregates hand-written in SQL on a bare read-only connection: minutes per person per
 * week, per person per kind, each person with their latest day before the period, the promises'
 * outcomes by owner with the oldest open ones, and each person's invested days with the longest gap
 * between them (the nearest plain SQL comes to the rhythm bands, which core works out per stretch).
 */
function handWritten(raw: BetterSqlite3.Database) {
  const weekly = raw.prepare(`
    SELECT person_id, (unixepoch(day) - unixepoch(:gridStart)) / 604800 AS week, sum(minutes)
    FROM investments WHERE day BETWEEN :startsOn AND :endsOn GROUP BY person_id, week`);
  const kinds = raw.prepare(`
    SELECT person_id, kind, sum(minutes), count(*), max(day)
    FROM investments WHERE day BETWEEN :startsOn AND :endsOn GROUP BY person_id, kind`);
  const people = raw.prepare(`
    SELECT p.id, p.name, p.preferred_name, p.cadence_days, p.max_days, p.created_at, l.day,
      (SELECT max(day) FROM investments WHERE person_id = p.id AND day < :startsOn)
    FROM people p LEFT JOIN last_investments l ON l.person_id = p.id WHERE p.archived_at IS NULL`);
  const outcomes = raw.prepare(`
    SELECT c.owner, count(*),
      sum(c.status = 'done' AND (c.due_on IS NULL OR c.done_on <= c.due_on)), sum(c.status = 'done' AND c.done_on > c.due_on),
      sum(c.status = 'dropped'), sum(c.status = 'open'), sum(c.status = 'open' AND c.due_on < :endsOn)
    FROM people p JOIN commitments c ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
    WHERE p.archived_at IS NULL GROUP BY c.owner`);
  const oldest = raw.prepare(`
    SELECT c.person_id, c.owner, c.text, c.made_on, c.due_on
    FROM people p JOIN commitments c ON c.person_id = p.id AND c.made_on BETWEEN :startsOn AND :endsOn
    WHERE p.archived_at IS NULL AND c.status = 'open' ORDER BY c.made_on LIMIT 6`);
  const gaps = raw.prepare(`
    SELECT person_id, count(*), max(julianday(day) - julianday(previous)) FROM (
      SELECT person_id, day, lag(day) OVER (PARTITION BY person_id ORDER BY day) AS previous
      FROM (SELECT DISTINCT person_id, day FROM investments WHERE day BETWEEN :startsOn AND :endsOn))
    GROUP BY person_id`);
  return (range: { startsOn: string; endsOn: string; gridStart: string }) => {
    const { startsOn, endsOn } = range;
    return [
      weekly.raw().all(range),
      kinds.raw().all({ startsOn, endsOn }),
      people.raw().all({ startsOn }),
      outcomes.raw().all({ startsOn, endsOn }),
      oldest.raw().all({ startsOn, endsOn }),
      gaps.raw().all({ startsOn, endsOn }),
    ];
  };
}

/**
 * Issue 18: the Insights view's reads (insights.overview through the dispatcher: validation, one
 * consistent read, every panel) for 12 and 52 weeks on the 10× team, within 2× of the same
 * aggregates hand-written in SQL in the same run, and a median ≤ 20 ms.
 */
export async function benchInsights(quick = false): Promise<Row[]> {
  const folder = await dataFolder();
  const tend = await openTend({ dataDir: folder.dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
  // The first answer starts the integrity check and then the start-up backup, each reading the whole
  // file once: measured during them, the reads share the cores with that one-off work.
  await tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks: 4 } });
  await tend.afterStart;
  const raw = new BetterSqlite3(tend.databaseFile, { readonly: true });
  const rows: Row[] = [];
  try {
    const counts = raw.prepare('SELECT (SELECT count(*) FROM people) AS p, (SELECT count(*) FROM investments) AS i').get() as { p: number; i: number };
    const baseline = handWritten(raw);
    for (const weeks of [12, 52] as const) {
      const period = resolvePeriod({ kind: 'weeks', weeks }, TODAY, 1);
      const range = { startsOn: period.startsOn, endsOn: period.endsOn, gridStart: weekOf(period.startsOn, 1).startsOn };
      const inPeriod = (raw.prepare('SELECT count(*) AS n FROM investments WHERE day BETWEEN ? AND ?').get(range.startsOn, range.endsOn) as { n: number }).n;
      const runs = quick ? 15 : 40;
      const overview = async () => {
        const r = await tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks } });
        if (!r.ok || r.value.people.length === 0) throw new Error('insights.overview failed');
      };
      const [core, hand] = await measurePair(overview, () => baseline(range), runs, 3);
      const coreCpu = await cpuPerCall(overview, runs);
      const handCpu = await cpuPerCall(() => baseline(range), runs);
      rows.push({
        part: 'insights',
        what: `insights.overview, last ${weeks} weeks, 10× (${counts.p} people, ${counts.i.toLocaleString('en-US')} investments; ${inPeriod.toLocaleString('en-US')} in the period)`,
        unit: 'ms',
        value: core,
        baseline: { what: 'the same aggregates hand-written in SQL, bare connection', value: hand },
        goal: '≤ 2× the hand-written SQL and ≤ 20 ms',
        pass: core.median <= 2 * hand.median && core.median <= 20,
        note: `CPU per call: ${coreCpu.toFixed(1)} ms (hand-written ${handCpu.toFixed(1)} ms); on a shared machine wall time includes waiting for a core`,
      });
    }
  } finally {
    raw.close();
    tend.close();
    folder.remove();
  }
  return rows;
}
