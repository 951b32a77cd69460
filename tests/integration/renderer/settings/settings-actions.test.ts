// @vitest-environment jsdom
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiFailure } from '../../../../src/renderer/app/api';
import { refreshOn } from '../../../../src/renderer/app/data-changes';
import { loadReminderPlatform, loadSettings, pauseReminders, saveSettings, sendTestReminder } from '../../../../src/renderer/features/settings/settings-actions';
import { SettingsForm } from '../../../../src/renderer/features/settings/settings-form.svelte';
import { draftFrom, keepEdits, patchFor } from '../../../../src/renderer/features/settings/settings-draft';
import { inOneHour, tomorrowMorning, untilDay } from '../../../../src/renderer/features/settings/reminders/pause-presets';
import { bridgeOverCore } from '../core-bridge';

async function stored(core: Awaited<ReturnType<typeof bridgeOverCore>>) {
  const result = await core.tend.dispatch('settings.get', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('Settings, from the form to the core and back', () => {
  it('saves one group at a time and keeps the stored form of what was sent', async () => {
    const core = await bridgeOverCore();
    const form = new SettingsForm(await loadSettings());

    form.draft = { ...form.draft, workdays: [5, 1, 3] };
    expect(await form.commit('reminders', 'workdays')).not.toBeNull();
    expect(form.draft.workdays).toEqual([1, 3, 5]);
    expect(form.saved).toBe('reminders');

    form.draft = { ...form.draft, defaultCadenceDays: '14', defaultMaxDays: '' };
    await form.commit('general', 'newPeople');
    expect(await stored(core)).toMatchObject({ workdays: [1, 3, 5], defaultCadenceDays: 14, defaultMaxDays: null });
  });

  it('puts each refusal beside its field, keeps what was typed and writes nothing', async () => {
    const core = await bridgeOverCore();
    const before = await stored(core);
    const form = new SettingsForm(before);

    form.draft = { ...form.draft, digestTime: '' };
    expect(await form.commit('reminders', 'digestTime')).toBeNull();
    expect(form.errorFor('digestTime')).toBe('Digest time must be a time like 09:00 (24-hour, HH:mm).');
    expect(form.draft.digestTime).toBe('');

    form.draft = { ...form.draft, quietEnd: '8' };
    await form.commit('reminders', 'quietHours');
    expect(form.errorFor('quietHours.end')).toBe('Quiet hours end must be a time like 09:00 (24-hour, HH:mm).');

    form.draft = { ...form.draft, defaultCadenceDays: 'often' };
    await form.commit('general', 'newPeople');
    expect(form.errorFor('defaultCadenceDays')).toBe('Default cadence must be a number of days.');

    form.draft = { ...form.draft, defaultCadenceDays: '7', defaultMaxDays: '3' };
    await form.commit('general', 'newPeople');
    expect(form.errorFor('defaultCadenceDays')).toBeNull();
    expect(form.errorFor('defaultMaxDays')).toBe('The default maximum must be at least the default cadence.');

    form.draft = { ...form.draft, workdays: [] };
    await form.commit('reminders', 'workdays');
    expect(form.errorFor('workdays')).toBe('Choose at least one workday.');
    expect(form.saved).toBeNull();

    expect(await stored(core)).toEqual(before);

    // Fixing the value clears its sentence.
    form.draft = { ...form.draft, digestTime: '08:15' };
    await form.commit('reminders', 'digestTime');
    expect(form.errorFor('digestTime')).toBeNull();
    expect((await stored(core)).digestTime).toBe('08:15');
  });

  it('saves go one at a time, so a refusal made while the previous save shows is not wiped by it', async () => {
    const core = await bridgeOverCore();
    const before = await stored(core);
    const form = new SettingsForm(before);
    // An open view shows settings and is slow to reload, so the first save takes a while to finish.
    let loads = 0;
    let reloaded = () => {};
    const stop = refreshOn(['settings'], () => {
      loads += 1;
      return new Promise<void>((resolve) => (reloaded = resolve));
    });
    onTestFinished(stop);

    form.draft = { ...form.draft, defaultCadenceDays: '10' };
    const first = form.commit('general', 'newPeople');
    form.draft = { ...form.draft, defaultMaxDays: '3' };
    const second = form.commit('general', 'newPeople');
    await vi.waitFor(() => expect(loads).toBe(1));
    expect(core.calls.get('settings.set')).toBe(1);

    reloaded();
    expect(await first).not.toBeNull();
    expect(await second).toBeNull();
    expect(form.errorFor('defaultMaxDays')).toBe('The default maximum must be at least the default cadence.');
    expect(form.saved).toBeNull();
    expect(form.draft).toMatchObject({ defaultCadenceDays: '10', defaultMaxDays: '3' });
    expect(await stored(core)).toMatchObject({ defaultCadenceDays: 10, defaultMaxDays: before.defaultMaxDays });
  });

  it('a save that finishes while the next field is being typed leaves that field alone', () => {
    const sent = draftFrom({ ...defaults(), defaultCadenceDays: 14 });
    const current = { ...sent, defaultMaxDays: '30' };
    const stored = draftFrom({ ...defaults(), defaultCadenceDays: 14, workdays: [1, 2] });
    expect(keepEdits(current, sent, stored)).toMatchObject({ defaultMaxDays: '30', workdays: [1, 2] });
  });

  it('turns typed text into the contract’s input: a blank maximum is none, other text a number or NaN', () => {
    const draft = draftFrom(defaults());
    expect(patchFor('newPeople', { ...draft, defaultCadenceDays: ' 10 ', defaultMaxDays: '' })).toEqual({ defaultCadenceDays: 10, defaultMaxDays: null });
    expect(patchFor('newPeople', { ...draft, defaultMaxDays: 'x' }).defaultMaxDays).toBeNaN();
    expect(patchFor('quietHours', { ...draft, quietStart: '22:00' })).toEqual({ quietHours: { start: '22:00', end: '08:00' } });
    expect(patchFor('weekStart', { ...draft, weekStart: '0' })).toEqual({ weekStart: 0 });
  });

  it('pauses and resumes through the contract, refusing a past day before calling', async () => {
    const core = await bridgeOverCore();
    const now = new Date(2026, 10, 23, 9, 0);
    const paused = await pauseReminders(inOneHour(now));
    expect(paused.pauseUntil).toBe(new Date(2026, 10, 23, 10, 0).toISOString());
    expect(tomorrowMorning(now)).toEqual(new Date(2026, 10, 24, 8, 0));
    expect(untilDay('2026-11-23', now)).toEqual({ error: 'Choose a day after today.' });
    expect(untilDay('2026-02-30', now)).toEqual({ error: 'That date is incomplete or does not exist; enter a date like 11/23/2026.' });
    expect(untilDay('2026-12-01', now)).toEqual({ until: new Date(2026, 11, 1) });

    const form = new SettingsForm(await stored(core));
    expect(form.pauseUntil).not.toBeNull();
    expect(await form.pause(null)).toBe(true);
    expect((await stored(core)).pauseUntil).toBeNull();

    const refused = await saveSettings({ pauseUntil: 'soon' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiFailure);
    expect((refused as ApiFailure).error.field).toBe('pauseUntil');
  });

  it('reports what a test reminder did and what this host can do', async () => {
    await bridgeOverCore();
    expect(await sendTestReminder()).toMatchObject({ status: 'unsupported', fix: expect.any(String) });
    expect(await loadReminderPlatform()).toMatchObject({ host: 'web', tray: false });
  });
});

function defaults() {
  return { digestTime: '09:00', reflectionTime: '17:30', digestOn: true, reflectionOn: true, quietHours: { start: '20:00', end: '08:00' }, workdays: [1, 2, 3, 4, 5], defaultCadenceDays: 7, defaultMaxDays: null, closeToTray: true, launchAtLogin: false, pauseUntil: null, theme: 'system' as const, weekStart: 1 as const, lockAfterMinutes: 15, captureShortcut: 'CommandOrControl+Shift+Space' };
}
