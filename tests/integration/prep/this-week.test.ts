import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../src/shared/contract';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { teamCalendar } from '../../fixtures/team-calendar';

// Today is Monday 2026-11-23; the week runs to Sunday 2026-11-29.

describe('this week’s one-on-ones', () => {
  it('lists everyone whose one-on-one comes round by Sunday, in order of need', async () => {
    const { tend } = await openTestTend();
    const rows = sideConnection(tend);
    const add = async (name: string, cadenceDays = 7) => expectOk(await tend.dispatch('people.save', { name, cadenceDays })).id;
    const overdue = await add('Olu Overdue');
    const due = await add('Dana Due');
    const never = await add('Nia Never');
    const laterThisWeek = await add('Lee Later');
    const fortnightly = await add('Fred Fortnight', 14);
    const archived = await add('Ari Archived');
    const monthly = await add('Mo Monthly', 30);

    rows.investment(overdue, '2026-11-03', 'one_on_one');
    rows.investment(due, '2026-11-15', 'one_on_one');
    // Other kinds of time are not a one-on-one.
    rows.investment(never, '2026-11-22', 'coaching');
    rows.investment(laterThisWeek, '2026-11-20', 'one_on_one');
    rows.investment(fortnightly, '2026-11-20', 'one_on_one');
    rows.investment(archived, '2026-10-01', 'one_on_one');
    rows.investment(monthly, '2026-10-28', 'one_on_one');
    expectOk(await tend.dispatch('people.archive', { id: archived }));

    const week = expectOk(await tend.dispatch('prep.thisWeek'));
    expect(week).toMatchObject({ startsOn: '2026-11-23', endsOn: '2026-11-29' });
    expect(week.people.map((p) => [p.name, p.state, p.dueOn, p.why])).toEqual([
      ['Olu Overdue', 'overdue', '2026-11-10', 'last 1:1 20 days ago · weekly'],
      ['Dana Due', 'due', '2026-11-22', 'last 1:1 8 days ago · weekly'],
      ['Nia Never', 'never', null, 'no 1:1 logged yet · weekly'],
      ['Mo Monthly', 'ok', '2026-11-27', 'last 1:1 26 days ago · every 30 days · comes round on Friday'],
      ['Lee Later', 'ok', '2026-11-27', 'last 1:1 3 days ago · weekly · comes round on Friday'],
    ]);

    // On Sunday the week is the same; a one-on-one held meanwhile shows Olu as done, last (issue 20: not gone).
    rows.investment(overdue, '2026-11-24', 'one_on_one');
    const sunday = expectOk(await tend.dispatch('prep.thisWeek', { day: '2026-11-29' }));
    expect(sunday.startsOn).toBe('2026-11-23');
    expect(sunday.people.at(-1)).toMatchObject({ name: 'Olu Overdue', state: 'done', dueOn: '2026-12-01', why: 'met on Tuesday · next on Tuesday' });
  });
});

describe('this week’s one-on-ones with a calendar', () => {
  it('walks the confirmed 1:1s first, in the order they are held; a 1:1 already over is no booking', async () => {
    const { tend } = await openTestTend();
    const rows = sideConnection(tend);
    const add = async (input: MethodInput<'people.save'>) => expectOk(await tend.dispatch('people.save', input)).id;
    const lena = await add({ name: 'Lena Vogel' });
    const kofi = await add({ name: 'Kofi Mensah' });
    const sam = await add({ name: 'Samuel Okafor', email: 'sam.okafor@example.com' });
    const priya = await add({ name: 'Priya Raman', cadenceDays: 14 });
    rows.investment(lena, '2026-10-01', 'one_on_one');
    rows.investment(kofi, '2026-11-16', 'one_on_one');
    rows.investment(sam, '2026-11-10', 'one_on_one');
    rows.investment(priya, '2026-11-20', 'one_on_one');
    expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar() }));
    expectOk(await tend.dispatch('schedule.confirm', { uid: 'sam-weekly@team.test', personId: sam }));
    expectOk(await tend.dispatch('schedule.confirm', { uid: 'kofi-weekly@team.test', personId: kofi }));
    // Priya's 1:1 ended at 08:30 this morning; the clock says 09:00.
    expectOk(await tend.dispatch('schedule.confirm', { uid: 'priya-once@team.test', personId: priya }));

    // In the order they are held, Sam on Tuesday, Kofi on Wednesday; then Lena, overdue the longest but not booked.
    const week = expectOk(await tend.dispatch('prep.thisWeek'));
    expect(week.people.map((p) => p.name)).toEqual(['Samuel Okafor', 'Kofi Mensah', 'Lena Vogel']);
  });
});
