import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';

/** Every file and folder under `dir`, with its permission bits. */
function modesUnder(dir: string): { path: string; mode: string; folder: boolean }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => {
    const stat = statSync(join(dir, path));
    return { path, mode: (stat.mode & 0o777).toString(8), folder: stat.isDirectory() };
  });
}

test('every file Tend writes in its data folder is readable by the user only (0600), every folder 0700: settings and corrupt copies included', async () => {
  const first = await openTestTend();
  await sampleTeam(first.tend);
  expectOk(await first.tend.dispatch('settings.set', { digestTime: '08:30' }));
  expectOk(await first.tend.dispatch('backup.create'));
  for (const format of ['json', 'markdown', 'ics'] as const) expectOk(await first.tend.dispatch('archive.export', { format }));
  first.tend.close();
  // A settings file that does not parse is moved aside on the next start, and a new one written.
  writeFileSync(join(first.dataDir, 'settings.json'), '{ not json', { mode: 0o644 });
  const second = await openTestTend({ dataDir: first.dataDir });
  expectOk(await second.tend.dispatch('settings.set', { digestTime: '08:45' }));

  const entries = modesUnder(first.dataDir);
  expect(entries.map((e) => e.path)).toEqual(expect.arrayContaining(['settings.json', expect.stringMatching(/^settings\.corrupt-.*\.json$/), 'tend.sqlite']));
  expect(entries.filter((e) => e.mode !== (e.folder ? '700' : '600'))).toEqual([]);
  expect((statSync(first.dataDir).mode & 0o777).toString(8)).toBe('700');
});
