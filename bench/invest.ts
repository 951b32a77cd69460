import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAM_SQL, WEEK_SQL, createAttentionService } from '../src/core/attention/attention-service';
import { weekOf } from '../src/core/calendar/local-days';
import { mayComeRoundSql } from '../src/core/dates/may-come-round-sql';
import { DEFAULT_DAYS_AHEAD } from '../src/shared/dates';
import { clockStartingAt } from '../src/core/clock';
import { openDatabase } from '../src/core/db/database';
import { createPeopleService } from '../src/core/people/people-service';
import { parseQuickLog } from '../src/core/quick-log/parse-quick-log';
import { seededRandom } from '../src/core/sample/seeded-random';
import { randomPlans } from '../src/core/sample/team-plans';
import { writeTeam, type HistoryShape } from '../src/core/sample/write-team';
import { openTend } from '../src/core/tend';
import { cpuPerCall, measure, measurePair } from './measure';
import type { Row } from './report';

/** The pinned e2e Monday, so the dataset's "today" is the same every run. */
export const NOW = new Date('2026-11-23T14:00:00Z');
export const TODAY = '2026-11-23';

/** The "decade" shape per 1×: 60 people, 1,000 investments and ~133 commitments each over ten years. */
const PEOPLE_PER_SCALE = 60;
const DECADE: HistoryShape = { investmentsPerPerson: 1_000, commitmentsPerPerson: 133, notesPerPerson: 3, spanDays: 3_650 };

/** Writes the decade dataset straight into a migrated file, in one transaction. */
export async function buildDataset(dataDir: string, scale: number): Promise<string> {
  const setup = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
  const file = setup.databaseFile;
  setup.close();
  const db = openDatabase(file);
  db.pragma('synchronous = OFF');
  db.transaction(() => writeTeam(db, randomPlans(PEOPLE_PER_SCALE * scale, seededRandom(scale)), DECADE, { today: TODAY, seed: scale, isSample: false }));
  db.close();
  return file;
}

/**
 * Attention and Today at the decade shape (1× and 10×), a durable investments.log and the quick-log
 * parser, each beside a baseline in the same run. Targets from issue 9: attention.summary ≤ 1 ms at
 * 1× and ≤ 5 ms at 10×; Today's reads within 1.5× of the same reads hand-written on a bare
 * connection (the kept latest day per person and the week's minutes, the same columns); a
 * durable log ≤ 1 ms. The GROUP BY row shows what an indexed latest-day lookup avoids.
 */
export async function benchInvest(quick = false, scales: number[] = [1, 10]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scale of scales) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-invest-'));
    try {
      const built = performance.now();
      const file = await buildDataset(dataDir, scale);
      const buildMs = performance.now() - built;
      const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
      // The first answer starts the integrity check and then the start-up backup, each reading the
      // whole file once: measured during them, the reads share the cores with that one-off work.
      await tend.dispatch('attention.summary', {});
      await tend.afterStart;
      const reader = openDatabase(file);
      const attention = createAttentionService(reader, tend.clock, createPeopleService(reader, tend.clock), () => 1);
      const raw = new BetterSqlite3(file, { readonly: true });
      const counts = raw.prepare('SELECT (SELECT count(*) FROM people) AS p, (SELECT count(*) FROM investments) AS i, (SELECT count(*) FROM commitments) AS c, (SELECT count(*) FROM notes) AS n').get() as Record<string, number>;
      const shape = `${scale}× (${counts.p} people, ${counts.i!.toLocaleString('en-US')} investments, ${counts.c!.toLocaleString('en-US')} commitments, ${counts.n} notes)`;
      const builtIn = `dataset built in ${(buildMs / 1000).toFixed(1)} s`;

      const latestRaw = raw.prepare(
        `SELECT p.id, (SELECT day FROM investments WHERE person_id = p.id ORDER BY day DESC LIMIT 1) AS last FROM people p WHERE archived_at IS NULL`,
      );
      const groupBy = raw.prepare(`SELECT person_id, max(day) FROM investments GROUP BY person_id`);
      const week = weekOf(TODAY, 1).startsOn;
      const weekParams = { weekStart: week, today: TODAY };
      // The same answer written by hand on a bare connection: every active person's row as attention
      // reads it with their kept latest day, and this week's minutes per person.
      const teamRaw = raw.prepare(
        `SELECT id, name, preferred_name, cadence_days, max_days, created_at, snoozed_until, started_on, anniversary_days_ahead, l.day AS last
         FROM people LEFT JOIN last_investments l ON l.person_id = people.id WHERE archived_at IS NULL`,
      );
      const weekRaw = raw.prepare(`SELECT person_id, sum(minutes) FROM investments WHERE day BETWEEN :weekStart AND :today GROUP BY person_id`);
      const openRaw = raw.prepare(`SELECT person_id, owner, text, due_on FROM commitments WHERE status = 'open'`);
      // Like the core, it reads a date or a birthday only when it may come round soon.
      const datesRaw = raw.prepare(
        `SELECT id, person_id, kind, title, on_date, yearly, days_ahead, note FROM important_dates WHERE ${mayComeRoundSql('on_date', 'yearly', 'days_ahead')}`,
      );
      const birthdaysRaw = raw.prepare(
        `SELECT id, person_id, kind, name, relation, birthday FROM personal_details
         WHERE birthday IS NOT NULL AND kind IN ('family', 'pet') AND ${mayComeRoundSql('birthday', '1', String(DEFAULT_DAYS_AHEAD))}`,
      );
      const todayParams = { today: TODAY };
      const todayRaw = () => [teamRaw.all(), weekRaw.all(weekParams)];
      const readsRaw = () => [...todayRaw(), openRaw.all(), datesRaw.all(todayParams), birthdaysRaw.all(todayParams)];
      const runs = (scale === 1 ? 200 : 60) / (quick ? 4 : 1);
      const todayBaseline = { what: 'the same reads, hand-written SQL on a bare connection' };
      const readsBaseline = { what: 'the same reads (+ open commitments, dates), hand-written SQL' };
      const [today, todayRawSample] = await measurePair(() => [reader.all(TEAM_SQL), reader.all(WEEK_SQL, weekParams)], todayRaw, runs, 5);
      // Apart, not interleaved: each pass of the GROUP BY evicts the pages the indexed lookup would find cached.
      const latest = await measure(() => latestRaw.all(), runs, 5);
      const naive = await measure(() => groupBy.all(), scale === 1 ? 20 : 5, 1);
      const [reads, readsRawSample] = await measurePair(() => attention.inputs(TODAY, week), readsRaw, runs, 5);
      const summaryCall = async () => {
        const r = await tend.dispatch('attention.summary', {});
        if (!r.ok || r.value.people.length !== counts.p) throw new Error('attention.summary failed');
      };
      const [summary, summaryRaw] = await measurePair(summaryCall, readsRaw, runs, 5);
      const summaryCpu = await cpuPerCall(summaryCall, runs);
      const baselineCpu = await cpuPerCall(readsRaw, runs);
      const target = scale === 1 ? 1 : 5;
      rows.push(
        {
          part: 'invest',
          what: `GROUP BY over every investment, ${shape}`,
          unit: 'ms',
          value: naive,
          baseline: { what: 'raw latest day per person (index)', value: latest },
          goal: 'informational: the yardstick the indexed lookup avoids',
          pass: null,
        },
        {
          part: 'invest',
          what: `Today query (latest day + week minutes), ${shape}`,
          unit: 'ms',
          value: today,
          baseline: { ...todayBaseline, value: todayRawSample },
          goal: 'within 1.5× of the raw baseline',
          pass: today.median <= 1.5 * todayRawSample.median,
        },
        {
          part: 'invest',
          what: `Today reads (+ open commitments, dates), ${shape}`,
          unit: 'ms',
          value: reads,
          baseline: { ...readsBaseline, value: readsRawSample },
          goal: 'informational',
          pass: null,
        },
        {
          part: 'invest',
          what: `attention.summary (dispatch), ${shape}`,
          unit: 'ms',
          value: summary,
          baseline: { ...readsBaseline, value: summaryRaw },
          goal: `≤ ${target} ms at ${scale}×`,
          pass: summary.median <= target,
          note: `CPU per call: ${summaryCpu.toFixed(3)} ms (baseline ${baselineCpu.toFixed(3)} ms); ${builtIn}`,
        },
      );

      if (scale === scales[0]) {
        const personId = (latestRaw.get() as { id: string }).id;
        // The same file, table and indexes, with the app's durability settings: only the app's checks and read-back differ.
        const writer = new BetterSqlite3(file);
        writer.pragma('synchronous = FULL');
        const insert = writer.prepare(`INSERT INTO investments VALUES (?, ?, ?, 30, 'coaching', NULL, ?, ?)`);
        const logRuns = quick ? 25 : 100;
        const [durable, rawInsert] = await measurePair(
          async () => {
            const r = await tend.dispatch('investments.log', { personId, minutes: 30, kind: 'coaching' });
            if (!r.ok) throw new Error(r.error.message);
          },
          () => {
            const at = new Date().toISOString();
            insert.run(randomUUID(), personId, TODAY, at, at);
          },
          logRuns,
          5,
        );
        writer.close();
        rows.push({
          part: 'invest',
          what: 'investments.log (dispatch, durable)',
          unit: 'ms',
          value: durable,
          baseline: { what: 'raw autocommit INSERT, same file', value: rawInsert },
          goal: '≤ 1 ms',
          pass: durable.median <= 1,
          note: 'both commit with an fsync: on a slow disk the raw INSERT alone can exceed 1 ms',
        });

        const people = raw.prepare('SELECT id, name, preferred_name AS preferredName FROM people').all() as { id: string; name: string; preferredName: string | null }[];
        const line = '@Priya 1h30 coaching yesterday: walked through the promo case';
        const split = /^@(\S+)\s+(\S+)\s+(\S+)\s+(\S+):\s*(.*)$/;
        const [parse, regex] = await measurePair(() => parseQuickLog(line, { today: TODAY, people }), () => split.exec(line), 2_000, 50);
        rows.push({
          part: 'invest',
          what: `quick-log parser (${people.length} people)`,
          unit: 'ms',
          value: parse,
          baseline: { what: 'one regex over the line (static)', value: regex },
          goal: 'informational',
          pass: null,
        });
      }
      raw.close();
      reader.close();
      tend.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return rows;
}
