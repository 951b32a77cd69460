import type { Person } from '../../../shared/people';
import type { MeetingOffer, PersonSchedule, ScheduleProposal, ScheduleStatus, ScheduleWeek } from '../../../shared/schedule';
import { call, messageOf } from '../../app/api';
import { written } from '../../app/data-changes';
import { toasts } from '../../app/toasts.svelte';

/**
 * What the calendar section, the review step, This week and Today's offer do (issue 22). Components
 * call these; each write goes through `written`, so the views that show it reload first.
 */

export interface ScheduleOverview {
  status: ScheduleStatus;
  proposals: ScheduleProposal[];
  people: Person[];
}

export async function loadScheduleOverview(): Promise<ScheduleOverview> {
  const [status, proposals, people] = await Promise.all([call('schedule.status'), call('schedule.review'), call('people.list')]);
  return { status, proposals, people };
}

/** Reads a picked calendar's text; a refusal (not a calendar, with its line) is the sentence to show. */
export async function useCalendarFile(name: string, content: string): Promise<string | null> {
  try {
    await written('schedule.setFile', { name, content });
    return null;
  } catch (error) {
    return messageOf(error, `Tend could not read ${name}; choose it again.`);
  }
}

export async function subscribe(url: string): Promise<string | null> {
  try {
    const status = await written('schedule.setUrl', { url });
    const source = status.sources.find((s) => s.kind === 'url');
    if (source?.error) toasts.show(`Subscribed, but the calendar could not be read yet: ${source.error}`);
    return null;
  } catch (error) {
    return messageOf(error, 'Tend could not subscribe to that address.');
  }
}

export async function stopReading(kind: 'file' | 'url'): Promise<void> {
  try {
    await written(kind === 'file' ? 'schedule.clearFile' : 'schedule.clearUrl', {});
    toasts.show(kind === 'file' ? 'Tend no longer reads that calendar file.' : 'Subscription removed: Tend makes no more requests to it.');
  } catch (error) {
    toasts.show(messageOf(error, 'That did not work; please try again.'));
  }
}

export async function refreshNow(): Promise<void> {
  try {
    const status = await written('schedule.refresh', {});
    const failed = status.sources.find((s) => s.error);
    toasts.show(failed ? `The calendar could not be read: ${failed.error}` : 'Calendar read.');
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not read the calendar; try again in a moment.'));
  }
}

export async function savePreferences(ownEmail: string, leadMinutes: number): Promise<string | null> {
  try {
    await written('schedule.setPreferences', { ownEmail, leadMinutes });
    return null;
  } catch (error) {
    return messageOf(error, 'Tend could not save that.');
  }
}

/** Confirms (or corrects) who a series is a 1:1 with; `personId` null: not a 1:1. */
export async function confirmMatch(proposal: ScheduleProposal, personId: string | null): Promise<void> {
  try {
    await written('schedule.confirm', { uid: proposal.uid, personId });
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not remember that; try again.'));
  }
}

export function loadScheduleWeek(): Promise<ScheduleWeek> {
  return call('schedule.week');
}

export function loadOffers(): Promise<MeetingOffer[]> {
  return call('schedule.offers');
}

/** One click: logs the 1:1 at its length (or dismisses the offer); either way it is not asked again. */
export async function answerOffer(offer: MeetingOffer, answer: 'log' | 'dismiss'): Promise<void> {
  try {
    await written('schedule.answerOffer', { uid: offer.uid, recurrenceId: offer.recurrenceId, answer });
    if (answer === 'log') toasts.show(`Logged the 1:1 with ${offer.preferredName ?? offer.personName} (${offer.minutes} min).`);
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not log that; try again.'));
  }
}

export function loadPersonSchedule(personId: string): Promise<PersonSchedule> {
  return call('schedule.person', { personId });
}
