import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostNeedsBuild } from '../../../scripts/host-build.mjs';
import { tempDir } from '../../fixtures/temp-dir';

/** A project tree with the host's sources and a build, every file dated `at` (seconds). */
function project(at: number): string {
  const root = tempDir('tend-host-build');
  for (const file of ['src/host/cli.ts', 'src/core/db/migrate.ts', 'src/shared/contract.ts', 'src/renderer/main.ts', 'vite.host.config.ts', 'package.json', 'out/host/cli.js']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), at, at);
  }
  return root;
}

describe('npm run web rebuilds the host', () => {
  it('not when the build is newer than every source', () => {
    const root = project(1_000);
    utimesSync(join(root, 'out/host/cli.js'), 2_000, 2_000);
    expect(hostNeedsBuild(root)).toBe(false);
  });

  it.each(['src/core/db/migrate.ts', 'src/shared/contract.ts', 'src/host/cli.ts', 'src/renderer/main.ts', 'vite.host.config.ts'])('when %s is newer than the build', (source) => {
    const root = project(1_000);
    utimesSync(join(root, source), 3_000, 3_000);
    expect(hostNeedsBuild(root)).toBe(true);
  });

  it('when there is no build yet', () => {
    const root = tempDir('tend-host-build');
    expect(hostNeedsBuild(root)).toBe(true);
  });
});
