import { describe, expect, it } from 'vitest';
import { dedupe, reminderKey, shownRecord, wasShown, type Reminder } from '../../../../src/core/reminders/reminder';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

function reminder(kind: Reminder['kind'], key: string): Reminder {
  return { kind, key, title: 't', body: 'b', whileLocked: { title: 't', body: 'b' }, route: '#/today', catchUp: false };
}

describe('reminderKey', () => {
  it.each([
    [{ kind: 'digest', localDay: '2026-11-23' } as const, 'digest:2026-11-23'],
    [{ kind: 'reflection', localDay: '2026-11-23' } as const, 'reflection:2026-11-23'],
    [{ kind: 'date', occurrences: [{ dateId: A, on: '2026-11-27' }] } as const, `date:${A}@2026-11-27`],
    [{ kind: 'date', occurrences: [{ dateId: A, on: '2027-11-27' }] } as const, `date:${A}@2027-11-27`],
    [{ kind: 'date', occurrences: [{ dateId: `anniversary:${B}`, on: '2026-12-01' }] } as const, `date:anniversary%3A${B}@2026-12-01`],
    [
      { kind: 'date', occurrences: [{ dateId: B, on: '2026-11-30' }, { dateId: A, on: '2026-11-27' }, { dateId: A, on: '2026-11-27' }] } as const,
      `date:${A}@2026-11-27 date:${B}@2026-11-30`,
    ],
  ])('%j → %s', (subject, key) => {
    expect(reminderKey(subject)).toBe(key);
  });
});

describe('wasShown and dedupe', () => {
  const record = [
    { kind: 'digest' as const, key: 'digest:2026-11-23', localDay: '2026-11-23', shownAt: '2026-11-23T14:00:00.000Z' },
    { kind: 'date' as const, key: `date:${A}@2026-11-27 date:${B}@2026-11-30`, localDay: '2026-11-23', shownAt: '2026-11-23T14:00:00.000Z' },
  ];

  it.each([
    [{ kind: 'digest', localDay: '2026-11-23' } as const, true],
    [{ kind: 'digest', localDay: '2026-11-24' } as const, false],
    [{ kind: 'reflection', localDay: '2026-11-23' } as const, false],
    [{ kind: 'date', occurrences: [{ dateId: B, on: '2026-11-30' }] } as const, true],
    [{ kind: 'date', occurrences: [{ dateId: B, on: '2027-11-30' }] } as const, false],
  ])('%j shown: %s', (subject, expected) => {
    expect(wasShown(record, subject)).toBe(expected);
  });

  it('drops what the record holds and repeats within the list, keeping order', () => {
    const list = [
      reminder('digest', 'digest:2026-11-23'),
      reminder('reflection', 'reflection:2026-11-23'),
      reminder('reflection', 'reflection:2026-11-23'),
      reminder('date', `date:${A}@2026-11-27`),
      reminder('date', `date:${A}@2028-11-27`),
    ];
    expect(dedupe(list, record).map((r) => r.key)).toEqual(['reflection:2026-11-23', `date:${A}@2028-11-27`]);
    expect(dedupe(list, [])).toHaveLength(4);
  });
});

describe('shownRecord', () => {
  it('records the local day in the zone of the moment it was shown', () => {
    const digest = reminder('digest', 'digest:2026-11-23');
    expect(shownRecord(digest, new Date('2026-11-24T01:00:00Z'), 'America/New_York')).toEqual({
      kind: 'digest',
      key: 'digest:2026-11-23',
      localDay: '2026-11-23',
      shownAt: '2026-11-24T01:00:00.000Z',
    });
    expect(shownRecord(digest, new Date('2026-11-24T01:00:00Z'), 'Europe/London').localDay).toBe('2026-11-24');
  });
});
