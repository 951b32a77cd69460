import { describe, expect, it } from 'vitest';
import { rhythmOf } from '../../../../src/renderer/features/today/today-display';
import type { PersonAttention } from '../../../../src/shared/attention';

function person(overrides: Partial<PersonAttention>): PersonAttention {
  return {
    id: 'p', name: 'Priya Raman', preferredName: null, state: 'ok', daysSince: 3, cadenceDays: 7, maxDays: 14, ratio: 0.43,
    lastInvestedOn: '2026-11-20', openMine: 0, overdueMine: [], openTheirs: 0, overdueTheirs: 0, nextDate: null, weekMinutes: 0, bookedOneOnOne: null,
    snoozed: false, snoozedUntil: null, needsAttention: false, whyNow: [], ...overrides,
  };
}

const never = (daysSince: number, needsAttention: boolean) =>
  person({ state: 'never', lastInvestedOn: null, daysSince, ratio: Math.round((daysSince / 7) * 100) / 100, needsAttention });

describe('what Today’s rhythm column says and draws (issue 20, item 7)', () => {
  it.each([
    ['invested 3 days ago', person({}), { word: 'On rhythm', days: '3 days · every 7', percent: 43, tone: 'ok' }],
    ['invested today', person({ daysSince: 0, ratio: 0 }), { word: 'On rhythm', days: 'today · every 7', percent: 0, tone: 'ok' }],
    ['due', person({ state: 'due', daysSince: 7, ratio: 1, needsAttention: true }), { word: 'Due', days: '7 days · every 7', percent: 100, tone: 'due' }],
    ['overdue', person({ state: 'overdue', daysSince: 16, ratio: 2.29, needsAttention: true }), { word: 'Overdue', tone: 'overdue', percent: 100 }],
    ['added today: new, on rhythm, an empty bar', never(0, false), { word: 'New', days: 'added today', percent: 0, tone: 'ok' }],
    ['added 3 days ago', never(3, false), { word: 'New', days: 'added 3 days ago', percent: 43, tone: 'ok' }],
    ['nothing logged a cadence after being added: due, not a full green bar', never(9, true), { word: 'Not yet', days: 'added 9 days ago', percent: 100, tone: 'due' }],
    ['nothing logged past the maximum: overdue', never(20, true), { word: 'Not yet', tone: 'overdue' }],
    ['paused', person({ state: 'overdue', daysSince: 16, ratio: 2.29, snoozed: true, snoozedUntil: '2026-11-30' }), { tone: 'paused' }],
  ])('%s', (_, input, expected) => {
    expect(rhythmOf(input)).toMatchObject(expected);
  });

  it('says what the bar means in a sentence', () => {
    expect(rhythmOf(person({})).meaning).toBe('3 days since time was last invested; time is due every 7 days.');
    expect(rhythmOf(never(0, false)).meaning).toBe('Nothing logged yet; added today, time is due every 7 days.');
  });
});
