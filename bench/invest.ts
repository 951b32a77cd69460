import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAM_SQL, createAttentionService, weekStart } from '../src/core/attention/attention-service';
import { clockStartingAt } from '../src/core/clock';
import { applyWriterPragmas, openDatabase } from '../src/core/db/database';
import { createPeopleService } from '../src/core/people/people-service';
import { parseQuickLog } from '../src/core/quick-log/parse-quick-log';
import { seededRandom } from '../src/core/sample/seeded-random';
import { randomPlans } from '../src/core/sample/team-plans';
import { writeTeam, type HistoryShape } from '../src/core/sample/write-team';
import { openTend } from '../src/core/tend';

/** The pinned e2e Monday, so the dataset's "today" is the same every run. */
const NOW = new Date('2026-11-23T14:00:00Z');
const TODAY = '2026-11-23';

/** The "decade" shape per 1×: 60 people, 1,000 investments and ~133 commitments each over ten years. */
const PEOPLE_PER_SCALE = 60;
const DECADE: HistoryShape = { investmentsPerPerson: 1_000, commitmentsPerPerson: 133, notesPerPerson: 3, spanDays: 3_650 };

interface Timing {
  median: number;
  p95: number;
}

async function time(fn: () => unknown, runs: number, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}

const ms = (v: number) => `${v.toFixed(3)} ms`.padStart(11);

function row(label: string, t: Timing, verdict = '') {
  process.stdout.write(`  ${label.padEnd(44)} ${ms(t.median)} ${ms(t.p95)}   ${verdict}\n`);
}

const verdict = (pass: boolean, why: string) => `${pass ? 'PASS' : 'MISS'} (${why})`;

/** Writes the decade dataset straight into a migrated file, in one transaction. */
async function buildDataset(dataDir: string, scale: number): Promise<string> {
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
 * 1× and ≤ 5 ms at 10×; Today's read within 1.5× of the raw indexed latest-per-person query; a
 * durable log ≤ 1 ms.
 */
export async function benchInvest(scales: number[] = [1, 10]): Promise<void> {
  for (const scale of scales) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-invest-'));
    try {
      const built = performance.now();
      const file = await buildDataset(dataDir, scale);
      const buildMs = performance.now() - built;
      const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
      const reader = openDatabase(file);
      const attention = createAttentionService(reader, tend.clock, createPeopleService(reader, tend.clock));
      const raw = new BetterSqlite3(file, { readonly: true });
      const counts = raw.prepare('SELECT (SELECT count(*) FROM people) AS p, (SELECT count(*) FROM investments) AS i, (SELECT count(*) FROM commitments) AS c, (SELECT count(*) FROM notes) AS n').get() as Record<string, number>;
      process.stdout.write(
        `\ninvest, ${scale}× decade: ${counts.p} people, ${counts.i!.toLocaleString('en-US')} investments, ${counts.c!.toLocaleString('en-US')} commitments, ${counts.n} notes (built in ${(buildMs / 1000).toFixed(1)} s)\n`,
      );
      process.stdout.write(`  ${''.padEnd(44)} ${'median'.padStart(11)} ${'p95'.padStart(11)}\n`);

      const latestRaw = raw.prepare(
        `SELECT p.id, (SELECT day FROM investments WHERE person_id = p.id ORDER BY day DESC LIMIT 1) AS last FROM people p WHERE archived_at IS NULL`,
      );
      const groupBy = raw.prepare(`SELECT person_id, max(day) FROM investments GROUP BY person_id`);
      const week = weekStart(TODAY, 1);
      const runs = scale === 1 ? 200 : 60;
      const baseline = await time(() => latestRaw.all(), runs);
      const naive = await time(() => groupBy.all(), scale === 1 ? 20 : 5, 1);
      const today = await time(() => reader.all(TEAM_SQL, { today: TODAY, weekStart: week }), runs);
      const reads = await time(() => attention.inputs(TODAY, week), runs);
      const summary = await time(async () => {
        const r = await tend.dispatch('attention.summary', {});
        if (!r.ok || r.value.people.length !== counts.p) throw new Error('attention.summary failed');
      }, runs);
      row('baseline: raw latest day per person (index)', baseline, '(baseline)');
      row('naive: GROUP BY over every investment', naive, `×${(naive.median / baseline.median).toFixed(1)} of baseline`);
      row('Today query (latest day + week minutes)', today, verdict(today.median <= 1.5 * baseline.median, `×${(today.median / baseline.median).toFixed(2)} of baseline, target ≤ 1.5×`));
      row('Today reads (+ open commitments, dates)', reads, `×${(reads.median / baseline.median).toFixed(2)} of baseline`);
      const target = scale === 1 ? 1 : 5;
      row('attention.summary (dispatch)', summary, scale <= 10 ? verdict(summary.median <= target, `target ≤ ${target} ms`) : '');

      if (scale === scales[0]) {
        const personId = (latestRaw.get() as { id: string }).id;
        // The same file, table and indexes, with the app's durability settings: only the app's checks and read-back differ.
        const writer = new BetterSqlite3(file);
        writer.pragma('synchronous = FULL');
        const insert = writer.prepare(`INSERT INTO investments VALUES (?, ?, ?, 30, 'coaching', NULL, ?, ?)`);
        const rawInsert = await time(() => {
          const at = new Date().toISOString();
          insert.run(randomUUID(), personId, TODAY, at, at);
        }, 100);
        const durable = await time(async () => {
          const r = await tend.dispatch('investments.log', { personId, minutes: 30, kind: 'coaching' });
          if (!r.ok) throw new Error(r.error.message);
        }, 100);
        writer.close();
        row('baseline: raw autocommit INSERT, same file', rawInsert, '(baseline)');
        row('investments.log (dispatch, durable)', durable, verdict(durable.median <= 1, `×${(durable.median / rawInsert.median).toFixed(2)} of baseline, target ≤ 1 ms`));

        const people = raw.prepare('SELECT id, name, preferred_name AS preferredName FROM people').all() as { id: string; name: string; preferredName: string | null }[];
        const line = '@Priya 1h30 coaching yesterday: walked through the promo case';
        const split = /^@(\S+)\s+(\S+)\s+(\S+)\s+(\S+):\s*(.*)$/;
        const regex = await time(() => split.exec(line), 2_000, 50);
        const parse = await time(() => parseQuickLog(line, { today: TODAY, people }), 2_000, 50);
        row('baseline: one regex over the line (static)', regex, '(baseline)');
        row(`quick-log parser (${people.length} people)`, parse, `×${(parse.median / regex.median).toFixed(1)} of baseline`);
      }
      raw.close();
      reader.close();
      tend.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
