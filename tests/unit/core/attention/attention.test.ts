import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AttentionInput } from '../../../../src/core/attention/attention-input';
import { assessAttention } from '../../../../src/core/attention/assess-attention';
import { orderByNeed, summarizeAttention } from '../../../../src/core/attention/order-by-need';
import { localDay } from '../../../../src/core/clock';
import type { PersonAttention } from '../../../../src/shared/attention';
import { pinnedClock } from '../../../fixtures/clock';

/** Monday 23 November 2026. */
const TODAY = '2026-11-23';

function person(overrides: Partial<AttentionInput> = {}): AttentionInput {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Sam Rivera',
    preferredName: 'Sam',
    cadenceDays: 7,
    maxDays: null,
    addedOn: '2026-01-05',
    lastInvestedOn: TODAY,
    snoozedUntil: null,
    openMine: [],
    openTheirs: [],
    nextDate: null,
    weekMinutes: 0,
    bookedOneOnOne: null,
    ...overrides,
  };
}

/** Runs `body` with the process in another time zone (Node re-reads TZ when it is assigned). */
function inZone(zone: string) {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });
}

type Row = [label: string, input: Partial<AttentionInput>, today: string, expected: Partial<PersonAttention>];

const ROWS: Row[] = [
  ['invested today', {}, TODAY, { state: 'ok', daysSince: 0, ratio: 0, maxDays: 14, needsAttention: false, whyNow: [] }],
  ['6 days on a weekly rhythm', { lastInvestedOn: '2026-11-17' }, TODAY, { state: 'ok', daysSince: 6, ratio: 0.86, whyNow: [] }],
  ['7 days: the rhythm comes round, so due', { lastInvestedOn: '2026-11-16' }, TODAY, { state: 'due', daysSince: 7, ratio: 1, needsAttention: true, whyNow: ['your usual rhythm comes round today'] }],
  ['8 days', { lastInvestedOn: '2026-11-15' }, TODAY, { state: 'due', ratio: 1.14, whyNow: ['1.1× past your usual rhythm'] }],
  ['12 days', { lastInvestedOn: '2026-11-11' }, TODAY, { state: 'due', daysSince: 12, ratio: 1.71, whyNow: ['1.7× past your usual rhythm'] }],
  ['14 days: at the maximum is still only due', { lastInvestedOn: '2026-11-09' }, TODAY, { state: 'due', whyNow: ['2× past your usual rhythm'] }],
  ['15 days: past twice the cadence, overdue', { lastInvestedOn: '2026-11-08' }, TODAY, { state: 'overdue', ratio: 2.14, needsAttention: true, whyNow: ['2.1× past your usual rhythm'] }],
  ['a day past a monthly rhythm says the days, not "1×"', { cadenceDays: 30, lastInvestedOn: '2026-10-23' }, TODAY, { state: 'due', daysSince: 31, whyNow: ['1 day past your usual rhythm'] }],
  ['three days past a monthly rhythm is 1.1×', { cadenceDays: 30, lastInvestedOn: '2026-10-21' }, TODAY, { state: 'due', whyNow: ['1.1× past your usual rhythm'] }],
  ['past their own maximum names it', { cadenceDays: 14, maxDays: 20, lastInvestedOn: '2026-11-02' }, TODAY, { state: 'overdue', maxDays: 20, whyNow: ['1.5× past your usual rhythm', 'past your 20-day limit'] }],
  ['at their own maximum', { cadenceDays: 14, maxDays: 20, lastInvestedOn: '2026-11-03' }, TODAY, { state: 'due', maxDays: 20 }],
  ['a maximum below the cadence is lifted to it', { cadenceDays: 14, maxDays: 7, lastInvestedOn: '2026-11-13' }, TODAY, { state: 'ok', maxDays: 14 }],
  ['daily rhythm, yesterday', { cadenceDays: 1, lastInvestedOn: '2026-11-22' }, TODAY, { state: 'due', maxDays: 2, whyNow: ['your usual rhythm comes round today'] }],
  ['daily rhythm, three days', { cadenceDays: 1, lastInvestedOn: '2026-11-20' }, TODAY, { state: 'overdue', whyNow: ['3× past your usual rhythm'] }],
  ['never, added today', { lastInvestedOn: null, addedOn: TODAY }, TODAY, { state: 'never', daysSince: 0, needsAttention: false, whyNow: ['added today, nothing logged yet'] }],
  ['never, added yesterday', { lastInvestedOn: null, addedOn: '2026-11-22' }, TODAY, { state: 'never', daysSince: 1, whyNow: ['nothing logged since you added them yesterday'] }],
  ['never, added 3 days ago: not yet counted as needing attention', { lastInvestedOn: null, addedOn: '2026-11-20' }, TODAY, { state: 'never', ratio: 0.43, needsAttention: false }],
  ['never, added 9 days ago: a full cadence has passed', { lastInvestedOn: null, addedOn: '2026-11-14' }, TODAY, { state: 'never', daysSince: 9, needsAttention: true, whyNow: ['nothing logged in the 9 days since you added them'] }],
  ['snoozed until today: paused (inclusive)', { lastInvestedOn: '2026-10-01', snoozedUntil: TODAY }, TODAY, { state: 'overdue', snoozed: true, snoozedUntil: TODAY, needsAttention: false }],
  ['snoozed until yesterday: back', { lastInvestedOn: '2026-10-01', snoozedUntil: '2026-11-22' }, TODAY, { snoozed: false, snoozedUntil: null, needsAttention: true }],
  ['snoozed until next month', { snoozedUntil: '2026-12-07' }, TODAY, { snoozed: true, snoozedUntil: '2026-12-07' }],
  [
    'an overdue promise needs attention even when time is fine',
    { lastInvestedOn: '2026-11-21', openMine: [{ text: 'send the budget link', dueOn: '2026-11-20' }] },
    TODAY,
    { state: 'ok', openMine: 1, overdueMine: [{ text: 'send the budget link', dueOn: '2026-11-20', daysOverdue: 3 }], needsAttention: true, whyNow: ['you promised “send the budget link”, due 3 days ago'] },
  ],
  [
    'a promise due today is not overdue yet, but worth saying',
    { openMine: [{ text: 'book the offsite', dueOn: TODAY }, { text: 'share slides', dueOn: null }] },
    TODAY,
    { openMine: 2, overdueMine: [], needsAttention: false, whyNow: ['you promised “book the offsite” for today'] },
  ],
  [
    'a promise due tomorrow',
    { openMine: [{ text: 'intro to Maya', dueOn: '2026-11-24' }] },
    TODAY,
    { whyNow: ['you promised “intro to Maya” for tomorrow'] },
  ],
  [
    'several overdue promises: the two most overdue, then how many more',
    {
      openMine: [
        { text: 'a', dueOn: '2026-11-22' },
        { text: 'b', dueOn: '2026-11-10' },
        { text: 'c', dueOn: '2026-11-18' },
      ],
    },
    TODAY,
    { overdueMine: [{ text: 'b', dueOn: '2026-11-10', daysOverdue: 13 }, { text: 'c', dueOn: '2026-11-18', daysOverdue: 5 }, { text: 'a', dueOn: '2026-11-22', daysOverdue: 1 }], whyNow: ['you promised “b”, due 13 days ago', 'you promised “c”, due 5 days ago', '1 more promise overdue'] },
  ],
  [
    'their overdue ask is a fact, not an alarm',
    { openTheirs: [{ text: 'draft the RFC', dueOn: '2026-11-22' }, { text: 'read the brief', dueOn: null }] },
    TODAY,
    { openTheirs: 2, overdueTheirs: 1, needsAttention: false, whyNow: ['their ask “draft the RFC” was due yesterday'] },
  ],
  [
    'a long promise is shortened in the line',
    { openMine: [{ text: 'write up the whole promotion case with examples from Q3', dueOn: '2026-11-21' }] },
    TODAY,
    { whyNow: ['you promised “write up the whole promotion case with…”, due 2 days ago'] },
  ],
  ['a birthday on Friday', { nextDate: { title: 'Birthday', on: '2026-11-27', daysUntil: 4 } }, TODAY, { whyNow: ['Birthday on Friday'] }],
  ['a birthday today', { nextDate: { title: 'Birthday', on: TODAY, daysUntil: 0 } }, TODAY, { whyNow: ['Birthday today'] }],
  ['an anniversary tomorrow', { nextDate: { title: 'Work anniversary', on: '2026-11-24', daysUntil: 1 } }, TODAY, { whyNow: ['Work anniversary tomorrow'] }],
  ['a date in ten days', { nextDate: { title: 'Wedding', on: '2026-12-03', daysUntil: 10 } }, TODAY, { whyNow: ['Wedding in 10 days'] }],
  [
    'the example line: rhythm, a promise, a birthday',
    {
      lastInvestedOn: '2026-11-11',
      openMine: [{ text: 'the budget link', dueOn: '2026-11-20' }],
      nextDate: { title: 'Birthday', on: '2026-11-27', daysUntil: 4 },
      weekMinutes: 45,
    },
    TODAY,
    { state: 'due', weekMinutes: 45, whyNow: ['1.7× past your usual rhythm', 'you promised “the budget link”, due 3 days ago', 'Birthday on Friday'] },
  ],
  // A confirmed calendar 1:1 within the coming week is named, and answers the rhythm (not a broken promise).
  ['1:1 booked today names the hour', { lastInvestedOn: '2026-11-16', bookedOneOnOne: { on: TODAY, at: '14:00' } }, TODAY, { state: 'due', needsAttention: false, bookedOneOnOne: { on: TODAY, at: '14:00' }, whyNow: ['1:1 booked today 2:00 PM', 'your usual rhythm comes round today'] }],
  ['overdue with a 1:1 booked tomorrow is booked, not a fire', { lastInvestedOn: '2026-11-01', bookedOneOnOne: { on: '2026-11-24', at: '09:30' } }, TODAY, { state: 'overdue', needsAttention: false, whyNow: ['1:1 booked tomorrow', '3.1× past your usual rhythm'] }],
  ['a 1:1 booked Thursday', { lastInvestedOn: '2026-11-11', bookedOneOnOne: { on: '2026-11-26', at: '10:00' } }, TODAY, { state: 'due', needsAttention: false, whyNow: ['1:1 booked Thursday', '1.7× past your usual rhythm'] }],
  ['a 1:1 booked six days ahead is still this week', { lastInvestedOn: '2026-11-11', bookedOneOnOne: { on: '2026-11-29', at: '10:00' } }, TODAY, { needsAttention: false, whyNow: ['1:1 booked Sunday', '1.7× past your usual rhythm'] }],
  ['a 1:1 a week or more ahead is not yet an answer', { lastInvestedOn: '2026-11-11', bookedOneOnOne: { on: '2026-11-30', at: '10:00' } }, TODAY, { needsAttention: true, bookedOneOnOne: null, whyNow: ['1.7× past your usual rhythm'] }],
  ['never invested, a first 1:1 booked', { lastInvestedOn: null, addedOn: '2026-11-14', bookedOneOnOne: { on: '2026-11-25', at: '11:00' } }, TODAY, { state: 'never', needsAttention: false, whyNow: ['1:1 booked Wednesday', 'nothing logged in the 9 days since you added them'] }],
  ['on rhythm with a 1:1 booked: named, nothing else changes', { lastInvestedOn: '2026-11-20', bookedOneOnOne: { on: '2026-11-24', at: '09:00' } }, TODAY, { state: 'ok', needsAttention: false, whyNow: ['1:1 booked tomorrow'] }],
  [
    'a booked 1:1 does not excuse an overdue promise',
    { lastInvestedOn: '2026-11-11', openMine: [{ text: 'send the budget link', dueOn: '2026-11-20' }], bookedOneOnOne: { on: '2026-11-24', at: '09:00' } },
    TODAY,
    { needsAttention: true, whyNow: ['1:1 booked tomorrow', '1.7× past your usual rhythm', 'you promised “send the budget link”, due 3 days ago'] },
  ],
  // A day logged while abroad can be "tomorrow" at home: it counts as today, never as -1.
  ['last investment on a day still ahead here', { lastInvestedOn: '2026-11-24' }, TODAY, { state: 'ok', daysSince: 0, ratio: 0 }],
  // Calendar edges: daylight saving, month and year ends, 29 February.
  ['across New York spring-forward (8 Mar 2026)', { lastInvestedOn: '2026-03-07' }, '2026-03-09', { daysSince: 2 }],
  ['across New York fall-back (1 Nov 2026)', { lastInvestedOn: '2026-10-31' }, '2026-11-02', { daysSince: 2 }],
  ['a week across New York spring-forward', { lastInvestedOn: '2026-03-02' }, '2026-03-09', { daysSince: 7, state: 'due' }],
  ['across London spring-forward (29 Mar 2026)', { lastInvestedOn: '2026-03-28' }, '2026-03-30', { daysSince: 2 }],
  ['across London fall-back (25 Oct 2026)', { lastInvestedOn: '2026-10-24' }, '2026-10-26', { daysSince: 2 }],
  ['a week across London fall-back', { lastInvestedOn: '2026-10-19' }, '2026-10-26', { daysSince: 7, state: 'due' }],
  ['across a month end', { lastInvestedOn: '2026-01-31' }, '2026-02-01', { daysSince: 1 }],
  ['across February in a common year', { lastInvestedOn: '2027-02-22' }, '2027-03-01', { daysSince: 7, state: 'due' }],
  ['across 29 February in a leap year', { lastInvestedOn: '2028-02-22' }, '2028-03-01', { daysSince: 8, state: 'due' }],
  ['from 29 February', { lastInvestedOn: '2028-02-29' }, '2028-03-07', { daysSince: 7 }],
  ['across the year end', { lastInvestedOn: '2026-12-25' }, '2027-01-01', { daysSince: 7, state: 'due', whyNow: ['your usual rhythm comes round today'] }],
  ['never, added before the year end', { lastInvestedOn: null, addedOn: '2026-12-30' }, '2027-01-02', { state: 'never', daysSince: 3 }],
  ['an overdue promise across the year end', { openMine: [{ text: 'x', dueOn: '2026-12-31' }], lastInvestedOn: '2027-01-02' }, '2027-01-02', { overdueMine: [{ text: 'x', dueOn: '2026-12-31', daysOverdue: 2 }] }],
];

// The same answers in every zone: days are counted between day strings, never between instants.
describe.each(['America/New_York', 'Europe/London', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'])('attention in %s', (zone) => {
  inZone(zone);
  test.each(ROWS)('%s', (_label, input, today, expected) => {
    expect(assessAttention(person(input), today)).toMatchObject(expected);
  });
});

describe('a time-zone change between two investments', () => {
  const zoneBefore = process.env.TZ;
  afterAll(() => {
    process.env.TZ = zoneBefore;
  });

  test('an investment logged in New York, then today counted in London, is the calendar days between', () => {
    process.env.TZ = 'America/New_York';
    const loggedOn = localDay(pinnedClock('2026-11-20T23:30:00Z'));
    expect(loggedOn).toBe('2026-11-20');

    process.env.TZ = 'Europe/London';
    const clock = pinnedClock('2026-11-23T00:30:00Z');
    const today = localDay(clock);
    expect(today).toBe('2026-11-23');
    expect(assessAttention(person({ lastInvestedOn: loggedOn }), today)).toMatchObject({ daysSince: 3, state: 'ok' });
  });

  test('an investment logged in Auckland on "tomorrow", seen from New York the same instant, counts as today', () => {
    process.env.TZ = 'Pacific/Auckland';
    const instant = pinnedClock('2026-11-23T14:00:00Z');
    const loggedOn = localDay(instant);
    expect(loggedOn).toBe('2026-11-24');

    process.env.TZ = 'America/New_York';
    const today = localDay(instant);
    expect(today).toBe(TODAY);
    expect(assessAttention(person({ lastInvestedOn: loggedOn }), today)).toMatchObject({ daysSince: 0, state: 'ok' });
    // A week later in New York it is 6 days, not 7: the Auckland day is the one that counts.
    expect(assessAttention(person({ lastInvestedOn: loggedOn }), '2026-11-30')).toMatchObject({ daysSince: 6, state: 'ok' });
  });
});

describe('Today’s order', () => {
  const at = (name: string, input: Partial<AttentionInput>) =>
    assessAttention(person({ id: `00000000-0000-4000-8000-${name.charCodeAt(0).toString().padStart(12, '0')}`, name, ...input }), TODAY);

  test('overdue, then due, then never, then ok; paused people last, soonest back first', () => {
    const people = [
      at('Fay ok', { lastInvestedOn: '2026-11-20' }),
      at('Hal paused ok', { lastInvestedOn: '2026-11-20', snoozedUntil: '2026-11-25' }),
      at('Dee due just', { lastInvestedOn: '2026-11-16' }),
      at('Eve never', { lastInvestedOn: null, addedOn: '2026-11-01' }),
      at('Gus paused overdue', { lastInvestedOn: '2026-10-01', snoozedUntil: '2026-11-30' }),
      at('Bea overdue 2.2', { lastInvestedOn: '2026-11-08' }),
      at('Cal due 1.7', { lastInvestedOn: '2026-11-11' }),
      at('Ann overdue 2.6', { lastInvestedOn: '2026-11-05' }),
    ];
    expect(orderByNeed(people).map((p) => p.name)).toEqual([
      'Ann overdue 2.6',
      'Bea overdue 2.2',
      'Cal due 1.7',
      'Dee due just',
      'Eve never',
      'Fay ok',
      'Hal paused ok',
      'Gus paused overdue',
    ]);
  });

  test('ties in a state go to whoever is furthest past their own cadence, then most days, then by name', () => {
    const people = [
      at('Mo monthly 40 days', { cadenceDays: 30, lastInvestedOn: '2026-10-14' }),
      at('Wu weekly 12 days', { lastInvestedOn: '2026-11-11' }),
      at('Bo fortnightly 24 days', { cadenceDays: 14, maxDays: 60, lastInvestedOn: '2026-10-30' }),
      at('Al weekly 12 days', { lastInvestedOn: '2026-11-11' }),
    ];
    // 24 of 14 and 12 of 7 are equally far past: the longer wait goes first.
    expect(orderByNeed(people).map((p) => p.name)).toEqual(['Bo fortnightly 24 days', 'Al weekly 12 days', 'Wu weekly 12 days', 'Mo monthly 40 days']);
  });

  test('people never invested in are ordered by how long ago they were added, against their cadence', () => {
    const people = [
      at('Ny new', { lastInvestedOn: null, addedOn: '2026-11-22' }),
      at('Ol older', { lastInvestedOn: null, addedOn: '2026-11-02' }),
    ];
    expect(orderByNeed(people).map((p) => p.name)).toEqual(['Ol older', 'Ny new']);
  });

  test('the summary counts who needs attention and totals the week', () => {
    const summary = summarizeAttention(
      [
        person({ id: '00000000-0000-4000-8000-000000000001', name: 'Ann', lastInvestedOn: '2026-11-01', weekMinutes: 0 }),
        person({ id: '00000000-0000-4000-8000-000000000002', name: 'Ben', lastInvestedOn: TODAY, weekMinutes: 90 }),
        person({ id: '00000000-0000-4000-8000-000000000003', name: 'Cy', lastInvestedOn: '2026-11-22', weekMinutes: 180 }),
        person({ id: '00000000-0000-4000-8000-000000000004', name: 'Di', lastInvestedOn: '2026-10-01', snoozedUntil: '2026-12-01' }),
        person({ id: '00000000-0000-4000-8000-000000000005', name: 'Ed', lastInvestedOn: '2026-11-16' }),
      ],
      TODAY,
      TODAY,
    );
    expect(summary.people.map((p) => p.name)).toEqual(['Ann', 'Ed', 'Cy', 'Ben', 'Di']);
    expect(summary.needingAttention).toBe(2);
    expect(summary.week).toEqual({ startsOn: TODAY, minutes: 270, people: 2 });
    expect(summary.today).toBe(TODAY);
  });
});
