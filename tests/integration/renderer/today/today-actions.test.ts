// @vitest-environment jsdom
// jsdom: the pause toast words the day in the browser's locale (app/platform reads navigator).
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../src/renderer/app/api';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import { previewLine, saveLine } from '../../../../src/renderer/features/quick-log/quick-log-actions';
import { attention } from '../../../../src/renderer/features/today/attention-store.svelte';
import { loadSampleTeam, removeSampleTeam, resumePerson, snoozePerson } from '../../../../src/renderer/features/today/today-actions';
import { dayAfter, groupsOf } from '../../../../src/renderer/features/today/today-display';
import { bridgeOverCore } from '../core-bridge';

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('Today and the quick log, from the page to the core and back', () => {
  it('loads the sample team, keeps the core order, and a quick-log line moves the neediest person down', async () => {
    await bridgeOverCore();
    attention.start();
    await loadSampleTeam();
    const before = attention.summary!;
    expect(attention.sample?.samplePeople).toBeGreaterThan(0);
    expect(groupsOf(before).flatMap((group) => group.people).map((person) => person.id)).toEqual(before.people.map((person) => person.id));

    const first = before.people[0]!;
    const line = `@${first.name.split(' ')[0]} 30m coaching`;
    const preview = await previewLine(line);
    expect(preview).toMatchObject({ type: 'investment', personId: first.id, minutes: 30, kind: 'coaching' });

    await saveLine(line);
    expect(toasts.items[0]?.message).toBe(`Logged 30 min coaching with ${first.preferredName ?? first.name}.`);
    const after = attention.summary!;
    expect(after.people[0]?.id).not.toBe(first.id);
    expect(after.week.minutes).toBe(before.week.minutes + 30);

    await removeSampleTeam();
    expect(attention.summary?.people).toEqual([]);
  });

  it('refuses a line without minutes, naming the field, and writes nothing', async () => {
    const core = await bridgeOverCore();
    attention.start();
    await loadSampleTeam();
    const failure = await saveLine('@Priya coaching').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error.field).toBe('minutes');
    const summary = await core.tend.dispatch('attention.summary', {});
    expect(summary.ok && summary.value.week.minutes).toBe(attention.summary?.week.minutes);
  });

  it('pauses someone until a day, moving them to Paused, and resumes them', async () => {
    await bridgeOverCore();
    attention.start();
    await loadSampleTeam();
    const first = attention.summary!.people[0]!;
    await snoozePerson(first, dayAfter(attention.summary!.today, 7));
    const paused = groupsOf(attention.summary!).find((group) => group.id === 'paused');
    expect(paused?.people.map((person) => person.id)).toContain(first.id);
    await resumePerson(first);
    expect(attention.summary!.people.find((person) => person.id === first.id)?.snoozed).toBe(false);
  });
});
