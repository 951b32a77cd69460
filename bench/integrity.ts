import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import { bulkNotes, seedTeam } from './dataset';

/** The start-up check's budget at 10× data: it runs on every launch, before the window shows. */
const TARGET_MS = 250;

function timings(fn: () => unknown, runs: number): { median: number; p95: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]! };
}

/**
 * `PRAGMA quick_check` on open, at 1× (12 people, 2,000 notes) and 10× (120 people, 20,000 notes),
 * beside reading every row of every table (raw SQL baseline) and the full `integrity_check`.
 */
export async function benchIntegrity(scales: number[] = [1, 10]): Promise<void> {
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
      const baseline = timings(() => reads.forEach((read) => read.all()), 15);
      const quick = timings(() => db.pragma('quick_check'), 15);
      const full = timings(() => db.pragma('integrity_check'), 5);
      db.close();
      const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
      process.stdout.write(
        `\nintegrity on open, ${scale}× (${people.length} people, ${(notesEach * people.length).toLocaleString('en-US')} notes, ${(statSync(file).size / 1e6).toFixed(1)} MB)\n` +
          `  read every row (raw SQL baseline)   median ${ms(baseline.median)}  p95 ${ms(baseline.p95)}\n` +
          `  PRAGMA quick_check                  median ${ms(quick.median)}  p95 ${ms(quick.p95)}   ×${(quick.median / baseline.median).toFixed(2)} of baseline\n` +
          `  PRAGMA integrity_check              median ${ms(full.median)}  p95 ${ms(full.p95)}\n` +
          (scale === 10 ? `  target: quick_check p95 ≤ ${TARGET_MS} ms at 10×: ${quick.p95 <= TARGET_MS ? 'PASS' : 'MISS'}\n` : ''),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
