import { meetingOfferQuestion } from '../../shared/words';
import { LATE_GRACE_MS, type Reminder, type ShownReminder } from './reminder';
import type { Words } from './reminder-words';

/**
 * The offer after a booked 1:1 ends (issue 22): "Log the 1:1 with Sam (30 min)?", as a notification
 * (or the web host's toast) when it ends and in the tray until it is answered. Once per meeting: its
 * key names the occurrence, so a wake from sleep never repeats it; woken after several ended, one
 * notification asks about them all (the one catch-up rule). Quiet hours and pauses are the planner's.
 */
export interface MeetingToOffer {
  uid: string;
  recurrenceId: string;
  personId: string;
  /** The name the leader uses (preferred name, else name). */
  personName: string;
  /** UTC ISO instant the meeting ends. */
  endsAt: string;
  minutes: number;
}

/** Every offer's key starts so (the Missed list leaves them out); the rest names the occurrence. */
export const MEETING_OFFER_KEY_PREFIX = 'one-on-one-ended:';

export function meetingOfferKey(meeting: Pick<MeetingToOffer, 'uid' | 'recurrenceId'>): string {
  return `${MEETING_OFFER_KEY_PREFIX}${encodeURIComponent(meeting.uid)}@${meeting.recurrenceId}`;
}

/** Those of `meetings` that have ended by `now`: the ones to offer. */
export function endedMeetings<M extends { endsAt: string }>(meetings: readonly M[], now: Date): M[] {
  return meetings.filter((meeting) => Date.parse(meeting.endsAt) <= now.getTime());
}

export function meetingOfferWords(meetings: readonly MeetingToOffer[]): Words {
  if (meetings.length === 1) return { title: meetingOfferQuestion(meetings[0]!.personName, meetings[0]!.minutes), body: 'One click on Today logs it, or open the meeting finish to add notes.' };
  return {
    title: `${meetings.length} 1:1s to log`,
    body: meetings.map((meeting) => `${meeting.personName} (${meeting.minutes} min)`).join(' · '),
  };
}

/** While Tend is locked: how many, never with whom (issue 24). */
export function lockedMeetingOfferWords(count: number): Words {
  return { title: count === 1 ? 'Tend — a 1:1 to log' : `Tend — ${count} 1:1s to log`, body: 'Unlock Tend to log it in one click.' };
}

/** The one notification for the meetings that ended by `now` and were not offered before, or none. */
export function meetingOfferDue(meetings: readonly MeetingToOffer[], now: Date, shown: readonly Pick<ShownReminder, 'key'>[]): Reminder[] {
  const keys = new Set(shown.flatMap((record) => record.key.split(' ')));
  const due = endedMeetings(meetings, now).filter((meeting) => !keys.has(meetingOfferKey(meeting)));
  if (due.length === 0) return [];
  const latestEnd = Math.max(...due.map((meeting) => Date.parse(meeting.endsAt)));
  return [
    {
      kind: 'one-on-one',
      key: [...new Set(due.map(meetingOfferKey))].sort().join(' '),
      ...meetingOfferWords(due),
      whileLocked: lockedMeetingOfferWords(due.length),
      // Both choices (log it, or open the meeting finish) wait on Today.
      route: '#/today',
      catchUp: now.getTime() - latestEnd > LATE_GRACE_MS,
    },
  ];
}

/** The ends still ahead, for the planner's next wake. */
export function meetingOfferWakeTimes(meetings: readonly MeetingToOffer[], now: Date): Date[] {
  return meetings.filter((meeting) => Date.parse(meeting.endsAt) > now.getTime()).map((meeting) => new Date(meeting.endsAt));
}
