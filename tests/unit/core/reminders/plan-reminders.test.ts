import { describe, expect, it } from 'vitest';
import { LATE_GRACE_MS, MAX_WAKE_MS } from '../../../../src/core/reminders/plan-reminders';
import { dedupe, shownRecord } from '../../../../src/core/reminders/reminder';
import {
  BIRTHDAY,
  birthday,
  LONDON,
  MOVE,
  NY,
  plan,
  PRIYA,
  QUIET_TEAM,
  runHost,
  SAM,
  shown,
  shownDate,
  team,
  type Case,
} from './planner-fixtures';

// Monday 23 November 2026 in New York is UTC-5: 09:00 = 14:00Z, 17:30 = 22:30Z, 20:00 = 01:00Z the next day.
const kinds = (c: Case) => plan(c).show.map((reminder) => reminder.kind);

describe('what the planner shows (New York, week of Monday 23 November 2026)', () => {
  it.each<[string, Case, string[]]>([
    // The morning digest, on workdays only, once a day.
    ['Mon 08:59: nothing yet', { now: '2026-11-23T13:59:00Z' }, []],
    ['Mon 09:00: the digest', { now: '2026-11-23T14:00:00Z' }, ['digest']],
    ['Mon 11:00, not yet shown: the digest', { now: '2026-11-23T16:00:00Z' }, ['digest']],
    ['Mon 09:00, shown today: nothing', { now: '2026-11-23T14:00:00Z', shown: [shown('digest', '2026-11-23')] }, []],
    ['Mon 09:00, only Sunday’s shown: the digest', { now: '2026-11-23T14:00:00Z', shown: [shown('digest', '2026-11-22')] }, ['digest']],
    ['Sat 09:00: nothing (weekend)', { now: '2026-11-28T14:00:00Z' }, []],
    ['Sun 17:30: nothing (weekend)', { now: '2026-11-29T22:30:00Z' }, []],
    ['Sat 09:00 when Saturday is a workday: the digest', { now: '2026-11-28T14:00:00Z', settings: { workdays: [6] } }, ['digest']],
    ['Mon 09:00 when the week is Tue–Sat: nothing', { now: '2026-11-23T14:00:00Z', settings: { workdays: [2, 3, 4, 5, 6] } }, []],
    // Quiet hours: nothing inside them; a time inside the morning part waits for their end, the same day.
    ['digest at 07:00 inside quiet hours: nothing at 07:00', { now: '2026-11-23T12:00:00Z', settings: { digestTime: '07:00' } }, []],
    ['digest at 07:00: shown when quiet hours end at 08:00', { now: '2026-11-23T13:00:00Z', settings: { digestTime: '07:00' } }, ['digest']],
    ['digest at 21:00, inside evening quiet hours: nothing at 21:00', { now: '2026-11-24T02:00:00Z', settings: { digestTime: '21:00' } }, []],
    ['digest at 21:00: not carried past midnight either', { now: '2026-11-24T05:30:00Z', settings: { digestTime: '21:00' } }, []],
    ['digest at 21:00: nor moved to the morning when quiet hours end', { now: '2026-11-24T13:30:00Z', settings: { digestTime: '21:00' } }, []],
    [
      'quiet 22:00–06:00, reflection 23:00: nothing at 23:00',
      { now: '2026-11-24T04:00:00Z', settings: { reflectionTime: '23:00', quietHours: { start: '22:00', end: '06:00' } }, shown: [shown('digest', '2026-11-23')] },
      [],
    ],
    [
      'quiet 22:00–06:00, digest 05:00: nothing at 05:30 (after midnight, still quiet)',
      { now: '2026-11-23T10:30:00Z', settings: { digestTime: '05:00', quietHours: { start: '22:00', end: '06:00' } } },
      [],
    ],
    [
      'quiet 22:00–06:00, digest 05:00: shown at 06:00',
      { now: '2026-11-23T11:00:00Z', settings: { digestTime: '05:00', quietHours: { start: '22:00', end: '06:00' } } },
      ['digest'],
    ],
    [
      'quiet 12:00–13:00 (same day), digest 12:30: nothing at 12:45',
      { now: '2026-11-23T17:45:00Z', settings: { digestTime: '12:30', quietHours: { start: '12:00', end: '13:00' } } },
      [],
    ],
    [
      'quiet 12:00–13:00, digest 12:30: shown at 13:00',
      { now: '2026-11-23T18:00:00Z', settings: { digestTime: '12:30', quietHours: { start: '12:00', end: '13:00' } } },
      ['digest'],
    ],
    [
      'start = end means no quiet hours: a 06:00 digest at 06:00',
      { now: '2026-11-23T11:00:00Z', settings: { digestTime: '06:00', quietHours: { start: '06:00', end: '06:00' } } },
      ['digest'],
    ],
    // The end-of-day reflection.
    ['Mon 17:29: nothing', { now: '2026-11-23T22:29:00Z', shown: [shown('digest', '2026-11-23')] }, []],
    ['Mon 17:30: the reflection', { now: '2026-11-23T22:30:00Z', shown: [shown('digest', '2026-11-23')] }, ['reflection']],
    [
      'Mon 17:30, reflection already written: nothing',
      { now: '2026-11-23T22:30:00Z', shown: [shown('digest', '2026-11-23')], attention: { reflectionWrittenToday: true } },
      [],
    ],
    [
      'Mon 17:30, reflection reminder shown: nothing',
      { now: '2026-11-23T22:30:00Z', shown: [shown('digest', '2026-11-23'), shown('reflection', '2026-11-23')] },
      [],
    ],
    ['Mon 19:59: the reflection still', { now: '2026-11-24T00:59:00Z', shown: [shown('digest', '2026-11-23')] }, ['reflection']],
    ['Mon 20:00: nothing (quiet hours)', { now: '2026-11-24T01:00:00Z', shown: [shown('digest', '2026-11-23')] }, []],
    ['Mon 17:45, the digest never went out: the reflection only', { now: '2026-11-23T22:45:00Z' }, ['reflection']],
    [
      'reflection set before the digest: the digest is not stale after it',
      { now: '2026-11-23T23:00:00Z', settings: { digestTime: '18:00', reflectionTime: '09:00' }, shown: [shown('reflection', '2026-11-23')] },
      ['digest'],
    ],
    // Global pause.
    ['paused until 12:00: nothing at 09:00', { now: '2026-11-23T14:00:00Z', settings: { pauseUntil: '2026-11-23T17:00:00.000Z' } }, []],
    ['pause over at 12:00: the digest then', { now: '2026-11-23T17:00:00Z', settings: { pauseUntil: '2026-11-23T17:00:00.000Z' } }, ['digest']],
    [
      'paused until tomorrow: no reflection',
      { now: '2026-11-23T22:30:00Z', settings: { pauseUntil: '2026-11-24T14:00:00.000Z' }, shown: [shown('digest', '2026-11-23')] },
      [],
    ],
    ['a pause that ended last week: no effect', { now: '2026-11-23T14:00:00Z', settings: { pauseUntil: '2026-11-16T14:00:00.000Z' } }, ['digest']],
    // A digest only when there is something to say.
    ['everyone fine, nothing due: no digest', { now: '2026-11-23T14:00:00Z', attention: QUIET_TEAM }, []],
    [
      'everyone fine, a commitment due: the digest',
      { now: '2026-11-23T14:00:00Z', attention: { ...QUIET_TEAM, commitments: team().commitments } },
      ['digest'],
    ],
    [
      'everyone fine, a birthday today: the digest',
      { now: '2026-11-23T14:00:00Z', attention: { ...QUIET_TEAM, dates: [birthday('2026-11-23')] } },
      ['digest'],
    ],
    [
      'everyone who needs time is snoozed through tomorrow: no digest',
      {
        now: '2026-11-23T14:00:00Z',
        attention: { ...QUIET_TEAM, people: team().people.map((p) => ({ ...p, snoozedUntil: '2026-11-24' })) },
      },
      [],
    ],
    [
      'snoozed through today (inclusive): no digest',
      {
        now: '2026-11-23T14:00:00Z',
        attention: { ...QUIET_TEAM, people: team().people.map((p) => ({ ...p, snoozedUntil: '2026-11-23' })) },
      },
      [],
    ],
    [
      'snooze ended yesterday: counted again',
      {
        now: '2026-11-23T14:00:00Z',
        attention: { ...QUIET_TEAM, people: team().people.map((p) => ({ ...p, snoozedUntil: '2026-11-22' })) },
      },
      ['digest'],
    ],
    // Date heads-ups: once per occurrence, from the digest time on workdays; today's dates are in the digest.
    ['a birthday Friday entering its window: digest and heads-up at 09:00', { now: '2026-11-23T14:00:00Z', attention: { dates: [birthday('2026-11-27')] } }, ['digest', 'date']],
    ['the heads-up waits for the digest time', { now: '2026-11-23T13:30:00Z', attention: { dates: [birthday('2026-11-27')] } }, []],
    [
      'heads-up already shown for this occurrence: digest only',
      { now: '2026-11-24T14:00:00Z', attention: { dates: [birthday('2026-11-27')] }, shown: [shownDate(BIRTHDAY, '2026-11-27', '2026-11-23')] },
      ['digest'],
    ],
    [
      'the same birthday next year: a heads-up again',
      { now: '2027-11-23T14:00:00Z', attention: { dates: [birthday('2027-11-27')] }, shown: [shownDate(BIRTHDAY, '2026-11-27', '2026-11-23')] },
      ['digest', 'date'],
    ],
    [
      'a heads-up already went out today: the next waits for tomorrow',
      {
        now: '2026-11-23T15:00:00Z',
        attention: { dates: [birthday('2026-11-27'), birthday('2026-11-30', SAM, 'Sam', MOVE)] },
        shown: [shown('digest', '2026-11-23'), shownDate(BIRTHDAY, '2026-11-27', '2026-11-23')],
      },
      [],
    ],
    [
      '…and tomorrow it comes',
      {
        now: '2026-11-24T14:00:00Z',
        attention: { dates: [birthday('2026-11-27'), birthday('2026-11-30', SAM, 'Sam', MOVE)] },
        shown: [shown('digest', '2026-11-23'), shownDate(BIRTHDAY, '2026-11-27', '2026-11-23')],
      },
      ['digest', 'date'],
    ],
    ['a birthday today: in the digest, no separate heads-up', { now: '2026-11-23T14:00:00Z', attention: { dates: [birthday('2026-11-23')] } }, ['digest']],
    ['a birthday yesterday: nothing', { now: '2026-11-23T14:00:00Z', attention: { ...QUIET_TEAM, dates: [birthday('2026-11-22')] } }, []],
    ['a heads-up on a Saturday waits for a workday', { now: '2026-11-28T14:00:00Z', attention: { dates: [birthday('2026-12-02')] } }, []],
    ['nobody needs time, a date ahead: the heads-up alone', { now: '2026-11-23T14:00:00Z', attention: { ...QUIET_TEAM, dates: [birthday('2026-11-27')] } }, ['date']],
  ])('%s', (_name, c, expected) => {
    expect(kinds(c)).toEqual(expected);
  });
});

describe('the digest names the people most in need, and only them', () => {
  it('lists three people by need, "+N more", and what is due (UI.md words)', () => {
    const [digest] = plan({ now: '2026-11-23T14:00:00Z' }).show;
    expect(digest).toEqual({
      kind: 'digest',
      key: 'digest:2026-11-23',
      title: '5 people could use your time',
      body: 'Sam, Priya and Lee · +2 more · Due today: your promise to Sam — the budget link',
      whileLocked: { title: 'Tend — 5 people could use your time', body: 'Unlock Tend to see who.' },
      route: '#/today',
      catchUp: false,
    });
  });

  it('leaves a snoozed person out of the names (their promise still counts)', () => {
    const people = team().people.map((p) => (p.id === SAM ? { ...p, snoozedUntil: '2026-11-30' } : p));
    const [digest] = plan({ now: '2026-11-23T14:00:00Z', attention: { people } }).show;
    expect(digest!.title).toBe('4 people could use your time');
    expect(digest!.body).toBe('Priya, Lee and Ana · +1 more · Due today: your promise to Sam — the budget link');
  });

  it('never sends one notification per overdue person', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, state: 'overdue' as const, ratio: 1 + i / 10, needsYou: true, snoozedUntil: null }));
    const result = plan({ now: '2026-11-23T14:00:00Z', attention: { people } });
    expect(result.show).toHaveLength(1);
    expect(result.show[0]!.body).toBe('Person 11, Person 10 and Person 9 · +9 more · Due today: your promise to Sam — the budget link');
  });

  it('the reflection opens its own day’s entry, which a late open (Monday, from the Missed list) still finds', () => {
    const result = plan({ now: '2026-11-20T22:30:00Z', shown: [shown('digest', '2026-11-20')] });
    expect(result.show).toMatchObject([{ kind: 'reflection', key: 'reflection:2026-11-20', route: '#/journal/2026-11-20' }]);
  });

  it('heads-up for one person opens that person', () => {
    const result = plan({ now: '2026-11-23T14:00:00Z', attention: { dates: [birthday('2026-11-27')] } });
    expect(result.show[1]).toMatchObject({ kind: 'date', title: 'Birthday for Priya on Friday', route: `#/people/${PRIYA}`, catchUp: false });
  });
});

describe('one catch-up after sleep, a pause or a clock jump — never a burst, never yesterday’s', () => {
  it('a 3-day sleep (Fri 16:00 → Mon 11:00) gives one catch-up digest, for today', () => {
    const result = plan({ now: '2026-11-23T16:00:00Z', lastTick: '2026-11-20T21:00:00Z' });
    expect(result.show.map((r) => [r.key, r.catchUp])).toEqual([['digest:2026-11-23', true]]);
    expect(result.catchUp).toBe(true);
  });

  it('waking in the evening after days away gives the reflection alone', () => {
    const result = plan({ now: '2026-11-23T23:00:00Z', lastTick: '2026-11-20T21:00:00Z' });
    expect(result.show.map((r) => [r.key, r.catchUp])).toEqual([['reflection:2026-11-23', true]]);
  });

  it('a short sleep across 09:00 is on time, though the plan notes the gap', () => {
    const result = plan({ now: '2026-11-23T14:03:00Z', lastTick: '2026-11-23T12:30:00Z' });
    expect(result.show.map((r) => r.catchUp)).toEqual([false]);
    expect(result.catchUp).toBe(true);
  });

  it('a digest after a pause is marked as a catch-up; one released by quiet hours is not', () => {
    expect(plan({ now: '2026-11-23T17:00:00Z', settings: { pauseUntil: '2026-11-23T17:00:00.000Z' } }).show[0]!.catchUp).toBe(true);
    expect(plan({ now: '2026-11-23T13:00:00Z', settings: { digestTime: '07:00' } }).show[0]!.catchUp).toBe(false);
    expect(plan({ now: new Date(Date.parse('2026-11-23T14:00:00Z') + LATE_GRACE_MS).toISOString() }).show[0]!.catchUp).toBe(false);
  });

  it('the clock jumping forward two days shows that day’s digest, not the days skipped', () => {
    const result = plan({ now: '2026-11-25T15:00:00Z', lastTick: '2026-11-23T15:00:00Z', shown: [shown('digest', '2026-11-23')] });
    expect(result.show.map((r) => r.key)).toEqual(['digest:2026-11-25']);
  });

  it('the clock going back after the digest does not repeat it', () => {
    const record = [shown('digest', '2026-11-23')];
    expect(plan({ now: '2026-11-23T13:30:00Z', lastTick: '2026-11-23T15:00:00Z', shown: record })).toMatchObject({ show: [], catchUp: true });
    expect(plan({ now: '2026-11-23T14:00:00Z', shown: record }).show).toEqual([]);
    expect(plan({ now: '2026-11-20T15:00:00Z', lastTick: '2026-11-23T15:00:00Z', shown: [shown('digest', '2026-11-20'), ...record] }).show).toEqual([]);
  });

  it('a host asleep Fri 15:00 → Mon 11:00 delivers Friday’s digest, then one catch-up at wake, then Monday’s reflection on time', () => {
    const run = runHost({
      from: '2026-11-20T05:00:00Z',
      until: '2026-11-24T05:00:00Z',
      sleeps: [{ from: '2026-11-20T20:00:00Z', until: '2026-11-23T16:00:00Z' }],
    });
    expect(run.delivered.map((d) => [d.at, d.reminder.key, d.reminder.catchUp])).toEqual([
      ['2026-11-20T14:00:00.000Z', 'digest:2026-11-20', false],
      ['2026-11-23T16:00:00.000Z', 'digest:2026-11-23', true],
      ['2026-11-23T22:30:00.000Z', 'reflection:2026-11-23', false],
    ]);
  });

  it('resume firing twice (two plans before the first is recorded) shows one toast', () => {
    const first = plan({ now: '2026-11-23T16:00:00Z' });
    const second = plan({ now: '2026-11-23T16:00:01Z' });
    expect(second.show).toEqual(first.show);
    expect(dedupe(second.show, first.show)).toEqual([]);
  });
});

describe('the shown record survives restarts', () => {
  it('a restart with the same record repeats nothing', () => {
    const first = plan({ now: '2026-11-23T14:00:00Z', attention: { dates: [birthday('2026-11-27')] } });
    const record = first.show.map((r) => shownRecord(r, new Date('2026-11-23T14:00:02Z'), NY));
    expect(record.map((r) => r.localDay)).toEqual(['2026-11-23', '2026-11-23']);
    expect(plan({ now: '2026-11-23T14:05:00Z', attention: { dates: [birthday('2026-11-27')] }, shown: record }).show).toEqual([]);
  });

  it('a crash between deciding and showing (nothing recorded) plans it again', () => {
    const decided = plan({ now: '2026-11-23T14:00:00Z' });
    expect(plan({ now: '2026-11-23T14:02:00Z', shown: [] }).show).toEqual(decided.show);
  });
});

describe('the digest and the reflection can each be switched off (issue 20, item 16)', () => {
  it('a week with the digest off: reflections only, and a date heads-up still comes at the digest’s time', () => {
    const run = runHost({
      from: '2026-11-22T05:00:00Z',
      until: '2026-11-29T05:00:00Z',
      settings: { digestOn: false },
      attention: { dates: [birthday('2026-11-26')] },
    });
    expect(run.delivered.filter((d) => d.reminder.kind === 'digest')).toEqual([]);
    expect(run.delivered.filter((d) => d.reminder.kind === 'reflection')).toHaveLength(5);
    expect(run.delivered.filter((d) => d.reminder.kind === 'date').map((d) => d.at)).toEqual(['2026-11-23T14:00:00.000Z']);
  });

  it('a week with the reflection off: digests only, and a late digest is not dropped as stale by a reflection that never comes', () => {
    const run = runHost({ from: '2026-11-22T05:00:00Z', until: '2026-11-29T05:00:00Z', settings: { reflectionOn: false } });
    expect(run.delivered.filter((d) => d.reminder.kind === 'reflection')).toEqual([]);
    expect(run.delivered.filter((d) => d.reminder.kind === 'digest')).toHaveLength(5);
    expect(plan({ now: '2026-11-23T23:00:00Z', settings: { reflectionOn: false } }).show.map((r) => r.kind)).toEqual(['digest']);
  });

  it('both off: nothing but heads-ups, and no wake is planned for either', () => {
    const off = { digestOn: false, reflectionOn: false };
    expect(plan({ now: '2026-11-23T14:00:00Z', settings: off }).show).toEqual([]);
    expect(plan({ now: '2026-11-23T22:30:00Z', settings: off }).show).toEqual([]);
    // Nothing to wait for: the next look is the hour cap, not 09:00 or 17:30.
    expect(plan({ now: '2026-11-23T13:30:00Z', settings: off }).nextWakeAt.toISOString()).toBe('2026-11-23T14:30:00.000Z');
  });
});

describe('a full week in the fake host: once a day, on time, workdays only, never in quiet hours', () => {
  it.each([
    ['New York, an ordinary week', NY, '2026-11-22T05:00:00Z', '14:00', '22:30'],
    ['New York, the spring-forward week', NY, '2026-03-08T05:00:00Z', '13:00', '21:30'],
    ['New York, the fall-back week', NY, '2026-11-01T04:00:00Z', '14:00', '22:30'],
    ['London, the spring-forward week', LONDON, '2026-03-29T00:00:00Z', '08:00', '16:30'],
    ['London, the fall-back week', LONDON, '2026-10-25T00:00:00Z', '09:00', '17:30'],
  ])('%s', (_name, zone, from, digestUtc, reflectionUtc) => {
    const until = new Date(Date.parse(from) + 7 * 24 * 3600_000).toISOString();
    const run = runHost({ from, until, zone });
    const digests = run.delivered.filter((d) => d.reminder.kind === 'digest');
    const reflections = run.delivered.filter((d) => d.reminder.kind === 'reflection');
    expect(digests).toHaveLength(5);
    expect(reflections).toHaveLength(5);
    expect(new Set(digests.map((d) => d.reminder.key)).size).toBe(5);
    expect(digests.every((d) => d.at.slice(11, 16) === digestUtc && !d.reminder.catchUp)).toBe(true);
    expect(reflections.every((d) => d.at.slice(11, 16) === reflectionUtc && !d.reminder.catchUp)).toBe(true);
    // No wake ever waits more than an hour.
    const gaps = run.wakes.slice(1).map((w, i) => Date.parse(w) - Date.parse(run.wakes[i]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAKE_MS);
  });
});

describe('daylight saving time, both ways, in two zones', () => {
  it.each<[string, Case, string[]]>([
    ['NY Mon 9 Mar (EDT) 08:59', { now: '2026-03-09T12:59:00Z' }, []],
    ['NY Mon 9 Mar (EDT) 09:00', { now: '2026-03-09T13:00:00Z' }, ['digest']],
    ['NY Sun 8 Mar, every day a workday, 08:59 EDT', { now: '2026-03-08T12:59:00Z', settings: { workdays: [0, 1, 2, 3, 4, 5, 6] } }, []],
    ['NY Sun 8 Mar, every day a workday, 09:00 EDT', { now: '2026-03-08T13:00:00Z', settings: { workdays: [0, 1, 2, 3, 4, 5, 6] } }, ['digest']],
    [
      'NY 8 Mar, a 02:30 digest (a time that does not exist): not at 03:29 EDT',
      { now: '2026-03-08T07:29:00Z', settings: { digestTime: '02:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] } },
      [],
    ],
    [
      'NY 8 Mar, a 02:30 digest: at 03:30 EDT (moved forward by the gap)',
      { now: '2026-03-08T07:30:00Z', settings: { digestTime: '02:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] } },
      ['digest'],
    ],
    ['NY Sun 1 Nov, every day a workday, 08:59 EST', { now: '2026-11-01T13:59:00Z', settings: { workdays: [0, 1, 2, 3, 4, 5, 6] } }, []],
    ['NY Sun 1 Nov, every day a workday, 09:00 EST', { now: '2026-11-01T14:00:00Z', settings: { workdays: [0, 1, 2, 3, 4, 5, 6] } }, ['digest']],
    [
      'NY 1 Nov, a 01:30 digest: the first 01:30 (EDT)',
      { now: '2026-11-01T05:30:00Z', settings: { digestTime: '01:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] } },
      ['digest'],
    ],
    [
      'NY 1 Nov, a 01:30 digest: not again at the second 01:30 (EST)',
      {
        now: '2026-11-01T06:30:00Z',
        settings: { digestTime: '01:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] },
        shown: [shown('digest', '2026-11-01')],
      },
      [],
    ],
    ['NY Mon 2 Nov (EST) 08:00: quiet hours still', { now: '2026-11-02T13:00:00Z' }, []],
    ['NY Mon 2 Nov (EST) 17:30: the reflection', { now: '2026-11-02T22:30:00Z', shown: [shown('digest', '2026-11-02')] }, ['reflection']],
    ['London Fri 27 Mar (GMT) 08:00: quiet hours', { now: '2026-03-27T08:00:00Z', zone: LONDON }, []],
    ['London Fri 27 Mar (GMT) 09:00', { now: '2026-03-27T09:00:00Z', zone: LONDON }, ['digest']],
    ['London Sun 29 Mar, every day a workday, 08:59 BST', { now: '2026-03-29T07:59:00Z', zone: LONDON, settings: { workdays: [0] } }, []],
    ['London Sun 29 Mar, every day a workday, 09:00 BST', { now: '2026-03-29T08:00:00Z', zone: LONDON, settings: { workdays: [0] } }, ['digest']],
    ['London Mon 30 Mar (BST) 09:00', { now: '2026-03-30T08:00:00Z', zone: LONDON }, ['digest']],
    ['London Fri 23 Oct (BST) 19:59: the reflection', { now: '2026-10-23T18:59:00Z', zone: LONDON, shown: [shown('digest', '2026-10-23')] }, ['reflection']],
    ['London Fri 23 Oct (BST) 20:00: quiet hours', { now: '2026-10-23T19:00:00Z', zone: LONDON, shown: [shown('digest', '2026-10-23')] }, []],
    ['London Sun 25 Oct, every day a workday, 08:00 GMT', { now: '2026-10-25T08:00:00Z', zone: LONDON, settings: { workdays: [0] } }, []],
    ['London Sun 25 Oct, every day a workday, 09:00 GMT', { now: '2026-10-25T09:00:00Z', zone: LONDON, settings: { workdays: [0] } }, ['digest']],
    [
      'London 25 Oct, a 01:30 digest: the first 01:30 (BST)',
      { now: '2026-10-25T00:30:00Z', zone: LONDON, settings: { digestTime: '01:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] } },
      ['digest'],
    ],
    [
      'London 25 Oct, a 01:30 digest: not again at the second 01:30 (GMT)',
      {
        now: '2026-10-25T01:30:00Z',
        zone: LONDON,
        settings: { digestTime: '01:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] },
        shown: [shown('digest', '2026-10-25')],
      },
      [],
    ],
  ])('%s', (_name, c, expected) => {
    expect(kinds(c)).toEqual(expected);
  });
});

describe('a time-zone change: the local day and times follow the new zone', () => {
  it.each<[string, Case, string[]]>([
    ['NY digest shown, now in London (15:00 the same day): nothing repeated', { now: '2026-11-23T15:00:00Z', zone: LONDON, shown: [shown('digest', '2026-11-23')] }, []],
    ['…17:30 in London: the reflection, by London’s clock', { now: '2026-11-23T17:30:00Z', zone: LONDON, shown: [shown('digest', '2026-11-23')] }, ['reflection']],
    [
      '…back in New York at 17:30 there: not again',
      { now: '2026-11-23T22:30:00Z', shown: [shown('digest', '2026-11-23'), shown('reflection', '2026-11-23')] },
      [],
    ],
    ['NY 10:00 → Tokyo, where it is already Tuesday 00:00: nothing (quiet)', { now: '2026-11-23T15:00:00Z', zone: 'Asia/Tokyo', shown: [shown('digest', '2026-11-23')] }, []],
    ['…Tuesday 09:00 in Tokyo: Tuesday’s digest', { now: '2026-11-24T00:00:00Z', zone: 'Asia/Tokyo', shown: [shown('digest', '2026-11-23')] }, ['digest']],
    ['NY 09:30 → Los Angeles, 06:30 there: nothing', { now: '2026-11-23T14:30:00Z', zone: 'America/Los_Angeles' }, []],
    ['…09:00 in Los Angeles: the digest', { now: '2026-11-23T17:00:00Z', zone: 'America/Los_Angeles' }, ['digest']],
  ])('%s', (_name, c, expected) => {
    expect(kinds(c)).toEqual(expected);
  });

  it('keys the digest by the new zone’s day', () => {
    expect(plan({ now: '2026-11-24T00:00:00Z', zone: 'Asia/Tokyo' }).show[0]!.key).toBe('digest:2026-11-24');
  });
});

describe('nextWakeAt: the next moment anything could be due, never more than an hour away', () => {
  it.each<[string, Case, string]>([
    ['Mon 08:00 → 09:00 digest', { now: '2026-11-23T13:00:00Z' }, '2026-11-23T14:00:00.000Z'],
    ['Mon 08:30 → 09:00 digest', { now: '2026-11-23T13:30:00Z' }, '2026-11-23T14:00:00.000Z'],
    ['Mon 07:00 → capped at 08:00', { now: '2026-11-23T12:00:00Z' }, '2026-11-23T13:00:00.000Z'],
    ['Mon 09:00 with the digest shown → capped', { now: '2026-11-23T14:00:00Z', shown: [shown('digest', '2026-11-23')] }, '2026-11-23T15:00:00.000Z'],
    ['Mon 17:00 → 17:30 reflection', { now: '2026-11-23T22:00:00Z', shown: [shown('digest', '2026-11-23')] }, '2026-11-23T22:30:00.000Z'],
    ['Mon 17:00, reflection written → capped', { now: '2026-11-23T22:00:00Z', attention: { reflectionWrittenToday: true } }, '2026-11-23T23:00:00.000Z'],
    ['paused until 09:20 → 09:20', { now: '2026-11-23T14:00:00Z', settings: { pauseUntil: '2026-11-23T14:20:00.000Z' } }, '2026-11-23T14:20:00.000Z'],
    ['a 07:00 digest in quiet hours, at 07:30 → 08:00, when they end', { now: '2026-11-23T12:30:00Z', settings: { digestTime: '07:00' } }, '2026-11-23T13:00:00.000Z'],
    ['Sun 23:30 → capped', { now: '2026-11-23T04:30:00Z' }, '2026-11-23T05:30:00.000Z'],
    ['Fri 17:45 after the reflection, before a weekend → capped', { now: '2026-11-20T22:45:00Z', shown: [shown('reflection', '2026-11-20')] }, '2026-11-20T23:45:00.000Z'],
    [
      'NY 8 Mar 01:45 EST, a 02:30 digest → 03:30 EDT',
      { now: '2026-03-08T06:45:00Z', settings: { digestTime: '02:30', quietHours: { start: '00:00', end: '00:00' }, workdays: [0] } },
      '2026-03-08T07:30:00.000Z',
    ],
    ['London Mon 30 Mar 08:30 BST → 09:00 BST', { now: '2026-03-30T07:30:00Z', zone: LONDON }, '2026-03-30T08:00:00.000Z'],
  ])('%s', (_name, c, expected) => {
    expect(plan(c).nextWakeAt.toISOString()).toBe(expected);
  });

  it('is always after now and within the hour, at every 7th minute of two weeks in two zones', () => {
    for (const [zone, from] of [
      [NY, '2026-10-29T00:00:00Z'],
      [LONDON, '2026-03-26T00:00:00Z'],
    ] as const) {
      for (let t = Date.parse(from); t < Date.parse(from) + 14 * 24 * 3600_000; t += 7 * 60_000) {
        const now = new Date(t).toISOString();
        const wait = plan({ now, zone }).nextWakeAt.getTime() - t;
        if (!(wait > 0 && wait <= MAX_WAKE_MS)) throw new Error(`nextWakeAt ${wait} ms after ${now} in ${zone}`);
      }
    }
    // ~5,800 plans: ~1 s of processor time alone, but it overran the 15 s default under a full suite at load 20.
  }, 60_000);
});
