import { describe, expect, it } from 'vitest';
import { weekOf } from '../../../../src/core/calendar/local-days';
import { dueThisWeek, type OneOnOneRhythm } from '../../../../src/core/prep/this-week';

// Monday 2026-11-23; the week runs to Sunday 2026-11-29.
const MONDAY = '2026-11-23';

function person(name: string, values: Partial<OneOnOneRhythm> = {}): OneOnOneRhythm {
  return { id: name, name, preferredName: null, cadenceDays: 7, maxDays: null, addedOn: '2026-01-05', lastOneOnOneOn: null, snoozedUntil: null, ...values };
}

describe('the week of a day', () => {
  it.each([
    ['2026-11-23', '2026-11-23', '2026-11-29'],
    ['2026-11-29', '2026-11-23', '2026-11-29'],
    ['2026-11-30', '2026-11-30', '2026-12-06'],
    ['2026-12-31', '2026-12-28', '2027-01-03'],
  ])('%s is in the week %s – %s', (day, startsOn, endsOn) => {
    expect(weekOf(day)).toEqual({ startsOn, endsOn });
  });

  it.each([
    ['2026-11-23', 0, '2026-11-22', '2026-11-28'],
    ['2026-11-22', 0, '2026-11-22', '2026-11-28'],
    ['2026-11-21', 0, '2026-11-15', '2026-11-21'],
    ['2026-11-23', 6, '2026-11-21', '2026-11-27'],
    ['2026-11-21', 6, '2026-11-21', '2026-11-27'],
    ['2027-01-01', 6, '2026-12-26', '2027-01-01'],
  ] as const)('%s with the week starting on day %i is in the week %s – %s', (day, weekStartsOn, startsOn, endsOn) => {
    expect(weekOf(day, weekStartsOn)).toEqual({ startsOn, endsOn });
  });
});

describe('this week follows the week start', () => {
  it('on a Sunday-start week, Monday the 23rd runs to Saturday: a 1:1 due on Sunday the 29th is next week', () => {
    const sam = person('Sam', { lastOneOnOneOn: '2026-11-22' });
    const sundayStart = dueThisWeek([sam], MONDAY, 0);
    expect(sundayStart).toMatchObject({ startsOn: '2026-11-22', endsOn: '2026-11-28' });
    // Met on the week's first day, so this week's one is done.
    expect(sundayStart.people.map((p) => [p.state, p.dueOn])).toEqual([['done', '2026-11-29']]);
    expect(dueThisWeek([sam], MONDAY, 1).people.map((p) => p.dueOn)).toEqual(['2026-11-29']);
  });

  it('on a Saturday-start week, someone paused through Friday the 27th is left out', () => {
    const paused = person('Ana', { lastOneOnOneOn: '2026-11-08', snoozedUntil: '2026-11-27' });
    expect(dueThisWeek([paused], MONDAY, 6).people).toEqual([]);
    expect(dueThisWeek([paused], MONDAY, 1).people.map((p) => p.name)).toEqual(['Ana']);
  });
});

describe('who is due a one-on-one this week', () => {
  it.each<[label: string, values: Partial<OneOnOneRhythm>, today: string, expected: [state: string, dueOn: string | null, why: string] | null]>([
    ['due on the last day of the week', { lastOneOnOneOn: '2026-11-22' }, MONDAY, ['ok', '2026-11-29', 'last 1:1 yesterday · weekly · comes round on Sunday']],
    ['met today, next due the Monday after: done', { lastOneOnOneOn: '2026-11-23' }, MONDAY, ['done', '2026-11-30', 'met today · next on 30 Nov']],
    ['met on Tuesday, seen on Thursday: done', { lastOneOnOneOn: '2026-11-24' }, '2026-11-26', ['done', '2026-12-01', 'met on Tuesday · next on Tuesday']],
    ['met yesterday, on a Monday-start week', { lastOneOnOneOn: '2026-11-23' }, '2026-11-24', ['done', '2026-11-30', 'met yesterday · next on Monday']],
    ['met last Friday: not this week’s', { lastOneOnOneOn: '2026-11-20', cadenceDays: 14 }, MONDAY, null],
    ['met this week on a three-day rhythm: due again by Sunday, not done', { cadenceDays: 3, lastOneOnOneOn: '2026-11-23' }, MONDAY, ['ok', '2026-11-26', 'last 1:1 today · every 3 days · comes round on Thursday']],
    ['the cadence came round today', { lastOneOnOneOn: '2026-11-16' }, MONDAY, ['due', '2026-11-23', 'last 1:1 7 days ago · weekly']],
    ['past twice the cadence', { lastOneOnOneOn: '2026-11-08' }, MONDAY, ['overdue', '2026-11-15', 'last 1:1 15 days ago · weekly']],
    ['past their own limit', { lastOneOnOneOn: '2026-11-13', maxDays: 9 }, MONDAY, ['overdue', '2026-11-20', 'last 1:1 10 days ago · weekly']],
    ['never had one', {}, MONDAY, ['never', null, 'no 1:1 logged yet · weekly']],
    ['a fortnightly rhythm', { cadenceDays: 14, lastOneOnOneOn: '2026-11-12' }, MONDAY, ['ok', '2026-11-26', 'last 1:1 11 days ago · every 14 days · comes round on Thursday']],
    ['paused through Sunday', { lastOneOnOneOn: '2026-11-08', snoozedUntil: '2026-11-29' }, MONDAY, null],
    ['paused until Wednesday', { lastOneOnOneOn: '2026-11-08', snoozedUntil: '2026-11-25' }, MONDAY, ['overdue', '2026-11-15', 'last 1:1 15 days ago · weekly']],
  ])('%s', (_, values, today, expected) => {
    const [due] = dueThisWeek([person('Sam', values)], today).people;
    expect(due ? [due.state, due.dueOn, due.why] : null).toEqual(expected);
  });

  it('orders by need: overdue, due, never, later this week; then furthest past the rhythm; then name', () => {
    const week = dueThisWeek(
      [
        person('Later', { lastOneOnOneOn: '2026-11-20' }),
        person('Never B'),
        person('Due', { lastOneOnOneOn: '2026-11-15' }),
        person('Never A'),
        person('Overdue monthly', { cadenceDays: 30, lastOneOnOneOn: '2026-09-01' }),
        person('Overdue weekly', { lastOneOnOneOn: '2026-10-01' }),
        person('Soon', { lastOneOnOneOn: '2026-11-18' }),
        person('Met', { lastOneOnOneOn: '2026-11-23' }),
      ],
      MONDAY,
    );
    expect(week.people.map((p) => p.name)).toEqual(['Overdue weekly', 'Overdue monthly', 'Due', 'Never A', 'Never B', 'Soon', 'Later', 'Met']);
  });

  it('walks the booked 1:1s first, soonest first, as Today does; someone booked is listed even when their rhythm comes later', () => {
    const week = dueThisWeek(
      [
        person('Overdue', { lastOneOnOneOn: '2026-10-01' }),
        person('Never'),
        person('Booked Friday', { bookedAt: '2026-11-27T21:00:00.000Z' }),
        person('Booked today', { lastOneOnOneOn: '2026-11-16', bookedAt: '2026-11-23T16:00:00.000Z' }),
        person('Fortnightly, booked Thursday', { cadenceDays: 14, lastOneOnOneOn: '2026-11-20', bookedAt: '2026-11-26T15:00:00.000Z' }),
        person('Fortnightly, not booked', { cadenceDays: 14, lastOneOnOneOn: '2026-11-20' }),
        person('Met, booked next Monday', { lastOneOnOneOn: '2026-11-23', bookedAt: null }),
      ],
      MONDAY,
    );
    expect(week.people.map((p) => p.name)).toEqual([
      'Booked today',
      'Fortnightly, booked Thursday',
      'Booked Friday',
      'Overdue',
      'Never',
      'Met, booked next Monday',
    ]);
  });
});
