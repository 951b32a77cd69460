import { MEETING_DRAFT_FORM } from '../../../shared/draft-keys';
import type { DraftRef, DraftStore } from '../../app/drafts';

/**
 * A 1:1 in progress, kept as a draft (issue 7): leaving the prep sheet or reloading mid-meeting
 * keeps the notes, ticks, added commitments and the clock, and coming back resumes the meeting.
 * Finishing or leaving without logging ends it.
 */
export interface MeetingDraft {
  /** The sitting's id: finishing again after a reload still writes nothing new. */
  meetingId: string;
  /** Milliseconds since the epoch: the clock keeps counting from the real start. */
  startedAt: number;
  note: string;
  tickedPointIds: string[];
  added: { text: string; owner: 'me' | 'them' }[];
  /** The commitment being typed, not yet added. */
  commitment: string;
  commitmentOwner: 'me' | 'them';
  /** The minutes typed in Finish, or null while the meeting is still going (issue 20: lost on reload). */
  finishMinutes: number | null;
}

export function meetingRef(personId: string): DraftRef {
  return { personId, form: MEETING_DRAFT_FORM };
}

export function newMeeting(meetingId: string, startedAt: number): MeetingDraft {
  return { meetingId, startedAt, note: '', tickedPointIds: [], added: [], commitment: '', commitmentOwner: 'me', finishMinutes: null };
}

const isOwner = (value: unknown): value is 'me' | 'them' => value === 'me' || value === 'them';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Minutes typed in Finish, kept as typed; anything else (a draft from before Finish was kept) reads as still going. */
const finishMinutesOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A kept meeting, or null for none or for anything of another shape (never throws). */
export function readMeeting(values: Record<string, unknown> | undefined): MeetingDraft | null {
  if (!values) return null;
  const { meetingId, startedAt, note, tickedPointIds, added, commitment, commitmentOwner, finishMinutes } = values;
  if (typeof meetingId !== 'string' || meetingId === '' || typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  if (typeof note !== 'string' || typeof commitment !== 'string' || !isOwner(commitmentOwner)) return null;
  if (!Array.isArray(tickedPointIds) || !tickedPointIds.every((id) => typeof id === 'string')) return null;
  if (!Array.isArray(added) || !added.every((item) => isRecord(item) && typeof item.text === 'string' && isOwner(item.owner))) return null;
  return {
    meetingId,
    startedAt,
    note,
    tickedPointIds,
    added: added as MeetingDraft['added'],
    commitment,
    commitmentOwner,
    finishMinutes: finishMinutesOf(finishMinutes),
  };
}

/** A meeting always differs from none: it is kept from the moment it starts, since its clock is running. */
const NO_MEETING = { meetingId: '' };

export function keepMeeting(store: DraftStore, personId: string, meeting: MeetingDraft): void {
  store.keep(meetingRef(personId), meeting, NO_MEETING);
}

/** The meeting kept for this person, or null when none is running. */
export function keptMeeting(store: DraftStore, personId: string): MeetingDraft | null {
  return readMeeting(store.read(meetingRef(personId))?.values);
}

/** Whether leaving would drop anything typed or ticked (then leaving offers Undo). */
export function meetingHoldsWork(meeting: MeetingDraft): boolean {
  return meeting.note.trim() !== '' || meeting.commitment.trim() !== '' || meeting.tickedPointIds.length > 0 || meeting.added.length > 0;
}

/**
 * The meeting at Finish with the calendar meeting's minutes (the after-meeting offer's "Open the
 * meeting finish", issue 22): a meeting already kept keeps its notes and ticks; otherwise one starts
 * as if it began `minutes` ago, so its timer reads the meeting's length.
 */
export function meetingAtFinish(kept: MeetingDraft | null, minutes: number, now: number, newId: () => string): MeetingDraft {
  if (kept) return { ...kept, finishMinutes: minutes };
  return { ...newMeeting(newId(), now - minutes * 60_000), finishMinutes: minutes };
}
