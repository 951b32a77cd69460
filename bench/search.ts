import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { openDatabase } from '../src/core/db/database';
import { MIGRATIONS } from '../src/core/db/migrations';
import { ftsMatchOf, parseQuery } from '../src/core/search/parse-query';
import { DATABASE_FILE, openTend, type Tend } from '../src/core/tend';
import { cpuPerCall, measurePair, type Sample } from './measure';
import type { Row } from './report';
import { writeSearchDataset, type SearchScale } from './search-dataset';

/**
 * Issue 17's search rows: a rare, a medium, two very common terms and a phrase, each through
 * `search.query` beside the raw FTS5 newest-first query on a bare connection (the MATCH text the
 * parser writes, the same page with its snippet; the app may answer a long prefix such as
 * `conference*` with the equivalent whole word, see ftsMatchTemplateOf, the raw query does not); growth from 1× to 10×; the index's upkeep on a durable notes.save
 * beside a raw INSERT into the schema without the index, with the pages each writes and its CPU, and where that
 * cost comes from, a part of the index at a time (UPKEEP_STEPS); and how long migrations 009 and 014 take to
 * build the index for data already there.
 */

const NOW = new Date('2026-11-23T14:00:00.000Z');
const PAGE = 30;

const TERMS: { what: string; query: string; growth: boolean }[] = [
  { what: 'a rare term ("kilimanjaro", 12 notes)', query: 'kilimanjaro', growth: true },
  { what: 'a medium term ("conference", ~1 % of notes)', query: 'conference', growth: true },
  { what: 'a very common word ("about")', query: 'about', growth: false },
  { what: 'a very common word ("team")', query: 'team', growth: false },
  { what: 'a phrase ("launch plan")', query: '"launch plan"', growth: false },
];

/**
 * Where the upkeep's cost comes from (issue 17's save row), one part of the index at a time, each a
 * raw INSERT on its own copy of the file beside the raw INSERT without the index: the least any FTS5
 * table kept in the write's transaction costs, then the prefix indexes typing needs (014), then the
 * text stored for snippets; the whole schema follows (openScale). Each is a build of the index, so the
 * middle two run at 1× only.
 */
const UPKEEP_STEPS: { what: string; options: string; scales: SearchScale[] }[] = [
  { what: "one contentless FTS5 table of the note's text", options: `content = '', contentless_delete = 1`, scales: ['1×', '10×'] },
  { what: '+ the 3–6-letter prefix indexes', options: `prefix = '3 4 5 6', content = '', contentless_delete = 1`, scales: ['1×'] },
  { what: '+ the text stored for snippets (the index as Tend makes it)', options: `prefix = '3 4 5 6'`, scales: ['1×'] },
];

/** Untimed rounds of every term before the first is timed (see benchSearch). */
const WARMUP_ROUNDS = 150;

interface Opened {
  scale: SearchScale;
  tend: Tend;
  raw: BetterSqlite3.Database;
  call: (query: string) => Promise<unknown>;
  /** The pages and CPU of a durable save beside a raw INSERT's; measured last, once the searches are done. */
  writeCost(): Promise<Row[]>;
  close(): void;
}

const MATCH_SQL = `SELECT d.id, d.kind, d.record_id, d.person_id, d.day, snippet(search_text, 0, char(2), char(3), '…', 14) AS snippet
  FROM search_text JOIN search_docs d ON d.id = search_text.rowid
  WHERE search_text MATCH ? ORDER BY search_text.rowid DESC LIMIT ${PAGE + 1}`;

/**
 * What one durable write costs besides the fsync both sides wait for, on average over `runs` calls:
 * the pages it adds to the WAL (its growth after a checkpoint emptied it, few enough calls that no
 * automatic checkpoint runs between; each page is written and fsynced with the commit and copied into
 * the file by a later checkpoint) and its CPU, user and system.
 */
async function writeCostOf(file: string, fn: () => unknown, runs = 20): Promise<{ pages: number; cpu: number }> {
  const db = new BetterSqlite3(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const walSize = () => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
  // A WAL emptied by the checkpoint starts again with its 32-byte header.
  const before = Math.max(walSize(), 32);
  const cpu = await cpuPerCall(fn, runs);
  return { pages: (walSize() - before) / (pageSize + 24) / runs, cpu };
}

async function openScale(scale: SearchScale, root: string, rows: Row[], runs: number): Promise<Opened> {
  const generated = performance.now();
  const data = writeSearchDataset(scale, NOW, root);
  process.stdout.write(`  (generated the ${scale} search dataset in ${((performance.now() - generated) / 1000).toFixed(1)} s, not measured)\n`);

  // The same file before the index, for the upkeep baseline.
  const plainDir = join(root, `${scale === '1×' ? '1x' : '10x'}-plain`);
  mkdirSync(plainDir, { recursive: true });
  copyFileSync(data.databaseFile, join(plainDir, DATABASE_FILE));
  // The steps between the two (see UPKEEP_STEPS), each on its own copy of the file before the index.
  const steps = UPKEEP_STEPS.filter((step) => step.scales.includes(scale)).map((step, n) => {
    const file = join(root, `${scale === '1×' ? '1x' : '10x'}-step${n}`, DATABASE_FILE);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(data.databaseFile, file);
    const stepDb = new BetterSqlite3(file);
    stepDb.exec(`
      CREATE VIRTUAL TABLE step_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', ${step.options});
      INSERT INTO step_text (rowid, text) SELECT rowid, body FROM notes ORDER BY rowid;
      INSERT INTO step_text (step_text) VALUES ('optimize');
      CREATE TRIGGER step_text_insert AFTER INSERT ON notes BEGIN
        INSERT INTO step_text (rowid, text) VALUES (NEW.rowid, NEW.body);
      END;`);
    stepDb.close();
    return { what: step.what, file };
  });

  // Every migration after v8, as an upgrade runs them (one transaction), the two that build the index timed.
  const db = openDatabase(data.databaseFile);
  const took: Record<string, number> = {};
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(8)) {
      const started = performance.now();
      db.exec(migration.up);
      took[migration.name] = performance.now() - started;
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
  const counts = db.get<{ docs: number; notes: number; investments: number; journal: number }>(
    `SELECT (SELECT count(*) FROM search_docs) AS docs, (SELECT count(*) FROM notes) AS notes,
            (SELECT count(*) FROM investments) AS investments, (SELECT count(*) FROM journal_entries) AS journal`,
  )!;
  db.close();
  // The last step: the app's own schema, a copy of the file just migrated (a second connection on the
  // app's file would make SQLite drop the app's page cache before each save). At 1× only: a copy of the
  // 10× file is most of a gigabyte.
  if (scale === '1×') {
    const file = join(root, '1x-schema', DATABASE_FILE);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(data.databaseFile, file);
    steps.push({ what: '+ the document table and its two indexes (the whole schema, no app around it)', file });
  }
  const shape = `${scale} (${counts.notes.toLocaleString('en-US')} notes, ${counts.investments.toLocaleString('en-US')} investments, ${counts.journal.toLocaleString('en-US')} journal days; ${counts.docs.toLocaleString('en-US')} indexed)`;
  const buildRow = (what: string, ms: number): Row => ({
    part: 'search',
    what: `${what}, ${shape}`,
    unit: 'ms',
    value: ms,
    goal: scale === '10×' ? '< 30 s at 10×' : 'informational',
    pass: scale === '10×' ? ms < 30_000 : null,
  });
  rows.push(buildRow('migration 009 builds the index', took.search!));
  rows.push(buildRow('migration 014 makes it again with 4–6-letter prefix indexes', took['search-prefixes']!));

  const tend = await openTend({ dataDir: data.dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
  // The quick check of the whole file and the start-up backup follow the first call: measured after
  // them, or they land on whichever calls happen to run beside them.
  await tend.dispatch('app.info', {});
  await tend.afterStart;
  const raw = new BetterSqlite3(data.databaseFile, { readonly: true });
  const call = async (query: string) => {
    const result = await tend.dispatch('search.query', { query, limit: PAGE });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  // The index's upkeep: a durable save through the app against a raw INSERT on the file without the index.
  const body = 'A quick note after the stand-up: talked about the conference budget and the launch plan.';
  const personId = data.personIds[0]!;
  const rawInserter = (file: string) => {
    const connection = new BetterSqlite3(file);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    // The pragmas Tend's writer runs with (applyWriterPragmas): foreign keys are on by default in this
    // build of SQLite, said here so the baseline does not depend on it.
    connection.pragma('foreign_keys = ON');
    const insert = connection.prepare(
      `INSERT INTO notes (id, person_id, kind, body, noted_on, created_at, updated_at) VALUES (?, ?, 'observation', ?, '2026-11-23', ?, ?)`,
    );
    const run = () => {
      const at = new Date().toISOString();
      insert.run(randomUUID(), personId, body, at, at);
    };
    return { connection, run };
  };
  const plain = rawInserter(join(plainDir, DATABASE_FILE));
  const stepInserters = steps.map((step) => ({ ...step, ...rawInserter(step.file) }));
  const insertNote = plain.run;
  const saveNote = async () => {
    const saved = await tend.dispatch('notes.save', { personId, body });
    if (!saved.ok) throw new Error(saved.error.message);
  };
  const writeRuns = Math.max(10, Math.floor(runs / 5));
  const [save, rawInsert] = await measurePair(saveNote, insertNote, writeRuns);
  for (const step of stepInserters) {
    const [stepInsert, rawBeside] = await measurePair(step.run, insertNote, writeRuns);
    rows.push({
      part: 'search',
      what: `the upkeep a step at a time: a raw INSERT with ${step.what}, ${scale}`,
      unit: 'ms',
      value: stepInsert,
      baseline: { what: 'raw autocommit INSERT, schema without the index, same pragmas', value: rawBeside },
      goal: 'informational',
      pass: null,
    });
  }
  // Measured after the searches (see writeCost): their saves would add segments for the searches to read.
  const writeCost = async (): Promise<Row[]> => {
    const saveCost = await writeCostOf(data.databaseFile, saveNote);
    const insertCost = await writeCostOf(join(plainDir, DATABASE_FILE), insertNote);
    const stepCosts = [];
    for (const step of stepInserters) stepCosts.push({ what: step.what, ...(await writeCostOf(step.file, step.run)) });
    const row = (what: string, unit: Row['unit'], value: number, baseline: number): Row => ({
      part: 'search',
      what: `${what}, ${scale}`,
      unit,
      value,
      baseline: { what: 'raw autocommit INSERT, schema without the index, same pragmas', value: baseline },
      goal: 'informational',
      pass: null,
    });
    return [
      row('pages a durable notes.save writes to the WAL', 'count', saveCost.pages, insertCost.pages),
      row('CPU of a durable notes.save (user + system)', 'ms', saveCost.cpu, insertCost.cpu),
      ...stepCosts.map((step) => row(`pages a raw INSERT with ${step.what} writes to the WAL`, 'count', step.pages, insertCost.pages)),
    ];
  };
  rows.push({
    part: 'search',
    what: `durable notes.save with the index, ${scale}`,
    unit: 'ms',
    value: save,
    baseline: { what: 'raw autocommit INSERT, schema without the index, same pragmas', value: rawInsert },
    goal: '≤ 1.5× a raw INSERT',
    pass: save.median <= 1.5 * rawInsert.median,
  });

  return {
    scale,
    tend,
    raw,
    call,
    writeCost,
    close: () => {
      plain.connection.close();
      for (const step of stepInserters) step.connection.close();
      raw.close();
      tend.close();
    },
  };
}

function termRow(scale: SearchScale, what: string, value: Sample, baseline: Sample): Row {
  const p95Goal = scale === '10×';
  return {
    part: 'search',
    what: `search.query, ${what}, ${scale}`,
    unit: 'ms',
    value,
    baseline: { what: 'raw FTS5 newest-first query, bare connection', value: baseline },
    goal: p95Goal ? '≤ 2× raw median, p95 ≤ 10 ms' : '≤ 2× raw median',
    pass: value.median <= 2 * baseline.median && (!p95Goal || value.p95 <= 10),
  };
}

export async function benchSearch(quick = false): Promise<Row[]> {
  const runs = quick ? 40 : 200;
  const rows: Row[] = [];
  const root = mkdtempSync(join(tmpdir(), 'tend-bench-search-'));
  const opened: Opened[] = [];
  try {
    for (const scale of ['1×', '10×'] as const) {
      const scaleRows: Row[] = [];
      const o = await openScale(scale, root, scaleRows, runs);
      opened.push(o);
      const rawQuery = o.raw.prepare(MATCH_SQL);
      // Steady state before any term is timed. A Tend just opened answers its first few hundred
      // searches up to twice as slowly while V8 compiles its code (measured at 10×, batches of 100
      // calls: ×2.7, ×2.4, ×2.3 the raw query, then ×1.65 from the fourth batch on, with or without
      // a full GC first), so whichever row came first (the rare term) measured that warm-up: the same
      // 10× call took 0.18 ms in its own row and 0.10 ms in the growth row run later. Every term, app
      // and raw alike, runs untimed first: 750 calls each, about a fifth of a second.
      for (let round = 0; round < WARMUP_ROUNDS; round++) {
        for (const term of TERMS) {
          await o.call(term.query);
          rawQuery.all(ftsMatchOf(parseQuery(term.query))!);
        }
      }
      for (const term of TERMS) {
        const match = ftsMatchOf(parseQuery(term.query))!;
        const [value, baseline] = await measurePair(() => o.call(term.query), () => rawQuery.all(match), runs, 5);
        scaleRows.push(termRow(scale, term.what, value, baseline));
      }
      rows.push(...scaleRows);
    }
    // Growth, with both scales interleaved so load on the machine lands on both.
    const [small, large] = opened as [Opened, Opened];
    for (const term of TERMS.filter((t) => t.growth)) {
      const [big, little] = await measurePair(() => large.call(term.query), () => small.call(term.query), runs, 5);
      rows.push({
        part: 'search',
        what: `search.query growth, ${term.what}, 1× → 10×`,
        unit: 'ms',
        value: big,
        baseline: { what: '1×', value: little },
        goal: '≤ 1.5× from 1× to 10×',
        pass: big.median <= 1.5 * little.median,
      });
    }
    for (const o of opened) rows.push(...(await o.writeCost()));
    return rows;
  } finally {
    for (const o of opened) o.close();
    rmSync(root, { recursive: true, force: true });
  }
}
