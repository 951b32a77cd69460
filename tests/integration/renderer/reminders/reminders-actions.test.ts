// @vitest-environment jsdom
// jsdom: opening a reminder navigates, so the router (location.hash) is part of the outcome.
import { afterEach, describe, expect, it } from 'vitest';
import { followNavigate, onLogTimeRequested } from '../../../../src/renderer/app/host-navigation';
import { router } from '../../../../src/renderer/app/router.svelte';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';
import { missed } from '../../../../src/renderer/features/reminders/missed-store.svelte';
import { dismissReminder, loadMissed, openReminder, showReminder } from '../../../../src/renderer/features/reminders/reminders-actions';
import { bridgeOverCore, type CoreBridge } from '../core-bridge';

/** A heads-up for a date still ahead: each one waits in the Missed list on its own (a newer digest would supersede an older one). */
const decide = (core: CoreBridge, day: string, route = '#/today') =>
  core.tend.reminders.decide({ kind: 'date', key: `date:${day}@2026-12-31`, title: 'Birthday for Sam on 31 Dec', body: 'Thursday 31 December', route, catchUp: false }, day);

afterEach(() => {
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('reminders, from the page to the core and back', () => {
  it('lists what is waiting; opening goes to its route and takes it off the list', async () => {
    const core = await bridgeOverCore();
    const a = decide(core, '2026-11-22', '#/journal');
    decide(core, '2026-11-23');
    missed.start();
    await missed.reload();
    expect(missed.items).toHaveLength(2);

    await openReminder(a.id);
    expect(window.location.hash).toBe('#/journal');
    expect(missed.items.map((r) => r.id)).not.toContain(a.id);
  });

  it('dismisses one, or all', async () => {
    const core = await bridgeOverCore();
    const a = decide(core, '2026-11-21');
    decide(core, '2026-11-22');
    decide(core, '2026-11-23');
    await dismissReminder(a.id);
    expect(await loadMissed()).toHaveLength(2);
    await dismissReminder('all');
    expect(await loadMissed()).toEqual([]);
  });

  it('shows a pushed reminder as a toast whose Open opens it and whose close button dismisses it', async () => {
    const core = await bridgeOverCore();
    const a = decide(core, '2026-11-23', '#/people/x');
    showReminder({ id: a.id, title: 'Birthday for Sam on 31 Dec', body: 'Thursday 31 December', route: '#/people/x' });
    expect(toasts.items[0]).toMatchObject({ title: 'Birthday for Sam on 31 Dec', message: 'Thursday 31 December', action: { label: 'Open' } });
    await toasts.items[0]!.action!.run();
    expect(window.location.hash).toBe('#/people/x');
    expect(await loadMissed()).toEqual([]);

    const b = decide(core, '2026-11-24');
    showReminder({ id: b.id, title: 'Again', body: 'Sam', route: '#/today' });
    toasts.close(toasts.items[0]!.id);
    await expect.poll(() => loadMissed()).toEqual([]);
  });

  it('offers no Open for the view already showing; closing it still dismisses it', async () => {
    const core = await bridgeOverCore();
    window.location.hash = '#/journal';
    await expect.poll(() => router.route.name).toBe('journal');
    const a = decide(core, '2026-11-23', '#/journal');
    showReminder({ id: a.id, title: 'Time to reflect', body: 'How did today go?', route: '#/journal' });
    expect(toasts.items[0]).toMatchObject({ title: 'Time to reflect' });
    expect(toasts.items[0]!.action).toBeUndefined();
    toasts.close(toasts.items[0]!.id);
    await expect.poll(() => loadMissed()).toEqual([]);
  });

  it('a test reminder has no id: Open just goes to its view and nothing is recorded', async () => {
    await bridgeOverCore();
    showReminder({ title: 'Reminders from Tend will look like this', body: 'You can change when they come in Settings.', route: '#/settings' });
    await toasts.items[0]!.action!.run();
    expect(window.location.hash).toBe('#/settings');
  });

  it('the tray’s "Log time…" opens Today and the quick log once one is registered', () => {
    window.location.hash = '#/people';
    followNavigate({ route: '#/today', action: 'log-time' });
    expect(window.location.hash).toBe('#/today');

    let opened = 0;
    const stop = onLogTimeRequested(() => (opened += 1));
    window.location.hash = '#/journal';
    followNavigate({ route: '#/today', action: 'log-time' });
    expect(window.location.hash).toBe('#/today');
    expect(opened).toBe(1);
    stop();

    followNavigate({ route: '#/settings' });
    expect(window.location.hash).toBe('#/settings');
    expect(opened).toBe(1);
  });
});
