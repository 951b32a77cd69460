import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { trayView } from '../../../../electron/main/reminders/tray';
import { planReminders } from '../../../../src/core/reminders/plan-reminders';
import { reminderAttentionFrom } from '../../../../src/core/reminders/reminder-attention';
import type { Tend } from '../../../../src/core/tend';
import { groupsOf } from '../../../../src/renderer/features/today/today-display';
import type { AttentionSummary } from '../../../../src/shared/attention';
import { Settings } from '../../../../src/shared/settings';
import { DAY, type PinnedClock } from '../../../fixtures/clock';
import { openTestTend, TEST_START } from '../../../fixtures/open-test-tend';
import { expectOk } from '../../../fixtures/results';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

/** The names each of the four places counts as needing the leader (issue 20, item 5). */
function fourCounts(summary: AttentionSummary, clock: PinnedClock) {
  const forReminders = reminderAttentionFrom(summary);
  const plan = planReminders({ now: clock(), timeZone: 'America/New_York', settings: v.parse(Settings, {}), attention: forReminders, shown: [] });
  const digest = plan.show.find((reminder) => reminder.kind === 'digest');
  // "Sam could use your time" or "4 people could use your time"; no person line says neither.
  const digestPeople = digest?.title.match(/^(\d+) people could use your time$/)?.[1] ?? (digest?.title.endsWith(' could use your time') ? '1' : '0');
  const tray = trayView(forReminders, false, false, clock());
  return {
    badge: summary.needingAttention,
    today: groupsOf(summary).find((group) => group.id === 'now')?.people.length ?? 0,
    tray: [tray.count, tray.people.length],
    digest: Number(digestPeople),
  };
}

async function person(tend: Tend, name: string) {
  return expectOk(await tend.dispatch('people.save', { name }));
}

describe('one definition of "needs you"', () => {
  it('the sidebar badge, Today, the tray and the digest agree on the sample team', async () => {
    const { tend, clock } = await openTestTend();
    expectOk(await tend.dispatch('sample.load', {}));
    const summary = expectOk(await tend.dispatch('attention.summary', {}));
    expect(fourCounts(summary, clock)).toEqual({ badge: 5, today: 5, tray: [5, 5], digest: 5 });
  });

  it('they agree on a crafted team: new today, on rhythm with an overdue promise, paused, never since ten days, due', async () => {
    const { tend, clock } = await openTestTend();
    clock.set(new Date(Date.parse(TEST_START) - 10 * DAY).toISOString());
    await person(tend, 'Quinn Quiet');
    clock.set(TEST_START);
    await person(tend, 'Nia New');
    const omar = await person(tend, 'Omar Owed');
    expectOk(await tend.dispatch('investments.log', { personId: omar.id, minutes: 30 }));
    expectOk(await tend.dispatch('commitments.save', { personId: omar.id, text: 'Send the offer letter', dueOn: '2026-11-20' }));
    const pat = await person(tend, 'Pat Paused');
    expectOk(await tend.dispatch('investments.log', { personId: pat.id, minutes: 30, day: '2026-11-01' }));
    expectOk(await tend.dispatch('attention.snooze', { personId: pat.id, until: '2026-11-30' }));
    const rae = await person(tend, 'Rae Due');
    expectOk(await tend.dispatch('investments.log', { personId: rae.id, minutes: 30, day: '2026-11-16' }));

    const summary = expectOk(await tend.dispatch('attention.summary', {}));
    expect(fourCounts(summary, clock)).toEqual({ badge: 3, today: 3, tray: [3, 3], digest: 3 });
    const groups = groupsOf(summary);
    expect(groups.map((group) => [group.id, group.people.map((p) => p.name)])).toEqual([
      ['now', ['Rae Due', 'Quinn Quiet', 'Omar Owed']],
      ['rhythm', ['Nia New']],
      ['paused', ['Pat Paused']],
    ]);
  });
});
