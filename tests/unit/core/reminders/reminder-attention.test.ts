import { describe, expect, it } from 'vitest';
import { reminderAttentionFrom } from '../../../../src/core/reminders/reminder-attention';
import type { AttentionSummary, PersonAttention } from '../../../../src/shared/attention';

function person(overrides: Partial<PersonAttention>): PersonAttention {
  return {
    id: 'p', name: 'Priya Raman', preferredName: null, state: 'ok', daysSince: 1, cadenceDays: 7, maxDays: 14, ratio: 0.14,
    lastInvestedOn: '2026-11-22', openMine: 0, overdueMine: [], openTheirs: 0, overdueTheirs: 0, nextDate: null, weekMinutes: 0, bookedOneOnOne: null,
    snoozed: false, snoozedUntil: null, needsAttention: false, whyNow: [], ...overrides,
  };
}

const summary = (people: PersonAttention[], needingAttention: number): AttentionSummary => ({
  today: '2026-11-23', people, needingAttention, week: { startsOn: '2026-11-23', minutes: 0, people: 0 },
});

describe('reminderAttentionFrom', () => {
  it('maps people, overdue promises, next dates and the count; preferred names are used', () => {
    const adapted = reminderAttentionFrom(
      summary(
        [
          person({ id: 's', name: 'Samuel Ortiz', preferredName: 'Sam', state: 'overdue', ratio: 2.1, needsAttention: true, overdueMine: [{ text: 'the budget link', dueOn: '2026-11-20', daysOverdue: 3 }] }),
          person({ id: 'k', name: 'Kim', state: 'never', needsAttention: false, nextDate: { title: 'Birthday', on: '2026-11-26', daysUntil: 3 } }),
          person({ id: 'b', name: 'Bo', state: 'due', snoozed: true, snoozedUntil: '2026-11-30', needsAttention: false }),
        ],
        1,
      ),
    );
    expect(adapted).toEqual({
      people: [
        { id: 's', name: 'Sam', state: 'overdue', ratio: 2.1, needsYou: true, snoozedUntil: null },
        { id: 'k', name: 'Kim', state: 'never', ratio: 0.14, needsYou: false, snoozedUntil: null },
        { id: 'b', name: 'Bo', state: 'due', ratio: 0.14, needsYou: false, snoozedUntil: '2026-11-30' },
      ],
      commitments: [{ personId: 's', personName: 'Sam', text: 'the budget link', dueOn: '2026-11-20' }],
      dates: [{ personId: 'k', personName: 'Kim', dateId: 'k/Birthday', title: 'Birthday', on: '2026-11-26', daysUntil: 3 }],
      reflectionWrittenToday: false,
      needingAttention: 1,
    });
  });

  it('adds commitments due today and the reflection from the features that know them', () => {
    const due = [{ personId: 's', personName: 'Sam', text: 'feedback', dueOn: '2026-11-23' }];
    const adapted = reminderAttentionFrom(summary([], 0), { dueToday: due, reflectionWrittenToday: true });
    expect(adapted).toMatchObject({ commitments: due, reflectionWrittenToday: true });
  });
});
