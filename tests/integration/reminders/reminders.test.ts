import { describe, expect, it } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { HOUR } from '../../fixtures/clock';

const digest = (day: string) => ({ kind: 'digest' as const, key: `digest:${day}`, title: 'Sam could use your time', body: 'Sam', route: '#/today', catchUp: false });

describe('reminders record and Missed list', () => {
  it('stores a decided reminder once per key, and counts it as gone out only once shown or failed', async () => {
    const { tend } = await openTestTend();
    const first = tend.reminders.decide(digest('2026-11-23'), '2026-11-23');
    const again = tend.reminders.decide({ ...digest('2026-11-23'), title: 'changed' }, '2026-11-23');
    expect(again).toEqual({ id: first.id, concluded: false });
    expect(tend.reminders.wentOut('2026-11-01')).toEqual([]);
    tend.reminders.markShown(first.id);
    expect(tend.reminders.decide(digest('2026-11-23'), '2026-11-23').concluded).toBe(true);
    const failed = tend.reminders.decide(digest('2026-11-24'), '2026-11-24');
    tend.reminders.markFailed(failed.id, 'Do Not Disturb');
    expect(tend.reminders.wentOut('2026-11-01').map((r) => r.key).sort()).toEqual(['digest:2026-11-23', 'digest:2026-11-24']);
    expect(tend.reminders.wentOut('2026-11-24').map((r) => r.key)).toEqual(['digest:2026-11-24']);
  });

  it('lists what is neither opened nor dismissed, newest first; opening returns its route; dismiss one or all', async () => {
    const { tend, clock } = await openTestTend();
    const a = tend.reminders.decide({ ...digest('2026-11-23'), kind: 'reflection', key: 'reflection:2026-11-23' }, '2026-11-23');
    clock.advance(HOUR);
    const b = tend.reminders.decide({ ...digest('2026-11-24'), kind: 'date', key: 'date:x@2026-11-30', route: '#/journal' }, '2026-11-24');
    clock.advance(HOUR);
    const c = tend.reminders.decide(digest('2026-11-25'), '2026-11-25');
    const missed = await tend.dispatch('reminders.missed', {});
    expect(missed.ok && missed.value.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(await tend.dispatch('reminders.open', { id: b.id })).toEqual({ ok: true, value: { route: '#/journal' } });
    expect(await tend.dispatch('reminders.dismiss', { id: a.id })).toEqual({ ok: true, value: { dismissed: 1 } });
    expect(await tend.dispatch('reminders.dismiss', { id: 'all' })).toEqual({ ok: true, value: { dismissed: 1 } });
    expect(await tend.dispatch('reminders.missed', {})).toEqual({ ok: true, value: [] });
  });

  it('the Missed list holds what still needs action: not what was shown, only the newest digest and reflection, no date past; the history holds all (issue 20, item 4)', async () => {
    const { tend, clock } = await openTestTend();
    // Two and a half weeks of digests that never reached the screen, one that did, and a reflection.
    const days = Array.from({ length: 12 }, (_, i) => `2026-11-${String(9 + i).padStart(2, '0')}`);
    for (const day of days) {
      tend.reminders.markFailed(tend.reminders.decide(digest(day), day).id, 'Do Not Disturb');
      clock.advance(HOUR);
    }
    const reflection = (day: string) => ({ ...digest(day), kind: 'reflection' as const, key: `reflection:${day}`, title: 'Time for a short reflection', route: '#/journal' });
    tend.reminders.markFailed(tend.reminders.decide(reflection('2026-11-19'), '2026-11-19').id, 'Do Not Disturb');
    clock.advance(HOUR);
    const lastReflection = tend.reminders.decide(reflection('2026-11-20'), '2026-11-20');
    clock.advance(HOUR);
    // Heads-ups: one for a date already past (Sunday), one for Friday, the latter shown on screen, and one for Friday not shown.
    const date = (on: string, id: string) => ({ kind: 'date' as const, key: `date:${id}@${on}`, title: `Birthday for Sam ${on}`, body: '', route: '#/today', catchUp: false });
    tend.reminders.decide(date('2026-11-22', 'a'), '2026-11-19');
    tend.reminders.markShown(tend.reminders.decide(date('2026-11-27', 'b'), '2026-11-20').id);
    const friday = tend.reminders.decide(date('2026-11-27', 'c'), '2026-11-20');
    clock.advance(HOUR);
    const shownDigest = tend.reminders.decide(digest('2026-11-21'), '2026-11-21');
    tend.reminders.markShown(shownDigest.id);

    const missed = await tend.dispatch('reminders.missed', {});
    expect(missed.ok && missed.value.map((r) => r.id)).toEqual([friday.id, lastReflection.id]);
    const history = await tend.dispatch('reminders.history', {});
    expect(history.ok && history.value).toHaveLength(12 + 2 + 3 + 1);
    expect(history.ok && history.value[0]).toMatchObject({ id: shownDigest.id, shownAt: expect.any(String), openedAt: null, dismissedAt: null });
  });

  it('drops a missed reflection from the Missed list once that day’s entry is written, not for another day’s', async () => {
    const { tend } = await openTestTend();
    const reflection = { ...digest('2026-11-20'), kind: 'reflection' as const, key: 'reflection:2026-11-20', route: '#/journal' };
    const friday = tend.reminders.decide(reflection, '2026-11-20');
    tend.reminders.markFailed(friday.id, 'no window open');
    const missedIds = async () => {
      const missed = await tend.dispatch('reminders.missed', {});
      return missed.ok && missed.value.map((r) => r.id);
    };
    expect(await missedIds()).toEqual([friday.id]);
    expect((await tend.dispatch('journal.save', { day: '2026-11-19', body: 'Thursday, late.', revision: 1 })).ok).toBe(true);
    expect(await missedIds()).toEqual([friday.id]);
    expect((await tend.dispatch('journal.save', { day: '2026-11-20', body: 'Long talk with @Zoë.', revision: 1 })).ok).toBe(true);
    expect(await missedIds()).toEqual([]);
    expect(tend.reminders.history(10).map((r) => r.id)).toEqual([friday.id]);
  });

  it('refuses an unknown or malformed id by field, changing nothing', async () => {
    const { tend } = await openTestTend();
    expect(await tend.dispatch('reminders.open', { id: '00000000-0000-4000-8000-00000000abcd' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
    expect(await tend.dispatch('reminders.dismiss', { id: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    expect(await tend.dispatch('reminders.pause', { until: 'soon' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'until' } });
  });

  it('pauses through settings and says a core without a host cannot show a test reminder', async () => {
    const { tend } = await openTestTend();
    const paused = await tend.dispatch('reminders.pause', { until: '2026-11-24T09:00:00-05:00' });
    expect(paused.ok && paused.value.pauseUntil).toBe('2026-11-24T14:00:00.000Z');
    expect(await tend.dispatch('reminders.test', {})).toMatchObject({ ok: true, value: { status: 'unsupported', fix: expect.any(String) } });
  });
});
