import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BACKUP_DIR } from '../../../src/core/tend';
import { DAY, HOUR, pinnedClock } from '../../fixtures/clock';
import { openTestTend, TEST_START, type TestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

function dailyBackups(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, BACKUP_DIR)).filter((f) => f.startsWith('tend-daily-') && f.endsWith('.sqlite')).sort();
  } catch {
    return [];
  }
}

/** The start-up backup follows the integrity check, off the start path: wait for both, then close. */
async function closeAfterStart({ tend }: TestTend): Promise<void> {
  await tend.afterStart;
  tend.close();
}

describe('the start-up backup', () => {
  test('is taken when the newest backup is more than 24 hours old by the app clock, and not before', async () => {
    const clock = pinnedClock(TEST_START);
    const first = await openTestTend({ clock });
    const dataDir = first.dataDir;
    // An empty journal has nothing to lose: no backup yet.
    expect(dailyBackups(dataDir)).toEqual([]);
    expectOk(await first.tend.dispatch('people.save', { name: 'Ana Lima' }));
    first.tend.close();

    await openTestTend({ dataDir, clock }).then(closeAfterStart);
    expect(dailyBackups(dataDir)).toEqual(['tend-daily-2026-11-23T14-00-00-000Z.sqlite']);

    clock.advance(DAY);
    await openTestTend({ dataDir, clock }).then(closeAfterStart);
    expect(dailyBackups(dataDir)).toHaveLength(1);

    clock.advance(1);
    await openTestTend({ dataDir, clock }).then(closeAfterStart);
    expect(dailyBackups(dataDir)).toEqual(['tend-daily-2026-11-23T14-00-00-000Z.sqlite', 'tend-daily-2026-11-24T14-00-00-001Z.sqlite']);
  });

  test('any newer backup (a manual one) counts: no daily backup within a day of it', async () => {
    const clock = pinnedClock(TEST_START);
    const { tend, dataDir } = await openTestTend({ clock });
    expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    expectOk(await tend.dispatch('backup.create'));
    tend.close();
    clock.advance(20 * HOUR);
    await openTestTend({ dataDir, clock }).then(closeAfterStart);
    expect(dailyBackups(dataDir)).toEqual([]);
  });
});
