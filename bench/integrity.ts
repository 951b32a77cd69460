import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import { bulkNotes, seedTeam } from './dataset';
import { measure } from './measure';
import type { Row } from './report';

/** The integrity check's budget at 10× data: it runs right after every launch's first answer (off the start path) and daily. */
const TARGET_MS = 250;

/**
 * `PRAGMA quick_check` (run after start, on a worker thread), at 1× (12 people, 2,000 notes) and 10× (120 people, 20,000 notes),
 * beside reading every row of every table (raw SQL baseline) and the full `integrity_check`.
 */
export async function benchIntegrity(quick = false, scales: number[] = [1, 10]): Promise<Row[]> {
  const rows: Row[] = [];
  const runs = quick ? 5 : 15;
  for (const scale of scales) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
    try {
      const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')) });
      const people = await seedTeam(tend, 12 * scale);
      tend.close();
      const notesEach = Math.floor((2_000 * scale) / people.length);
      people.forEach((person, i) => bulkNotes(join(dataDir, 'tend.sqlite'), person.id, notesEach, i + 1));
      const file = join(dataDir, 'tend.sqlite');
      const db = new BetterSqlite3(file, { readonly: true });
      const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
      const reads = tables.map((t) => db.prepare(`SELECT * FROM "${t}"`));
      const baseline = await measure(() => reads.forEach((read) => read.all()), runs, 1);
      const check = await measure(() => db.pragma('quick_check'), runs, 1);
      const full = await measure(() => db.pragma('integrity_check'), 5, 1);
      db.close();
      const shape = `${scale}× (${people.length} people, ${(notesEach * people.length).toLocaleString('en-US')} notes, ${(statSync(file).size / 1e6).toFixed(1)} MB)`;
      rows.push({
        part: 'integrity',
        what: `quick_check after start, ${shape}`,
        unit: 'ms',
        value: check,
        baseline: { what: 'read every row (raw SQL)', value: baseline },
        goal: `p95 ≤ ${TARGET_MS} ms at 10×`,
        pass: scale === 10 ? check.p95 <= TARGET_MS : null,
      });
      rows.push({ part: 'integrity', what: `full integrity_check, ${shape}`, unit: 'ms', value: full, goal: 'informational', pass: null });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return rows;
}
