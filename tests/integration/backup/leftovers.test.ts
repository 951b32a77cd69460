import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { tempDir } from '../../fixtures/temp-dir';

const STAMP = '2026-11-20T09-15-00-123Z';

test('files a killed Tend left behind are removed at the next start, by their exact names only, and only when their process is gone', async () => {
  const dataDir = tempDir('tend-leftovers');
  // A process id that has certainly ended.
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const backups = join(dataDir, 'backups');
  const exports = join(dataDir, 'exports');
  mkdirSync(backups, { mode: 0o700 });
  mkdirSync(exports, { mode: 0o700 });
  const put = (dir: string, name: string) => writeFileSync(join(dir, name), 'x', { mode: 0o600 });

  const leftovers = [
    [dataDir, `tend.incoming-${STAMP}-${dead}.tmp`],
    [dataDir, `tend.incoming-${STAMP}-${dead}.tmp-journal`],
    [backups, `tend-pre-restore-${STAMP}.sqlite-journal`],
    // The backup that journal belonged to was never finished (no sidecar): it goes too.
    [backups, `tend-pre-restore-${STAMP}.sqlite`],
    // A backup killed before it was whole, under its temporary name, and what SQLite kept beside it.
    [backups, `.tend-manual-${STAMP}.sqlite.partial-${dead}`],
    [backups, `.tend-pre-import-${STAMP}.sqlite.partial-${dead}-wal`],
    [backups, `.tend-pre-import-${STAMP}.sqlite.partial-${dead}-shm`],
    [exports, `.tend-json-${STAMP}.json.partial-${dead}`],
    [exports, `.tend-ics-${STAMP}-2.ics.partial-${dead}`],
  ] as const;
  const kept = [
    [dataDir, 'notes.txt'],
    [dataDir, 'tend.incoming-mine.tmp'],
    [dataDir, `tend.incoming-${STAMP}-${process.pid}.tmp`],
    [backups, `tend-manual-${STAMP}.sqlite`],
    [backups, `tend-manual-${STAMP}.sqlite.json`],
    [backups, 'my-copy.sqlite-journal'],
    [backups, `.tend-manual-${STAMP}.sqlite.partial-${process.pid}`],
    [backups, `.my-copy.sqlite.partial-${dead}`],
    [exports, `.tend-json-${STAMP}.json.partial-${process.pid}`],
    [exports, `.tend-json-${STAMP}.json.partial-${dead}.bak`],
    [exports, 'report.partial-1'],
  ] as const;
  for (const [dir, name] of [...leftovers, ...kept]) put(dir, name);
  mkdirSync(join(exports, `.tend-markdown-${STAMP}.partial-${dead}`), { mode: 0o700 });
  put(join(exports, `.tend-markdown-${STAMP}.partial-${dead}`), 'Sam Rivera.md');

  const { tend } = await openTestTend({ dataDir });
  expectOk(await tend.dispatch('people.list'));

  for (const [dir, name] of leftovers) expect(existsSync(join(dir, name)), name).toBe(false);
  expect(existsSync(join(exports, `.tend-markdown-${STAMP}.partial-${dead}`))).toBe(false);
  for (const [dir, name] of kept) expect(existsSync(join(dir, name)), name).toBe(true);
  expect(readdirSync(exports).sort()).toEqual(kept.filter(([dir]) => dir === exports).map(([, name]) => name).sort());
});
