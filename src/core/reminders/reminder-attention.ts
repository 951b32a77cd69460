import type { AttentionSummary, PersonAttention } from '../../shared/attention';
import type { NeedyPerson } from './plan-reminders';
import type { AttentionForReminders } from './scheduler';

/**
 * The one adapter from `attention.summary` (the pure AttentionSummary of core/attention) to what the
 * reminder planner reads. The summary lists my commitments already past due per person and each
 * person's next date inside its window; commitments due today and today's reflection come from
 * their own reads (`extras`).
 */

export interface ReminderAttentionExtras {
  /** Commitments due today (the summary carries only those past due). */
  dueToday?: AttentionForReminders['commitments'];
  /** Today's journal reflection exists (once the journal lands). */
  reflectionWrittenToday?: boolean;
}

function needyPerson(person: PersonAttention): NeedyPerson {
  return {
    id: person.id,
    name: person.preferredName ?? person.name,
    state: person.state,
    ratio: person.ratio,
    needsYou: person.needsAttention,
    snoozedUntil: person.snoozed ? person.snoozedUntil : null,
  };
}

export function reminderAttentionFrom(summary: AttentionSummary, extras: ReminderAttentionExtras = {}): AttentionForReminders {
  const overdue = summary.people.flatMap((person) =>
    person.overdueMine.map((commitment) => ({
      personId: person.id,
      personName: person.preferredName ?? person.name,
      text: commitment.text,
      dueOn: commitment.dueOn,
    })),
  );
  const dates = summary.people.flatMap((person) =>
    person.nextDate
      ? [
          {
            personId: person.id,
            personName: person.preferredName ?? person.name,
            // The summary names a date by title, not id; one title per person is one date.
            dateId: `${person.id}/${person.nextDate.title}`,
            title: person.nextDate.title,
            on: person.nextDate.on,
            daysUntil: person.nextDate.daysUntil,
          },
        ]
      : [],
  );
  return {
    people: summary.people.map(needyPerson),
    commitments: [...overdue, ...(extras.dueToday ?? [])],
    dates,
    reflectionWrittenToday: extras.reflectionWrittenToday ?? false,
    needingAttention: summary.needingAttention,
  };
}

