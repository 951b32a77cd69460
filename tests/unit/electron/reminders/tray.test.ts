import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTray, meetingFinishRoute, trayIconFile, trayMenuTemplate, trayNoteFor, trayTooltip, trayView, type TrayActions } from '../../../../electron/main/reminders/tray';
import { fake } from '../../../fixtures/fake-electron';
import { LEE, PRIYA, SAM, team } from '../../core/reminders/planner-fixtures';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

function actions(): TrayActions & { log: unknown[][] } {
  const log: unknown[][] = [];
  return {
    log,
    navigate: (...args) => void log.push(['navigate', ...args]),
    openWindow: () => void log.push(['open']),
    capture: () => void log.push(['capture']),
    pauseFor: (hours) => void log.push(['pauseFor', hours]),
    pauseUntilTomorrow: () => void log.push(['pauseUntilTomorrow']),
    resume: () => void log.push(['resume']),
    lock: () => void log.push(['lock']),
    logMeeting: (meeting) => void log.push(['logMeeting', meeting.uid, meeting.recurrenceId]),
    quit: () => void log.push(['quit']),
  };
}

const live = { ...team(), needingAttention: 5 };
/** Monday 23 November 2026, 14:40 in New York: Sam's 1:1 ended at 14:30, Kim's ends at 16:45. */
const NOW = new Date('2026-11-23T19:40:00.000Z');

beforeEach(() => {
  fake.trays.length = 0;
});

describe('tray menu from the live attention summary', () => {
  it('names the people needing attention in order of need, skipping the fine and the snoozed', () => {
    const snoozed = { ...team(), people: team().people.map((p) => (p.id === PRIYA ? { ...p, snoozedUntil: '2026-11-30' } : p)), needingAttention: 4 };
    expect(trayView(snoozed, false, false, NOW).people.map((p) => p.name)).toEqual(['Kim', 'Lee', 'Ana', 'Sam']);
  });

  it('builds the menu: a count line, each person, then log time, Today, lock, pause, open and quit', () => {
    const menu = trayMenuTemplate(trayView(live, false, false, NOW), actions());
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      '5 people need your attention',
      'Kim',
      'Lee',
      'Priya',
      'Ana',
      'Sam',
      'separator',
      'Quick capture…',
      'Log time…',
      'Today',
      'Lock Tend',
      'separator',
      'Pause reminders for 1 hour',
      'Pause reminders until tomorrow',
      'separator',
      'Open Tend',
      'Quit',
    ]);
    expect(menu[0]!.enabled).toBe(false);
  });

  it('while locked, shows how many need attention but no name, and offers to unlock instead of opening views', () => {
    const act = actions();
    const view = trayView(live, false, true, NOW);
    expect(view.people).toEqual([]);
    const menu = trayMenuTemplate(view, act);
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      '5 people need your attention',
      'Unlock Tend…',
      'separator',
      'Pause reminders for 1 hour',
      'Pause reminders until tomorrow',
      'separator',
      'Open Tend',
      'Quit',
    ]);
    const names = team().people.map((person) => person.name);
    expect(JSON.stringify(menu.map((item) => item.label))).not.toMatch(new RegExp(names.join('|')));
    (menu.find((item) => item.label === 'Unlock Tend…')!.click as () => void)();
    expect(act.log).toEqual([['open']]);
    expect(trayMenuTemplate(trayView({ ...live, needingAttention: 0 }, false, true, NOW), act)[0]!.label).toBe('Unlock Tend…');
  });

  it('clicking a person navigates to them; every other item does what it says', () => {
    const act = actions();
    const menu = trayMenuTemplate(trayView(live, false, false, NOW), act);
    const click = (label: string) => (menu.find((item) => item.label === label)!.click as () => void)();
    click('Sam');
    click('Lee');
    click('Quick capture…');
    click('Log time…');
    click('Today');
    click('Lock Tend');
    click('Pause reminders for 1 hour');
    click('Pause reminders until tomorrow');
    click('Open Tend');
    click('Quit');
    expect(act.log).toEqual([
      ['navigate', `#/people/${SAM}`],
      ['navigate', `#/people/${LEE}`],
      ['capture'],
      ['navigate', '#/today', 'log-time'],
      ['navigate', '#/today'],
      ['lock'],
      ['pauseFor', 1],
      ['pauseUntilTomorrow'],
      ['open'],
      ['quit'],
    ]);
  });

  it('offers to resume while paused, and points to Today beyond five people', () => {
    const many = { ...live, people: Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, state: 'due' as const, ratio: 1, needsYou: true, snoozedUntil: null })) };
    const menu = trayMenuTemplate(trayView(many, true, false, NOW), actions());
    const labels = menu.map((item) => item.label);
    expect(labels).toContain('2 more on Today…');
    expect(labels).toContain('Resume reminders');
    expect(labels).not.toContain('Pause reminders for 1 hour');
  });

  it('after a booked 1:1 ends, offers to log it at its length or open its meeting finish (issue 22); one not ended yet waits', () => {
    const act = actions();
    const meetings = [
      { uid: 'sam-weekly@team.test', recurrenceId: '2026-11-23T19:00:00.000Z', personId: SAM, personName: 'Sam', endsAt: '2026-11-23T19:30:00.000Z', minutes: 30 },
      { uid: 'kim@team.test', recurrenceId: '2026-11-23T21:00:00.000Z', personId: 'kim', personName: 'Kim', endsAt: '2026-11-23T21:45:00.000Z', minutes: 45 },
    ];
    const menu = trayMenuTemplate(trayView({ ...live, meetingOffers: meetings }, false, false, NOW), act);
    const labels = menu.map((item) => item.label ?? item.type);
    expect(labels.slice(labels.indexOf('Sam') + 1, labels.indexOf('Quick capture…'))).toEqual([
      'separator',
      'Log the 1:1 with Sam (30 min)',
      'Open the meeting finish with Sam…',
      'separator',
    ]);
    (menu.find((item) => item.label === 'Log the 1:1 with Sam (30 min)')!.click as () => void)();
    (menu.find((item) => item.label === 'Open the meeting finish with Sam…')!.click as () => void)();
    expect(act.log).toEqual([
      ['logMeeting', 'sam-weekly@team.test', '2026-11-23T19:00:00.000Z'],
      ['navigate', `#/prep/${SAM}/finish/30`],
    ]);
    expect(meetingFinishRoute({ personId: 'a/b', minutes: 45 })).toBe('#/prep/a%2Fb/finish/45');

    // Locked: how many 1:1s wait, never with whom.
    const locked = trayMenuTemplate(trayView({ ...live, meetingOffers: meetings }, false, true, new Date('2026-11-23T22:00:00.000Z')), act);
    expect(locked.slice(0, 3).map((item) => item.label)).toEqual(['5 people need your attention', '2 1:1s to log', 'Unlock Tend…']);
    expect(JSON.stringify(locked.map((item) => item.label))).not.toMatch(/Sam|Kim|min\)/);
  });

  it('words the tooltip by count', () => {
    expect([0, 1, 3].map(trayTooltip)).toEqual(['Tend', '1 person needs your attention', '3 people need your attention']);
  });
});

describe('tray icon', () => {
  it('uses a template image on macOS, light or dark elsewhere, with a dot when someone needs attention', () => {
    expect(trayIconFile('/i', 'darwin', true, false)).toBe(join('/i', 'trayTemplate.png'));
    expect(trayIconFile('/i', 'darwin', false, true)).toBe(join('/i', 'tray-dotTemplate.png'));
    expect(trayIconFile('/i', 'win32', false, false)).toBe(join('/i', 'tray-light.png'));
    expect(trayIconFile('/i', 'linux', true, true)).toBe(join('/i', 'tray-dark-dot.png'));
  });

  it('updates icon, tooltip and menu from each new summary, keeping the one Tray', () => {
    const tray = createTray({ iconDir: '/i', platform: 'win32', desktop: undefined, actions: actions() });
    tray.update(trayView(live, false, false, NOW));
    expect(fake.trays).toHaveLength(1);
    expect(fake.trays[0]).toMatchObject({ image: join('/i', 'tray-light-dot.png'), tooltip: '5 people need your attention' });
    expect(fake.trays[0]!.menu!.items.map((item) => item.label)).toContain('Sam');
    expect(tray.available).toBe(true);
  });

  it('a left click opens the window on Windows and Linux (on macOS the menu opens)', () => {
    const act = actions();
    createTray({ iconDir: '/i', platform: 'win32', desktop: undefined, actions: act });
    fake.trays[0]!.emit('click');
    expect(act.log).toEqual([['open']]);
  });

  it('runs without a tray where none can be created, and says why', () => {
    fake.tray.failNext = true;
    const tray = createTray({ iconDir: '/i', platform: 'linux', desktop: 'XFCE', actions: actions() });
    expect(fake.trays).toHaveLength(0);
    expect(tray.available).toBe(false);
    expect(tray.note).toBe('This desktop has no tray area, so closing the window quits Tend.');
    expect(() => tray.update(trayView(live, false, false, NOW))).not.toThrow();
  });

  it('on stock GNOME keeps the icon (the AppIndicator extension may show it) but does not count on it', () => {
    expect(trayNoteFor('linux', 'ubuntu:GNOME')).toMatch(/AppIndicator extension/);
    expect(trayNoteFor('linux', 'KDE')).toBeNull();
    expect(trayNoteFor('darwin', 'GNOME')).toBeNull();
    const tray = createTray({ iconDir: '/i', platform: 'linux', desktop: 'GNOME', actions: actions() });
    expect(fake.trays).toHaveLength(1);
    expect(tray.available).toBe(false);
  });
});
