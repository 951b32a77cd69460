import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { openTend, type Tend } from '../src/core/tend';
import type { MethodName } from '../src/shared/contract';
import type { TimelineCursor } from '../src/shared/timeline';
import { BENCH_NOW, SCALES, dataset, type Dataset, type Scale } from './datasets';
import { measurePair, type Sample } from './measure';
import { ratio, type Row } from './report';
import { PROFILE_RECENT_CLOSED } from '../src/shared/profile';

const PAGE = 50;
const READ_GOAL = '≤ 1.3× raw SQL median, ≤ 1.6× p95';
const SCALE_GOAL = '≤ 1.25× from 1× to 10×';
/**
 * Calls of each pair before timing starts. The 1× reads are the first timed in a fresh process: with
 * three warm-up calls their p95 held the JIT's own warm-up (×1.5–1.7 a p95 at 1×, ×1.17 at 10× after).
 */
const READ_WARMUP = 100;

async function call(tend: Tend, method: MethodName, input: unknown): Promise<unknown> {
  const result = await tend.dispatch(method, input as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** The statements the core runs, written by hand on a second connection: the floor for each call. */
function handWritten(raw: BetterSqlite3.Database) {
  // One keyset page per timeline source (timeline/sources.ts): notes, progress, investments, the
  // three commitment events and journal mentions, each newest first from the cursor.
  const page = (select: string, where: string, key: [string, string, string]) => (older: boolean) =>
    raw.prepare(
      `${select} WHERE ${where} ${older ? `AND (${key.join(', ')}) < (:day, :createdAt, :id)` : ''}
       ORDER BY ${key.map((column) => `${column} DESC`).join(', ')} LIMIT :limit`,
    );
  const sources = [
    page('SELECT * FROM notes', 'person_id = :personId', ['noted_on', 'created_at', 'id']),
    page('SELECT p.*, g.title AS goal_title, g.kind AS goal_kind FROM progress_notes p JOIN goals g ON g.id = p.goal_id', 'p.person_id = :personId', [
      'p.noted_on',
      'p.created_at',
      'p.id',
    ]),
    page('SELECT * FROM investments', 'person_id = :personId', ['day', 'created_at', 'id']),
    page('SELECT * FROM commitments', 'person_id = :personId', ['made_on', 'created_at', 'id']),
    page('SELECT * FROM commitments', 'person_id = :personId AND done_on IS NOT NULL', ['done_on', 'created_at', 'id']),
    page('SELECT * FROM commitments', 'person_id = :personId AND dropped_on IS NOT NULL', ['dropped_on', 'created_at', 'id']),
    page(
      'SELECT e.id, e.day, e.created_at, e.body, m.intention FROM journal_mentions m JOIN journal_entries e ON e.id = m.entry_id',
      "m.person_id = :personId AND e.body <> ''",
      ['m.day', 'e.created_at', 'e.id'],
    ),
  ];
  const pages = { first: sources.map((source) => source(false)), older: sources.map((source) => source(true)) } as const;
  const closed = (day: string) =>
    `SELECT *, ${day} AS closed_on FROM commitments WHERE person_id = :id AND ${day} IS NOT NULL ORDER BY ${day} DESC, created_at DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED}`;
  const profile = [
    raw.prepare('SELECT * FROM people WHERE id = :id'),
    raw.prepare('SELECT * FROM matters WHERE person_id = :id ORDER BY noted_on DESC, created_at DESC'),
    raw.prepare(`SELECT * FROM goals WHERE person_id = :id ORDER BY status <> 'active', created_at`),
    raw.prepare('SELECT * FROM progress_notes WHERE person_id = :id ORDER BY noted_on DESC, created_at DESC'),
    raw.prepare('SELECT * FROM personal_details WHERE person_id = :id ORDER BY kind, created_at'),
    raw.prepare('SELECT * FROM important_dates WHERE person_id = :id'),
    raw.prepare('SELECT notes FROM note_counts WHERE person_id = :id'),
    // The Invested strip, commitments and talking points (issue 9's sections).
    raw.prepare('SELECT day FROM last_investments WHERE person_id = :id'),
    raw.prepare(`SELECT coalesce(sum(minutes), 0) FROM investments WHERE person_id = :id AND day >= date('now', 'start of month')`),
    raw.prepare(`SELECT * FROM commitments WHERE person_id = :id AND owner = 'me' AND status = 'open' ORDER BY due_on IS NULL, due_on, made_on`),
    raw.prepare(`SELECT * FROM commitments WHERE person_id = :id AND owner = 'them' AND status = 'open' ORDER BY due_on IS NULL, due_on, made_on`),
    raw.prepare(`SELECT * FROM (${closed('done_on')}) UNION ALL SELECT * FROM (${closed('dropped_on')}) ORDER BY closed_on DESC LIMIT ${PROFILE_RECENT_CLOSED}`),
    raw.prepare('SELECT * FROM talking_points WHERE person_id = :id AND discussed_on IS NULL ORDER BY position, created_at, id'),
    raw.prepare(
      `SELECT * FROM talking_points WHERE person_id = :id AND discussed_on IS NOT NULL ORDER BY discussed_on DESC, created_at DESC, id DESC LIMIT ${PROFILE_RECENT_CLOSED}`,
    ),
  ];
  const list = raw.prepare(`SELECT * FROM people WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, created_at`);
  return {
    timeline(personId: string, cursor: TimelineCursor | null) {
      const params = { personId, ...cursor, limit: PAGE + 1 };
      return (cursor ? pages.older : pages.first).map((s) => s.all(params));
    },
    profile: (id: string) => raw.transaction(() => profile.map((s) => s.all({ id })))(),
    list: () => list.all(),
  };
}

function readRow(scale: Scale, what: string, core: Sample, baseline: Sample): Row {
  const medianRatio = ratio(core, baseline);
  const p95Ratio = core.p95 / baseline.p95;
  return {
    part: 'core',
    what: `${what}, ${scale}`,
    unit: 'ms',
    value: core,
    baseline: { what: 'hand-written SQL', value: baseline },
    goal: READ_GOAL,
    pass: medianRatio <= 1.3 && p95Ratio <= 1.6,
    note: `p95 ×${p95Ratio.toFixed(2)}`,
  };
}

/** The calls whose cost must not grow with the data, ready to be run again against the other scale. */
interface ScaleCalls {
  first: () => Promise<unknown>;
  middle: () => Promise<unknown>;
  profile: () => Promise<unknown>;
}

interface ScaleResult {
  rows: Row[];
  calls: ScaleCalls;
  close(): void;
}

async function benchScale(data: Dataset, runs: number, saveRuns: number): Promise<ScaleResult> {
  const tend = await openTend({ dataDir: data.dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(BENCH_NOW) });
  const reader = new BetterSqlite3(data.databaseFile, { readonly: true });
  const sql = handWritten(reader);
  const close = () => {
    reader.close();
    tend.close();
  };
  try {
    // A cursor halfway down the focus person's timeline: the "middle page".
    let middleCursor: TimelineCursor | null = null;
    for (let i = 0; i < Math.floor(SCALES[data.scale].focusNotes / 2 / PAGE); i++) {
      const page = (await call(tend, 'timeline.page', { personId: data.focusId, limit: PAGE, before: middleCursor })) as { nextCursor: TimelineCursor };
      middleCursor = page.nextCursor;
    }
    const id = data.focusId;
    const [first, firstSql] = await measurePair(() => call(tend, 'timeline.page', { personId: id, limit: PAGE }), () => sql.timeline(id, null), runs, READ_WARMUP);
    const [middle, middleSql] = await measurePair(
      () => call(tend, 'timeline.page', { personId: id, limit: PAGE, before: middleCursor }),
      () => sql.timeline(id, middleCursor),
      runs,
      READ_WARMUP,
    );
    const [profile, profileSql] = await measurePair(() => call(tend, 'people.profile', { id }), () => sql.profile(id), runs, READ_WARMUP);
    const [list, listSql] = await measurePair(() => call(tend, 'people.list', {}), () => sql.list(), Math.max(10, Math.floor(runs / 4)), READ_WARMUP);

    // A durable save against the same INSERT in autocommit on its own connection (WAL, synchronous=FULL),
    // on a copy of the file taken now (no write is in flight: the file and its WAL are one snapshot).
    // On the app's own file each INSERT made SQLite drop the app's page cache before its next save and
    // the other way round, a cost no user pays: it put the save at 1.01 ms of CPU against 0.69 alone.
    const copyDir = mkdtempSync(join(tmpdir(), 'tend-bench-core-insert-'));
    const copy = join(copyDir, basename(data.databaseFile));
    copyFileSync(data.databaseFile, copy);
    if (existsSync(`${data.databaseFile}-wal`)) copyFileSync(`${data.databaseFile}-wal`, `${copy}-wal`);
    const writer = new BetterSqlite3(copy);
    writer.pragma('journal_mode = WAL');
    writer.pragma('synchronous = FULL');
    writer.pragma('busy_timeout = 5000');
    const insert = writer.prepare(
      `INSERT INTO notes (id, person_id, kind, body, noted_on, mood, energy, created_at, updated_at)
       VALUES (?, ?, 'observation', 'A quick note after the stand-up.', '2026-11-23', NULL, NULL, ?, ?)`,
    );
    const other = data.personIds[0]!;
    const [save, rawInsert] = await measurePair(
      () => call(tend, 'notes.save', { personId: other, kind: 'observation', body: 'A quick note after the stand-up.' }),
      () => {
        const at = new Date().toISOString();
        insert.run(randomUUID(), other, at, at);
      },
      saveRuns,
    );
    writer.close();
    rmSync(copyDir, { recursive: true, force: true });

    const saveRatio = ratio(save, rawInsert);
    const rows: Row[] = [
      readRow(data.scale, 'timeline.page, first 50 of the focus person', first, firstSql),
      readRow(data.scale, 'timeline.page, a middle 50 (keyset)', middle, middleSql),
      readRow(data.scale, `people.profile (${SCALES[data.scale].focusNotes.toLocaleString('en-US')} notes)`, profile, profileSql),
      readRow(data.scale, `people.list (${data.personIds.length + 1} people)`, list, listSql),
      {
        part: 'core',
        what: `durable notes.save, ${data.scale}`,
        unit: 'ms',
        value: save,
        baseline: { what: 'raw autocommit INSERT, a copy of the file', value: rawInsert },
        goal: '≤ 1.3× a raw INSERT',
        pass: saveRatio <= 1.3,
      },
    ];
    const calls: ScaleCalls = {
      first: () => call(tend, 'timeline.page', { personId: id, limit: PAGE }),
      middle: () => call(tend, 'timeline.page', { personId: id, limit: PAGE, before: middleCursor }),
      profile: () => call(tend, 'people.profile', { id }),
    };
    return { rows, calls, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** Core calls against hand-written SQL at 1× and 10×, and how each grows from one to the other. */
export async function benchCore(quick: boolean): Promise<Row[]> {
  const runs = quick ? 40 : 300;
  const saveRuns = quick ? 8 : 30;
  const small = await benchScale(await dataset('1×'), runs, saveRuns);
  const large = await benchScale(await dataset('10×'), runs, saveRuns);
  try {
    // Growth from 1× to 10× is measured with the two interleaved, not from the rows above: those ran
    // minutes apart, and load from the rest of the machine would pass for growth.
    const growth = async (what: string, pick: (c: ScaleCalls) => () => Promise<unknown>, limit: number, goal: string): Promise<Row> => {
      const [big, little] = await measurePair(pick(large.calls), pick(small.calls), runs);
      return { part: 'core', what, unit: 'ms', value: big, baseline: { what: '1×', value: little }, goal, pass: ratio(big, little) <= limit };
    };
    return [
      ...small.rows,
      ...large.rows,
      await growth('people.profile, 2,000 → 20,000 notes', (c) => c.profile, 1.2, 'flat: ≤ 1.2× from 2k to 20k'),
      await growth('timeline.page first 50, 1× → 10×', (c) => c.first, 1.25, SCALE_GOAL),
      await growth('timeline.page middle 50, 1× → 10×', (c) => c.middle, 1.25, SCALE_GOAL),
    ];
  } finally {
    small.close();
    large.close();
  }
}
