import { describe, expect, it } from 'vitest';
import { createAttentionService } from '../../../src/core/attention/attention-service';
import { weekOf } from '../../../src/core/calendar/local-days';
import { summarizeAttention } from '../../../src/core/attention/order-by-need';
import { openDatabase } from '../../../src/core/db/database';
import { createPeopleService } from '../../../src/core/people/people-service';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('attention', () => {
  it('on the sample team, the summary is exactly the attention rules over what is stored, and Today is interesting', async () => {
    const { tend, clock } = await openTestTend();
    expectOk(await tend.dispatch('sample.load', {}));
    const summary = expectOk(await tend.dispatch('attention.summary', {}));
    const db = openDatabase(tend.databaseFile, { readonly: true });
    try {
      const service = createAttentionService(db, clock, createPeopleService(db, clock), () => 1);
      const week = weekOf('2026-11-23', 1).startsOn;
      expect(summary).toEqual(summarizeAttention(service.inputs('2026-11-23', week), '2026-11-23', week));
    } finally {
      db.close();
    }
    expect(summary.people.map((p) => `${p.name}: ${p.state}${p.snoozed ? ' (paused)' : ''}`)).toEqual([
      'Priya Raman: overdue',
      'Kofi Mensah: overdue',
      'Sam Okafor: due',
      'Ines García: due',
      'Mateo Rossi: never',
      'Yuki Tanaka: never',
      'Lars Berg: ok',
      'Amara Nwosu: ok',
      'Noor Haddad: ok',
      'Diego López: overdue (paused)',
    ]);
    const priya = summary.people[0]!;
    expect(priya.overdueMine).toEqual([{ text: 'Send the conference budget link', dueOn: '2026-11-20', daysOverdue: 3 }]);
    expect(priya.whyNow[0]).toBe('2.3× past your usual rhythm');
    expect(summary.people.find((p) => p.name === 'Ines García')!.nextDate).toEqual({ title: 'Birthday', on: '2026-11-27', daysUntil: 4 });
    expect(summary.people.find((p) => p.name === 'Noor Haddad')!.nextDate).toMatchObject({ title: 'Maya’s birthday', daysUntil: 2 });
    expect(summary.people.find((p) => p.name === 'Lars Berg')!.overdueTheirs).toBe(1);
    expect(summary.needingAttention).toBe(5);
    expect(summary.week).toEqual({ startsOn: '2026-11-23', minutes: 0, people: 0 });
  });

  it('counts the week from the week start, leaves archived people out, and snoozes', async () => {
    const { tend, person } = await withPerson();
    const gone = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' }));
    expectOk(await tend.dispatch('investments.log', { personId: gone.id, minutes: 60 }));
    expectOk(await tend.dispatch('people.archive', { id: gone.id }));
    expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 30, day: '2026-11-22' }));
    expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: 45, day: '2026-11-23' }));
    const monday = expectOk(await tend.dispatch('attention.summary', {}));
    expect(monday.people.map((p) => p.name)).toEqual(['Priya Raman']);
    expect(monday.week).toEqual({ startsOn: '2026-11-23', minutes: 45, people: 1 });
    const sunday = expectOk(await tend.dispatch('attention.summary', { weekStartsOn: 0 }));
    expect(sunday.week).toEqual({ startsOn: '2026-11-22', minutes: 75, people: 1 });
    expect(sunday.people[0]).toMatchObject({ lastInvestedOn: '2026-11-23', daysSince: 0, state: 'ok' });

    const paused = expectOk(await tend.dispatch('attention.snooze', { personId: person.id, until: '2026-11-30' }));
    expect(paused).toMatchObject({ snoozed: true, snoozedUntil: '2026-11-30', weekMinutes: 45 });
    // The snooze result counts the week as Settings does.
    expectOk(await tend.dispatch('settings.set', { weekStart: 0 }));
    expect(expectOk(await tend.dispatch('attention.snooze', { personId: person.id, until: '2026-11-30' })).weekMinutes).toBe(75);
    expect(expectOk(await tend.dispatch('people.get', { id: person.id })).snoozedUntil).toBe('2026-11-30');
    expect(expectOk(await tend.dispatch('attention.snooze', { personId: person.id, until: null }))).toMatchObject({ snoozed: false });
    expect(expectError(await tend.dispatch('attention.snooze', { personId: person.id, until: '2026-11-22' }))).toMatchObject({ code: 'invalid_input', field: 'until' });
    expect(expectError(await tend.dispatch('attention.snooze', { personId: gone.id, until: null }))).toMatchObject({ code: 'conflict', field: 'personId' });
  });

  it('the set-based reads give every person what a plain query per person gives, and one person alone reads the same', async () => {
    const { tend, clock } = await openTestTend();
    expectOk(await tend.dispatch('sample.load', {}));
    const [first] = expectOk(await tend.dispatch('people.list', {}));
    // Time on both edges of a Sunday-start week, and a person archived with open promises and time this week.
    expectOk(await tend.dispatch('investments.log', { personId: first!.id, minutes: 20, day: '2026-11-22' }));
    expectOk(await tend.dispatch('investments.log', { personId: first!.id, minutes: 25, day: '2026-11-21' }));
    const gone = expectOk(await tend.dispatch('people.save', { name: 'Archie Vale' }));
    expectOk(await tend.dispatch('investments.log', { personId: gone.id, minutes: 60 }));
    expectOk(await tend.dispatch('commitments.save', { personId: gone.id, text: 'Send the offer letter', owner: 'me', dueOn: '2026-11-20' }));
    expectOk(await tend.dispatch('people.archive', { id: gone.id }));
    const db = openDatabase(tend.databaseFile, { readonly: true });
    try {
      const service = createAttentionService(db, clock, createPeopleService(db, clock), () => 1);
      const week = weekOf('2026-11-23', 0).startsOn;
      const inputs = service.inputs('2026-11-23', week);
      const active = db.all<{ id: string }>(`SELECT id FROM people WHERE archived_at IS NULL`);
      expect(inputs.map((i) => i.id).sort()).toEqual(active.map((p) => p.id).sort());
      const bySort = (a: { text: string; dueOn: string | null }, b: { text: string; dueOn: string | null }) =>
        `${a.dueOn}${a.text}`.localeCompare(`${b.dueOn}${b.text}`);
      // The service hands over its open rows as they are read: compare what attention uses of them.
      const sorted = (list: readonly { text: string; dueOn: string | null }[]) => list.map(({ text, dueOn }) => ({ text, dueOn })).sort(bySort);
      for (const input of inputs) {
        const last = db.get<{ day: string | null }>(`SELECT max(day) AS day FROM investments WHERE person_id = ?`, [input.id])!.day;
        const minutes = db.get<{ m: number }>(`SELECT total(minutes) AS m FROM investments WHERE person_id = ? AND day >= ? AND day <= ?`, [input.id, week, '2026-11-23'])!.m;
        const open = (owner: string) =>
          db.all<{ text: string; dueOn: string | null }>(`SELECT text, due_on AS dueOn FROM commitments WHERE person_id = ? AND status = 'open' AND owner = ?`, [input.id, owner]).sort(bySort);
        expect({ last: input.lastInvestedOn, minutes: input.weekMinutes, mine: sorted(input.openMine), theirs: sorted(input.openTheirs) }).toEqual({
          last,
          minutes,
          mine: open('me'),
          theirs: open('them'),
        });
        expect(service.inputs('2026-11-23', week, input.id)).toEqual([input]);
      }
      expect(inputs.find((i) => i.id === first!.id)!.weekMinutes).toBe(20);
      expect(inputs.reduce((sum, i) => sum + i.weekMinutes, 0)).toBeGreaterThan(20);
    } finally {
      db.close();
    }
  });

  it('people.save keeps the maximum at least the cadence', async () => {
    const { tend } = await openTestTend();
    const saved = expectOk(await tend.dispatch('people.save', { name: 'Lars Berg', cadenceDays: 14, maxDays: 21 }));
    expect(saved.maxDays).toBe(21);
    expect(expectError(await tend.dispatch('people.save', { name: 'Lars Berg', cadenceDays: 14, maxDays: 10 }))).toMatchObject({ field: 'maxDays' });
    expect(expectOk(await tend.dispatch('people.list', {})).length).toBe(1);
  });
});
