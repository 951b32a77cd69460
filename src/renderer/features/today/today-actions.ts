import type { AttentionSummary, PersonAttention } from '../../../shared/attention';
import type { Settings } from '../../../shared/settings';
import type { SampleStatus } from '../../../shared/sample';
import { call, messageOf } from '../../app/api';
import { written } from '../../app/data-changes';
import { formatDay } from '../../app/dates';
import { dateLocale } from '../../app/platform';
import { toasts } from '../../app/toasts.svelte';

/**
 * What the leader does on Today: read who needs them, pause someone until a day, and load or
 * remove the sample team. Each write resolves once Today (and the sidebar count) show it.
 */

/** Who needs the leader, with this week's total counted from the user's week start. */
export function loadSummary(weekStartsOn: Settings['weekStart']): Promise<AttentionSummary> {
  return call('attention.summary', { weekStartsOn });
}

export function loadSampleStatus(): Promise<SampleStatus> {
  return call('sample.status', {});
}

function nameOf(person: Pick<PersonAttention, 'name' | 'preferredName'>): string {
  return person.preferredName ?? person.name;
}

export async function snoozePerson(person: PersonAttention, until: string): Promise<void> {
  try {
    await written('attention.snooze', { personId: person.id, until });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show(`${nameOf(person)} is paused until ${formatDay(until, dateLocale)}.`, {
    label: 'Undo',
    run: () => resumePerson(person),
  });
}

export async function resumePerson(person: PersonAttention): Promise<void> {
  try {
    await written('attention.snooze', { personId: person.id, until: null });
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show(`${nameOf(person)} is back in your rhythm.`);
}

export async function loadSampleTeam(): Promise<void> {
  try {
    await written('sample.load', {});
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show('Sample team loaded. Remove it whenever you are ready for your own.');
}

export async function removeSampleTeam(): Promise<void> {
  try {
    await written('sample.remove', {});
  } catch (error) {
    toasts.show(messageOf(error));
    return;
  }
  toasts.show('Sample team removed.');
}
