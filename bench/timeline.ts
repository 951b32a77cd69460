import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import type { TimelineCursor, TimelinePage } from '../src/shared/timeline';
import type { Result } from '../src/shared/result';
import { bulkNotes } from './dataset';
import { measure, report } from './measure';

const PAGE = 50;

/**
 * The Person page's timeline at thousands of notes: a first page and a deep page (keyset cursor),
 * against the baseline the design rules out — loading every note of the person, newest first.
 */
export async function benchTimeline(sizes: number[] = [2_000, 20_000]): Promise<void> {
  for (const size of sizes) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
    try {
      const setup = await openTend({
        dataDir,
        appVersion: 'bench',
        host: 'web',
        clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')),
      });
      const saved = await setup.dispatch('people.save', { name: 'Priya Raman' });
      if (!saved.ok) throw new Error(saved.error.message);
      const personId = saved.value.id;
      setup.close();
      bulkNotes(join(dataDir, 'tend.sqlite'), personId, size);

      const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web' });
      let deep: TimelineCursor | null = null;
      for (let i = 0; i < Math.floor(size / 2 / PAGE); i++) {
        const page: Result<TimelinePage> = await tend.dispatch('timeline.page', { personId, limit: PAGE, before: deep });
        if (!page.ok) throw new Error(page.error.message);
        deep = page.value.nextCursor;
      }

      const reader = new BetterSqlite3(tend.databaseFile, { readonly: true });
      const everything = reader.prepare('SELECT * FROM notes WHERE person_id = ? ORDER BY noted_on DESC, created_at DESC, id DESC');
      const baseline = await measure(() => {
        const rows = everything.all(personId);
        if (rows.length !== size) throw new Error(`expected ${size} rows, got ${rows.length}`);
      });
      const first = await measure(() => tend.dispatch('timeline.page', { personId, limit: PAGE }));
      const middle = await measure(() => tend.dispatch('timeline.page', { personId, limit: PAGE, before: deep }));
      const profile = await measure(() => tend.dispatch('people.profile', { id: personId }));
      report(`timeline, ${size.toLocaleString('en-US')} notes for one person`, 'load every note (naive)', baseline, [
        [`timeline.page first ${PAGE}`, first],
        [`timeline.page middle ${PAGE} (keyset)`, middle],
        ['people.profile', profile],
      ]);
      reader.close();
      tend.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
