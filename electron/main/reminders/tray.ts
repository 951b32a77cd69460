import { join } from 'node:path';
import { Menu, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron';
import { log } from '../../../src/core/log';
import { endedMeetings } from '../../../src/core/reminders/meeting-offer-reminders';
import type { AttentionForReminders } from '../../../src/core/reminders/scheduler';

const logger = log('tray');

/** People named in the tray menu; the rest are one click away on Today. */
export const TRAY_PEOPLE = 5;
/** Ended 1:1s offered in the tray menu; the rest wait on Today. */
export const TRAY_MEETINGS = 3;

export interface TrayActions {
  /** Bring the window forward on `route`; `action` asks the renderer to open something there. */
  navigate(route: string, action?: 'log-time'): void;
  openWindow(): void;
  /** The quick-capture window (the same as the global shortcut). */
  capture(): void;
  pauseFor(hours: number): void;
  pauseUntilTomorrow(): void;
  resume(): void;
  /** Locks Tend now (issue 24). */
  lock(): void;
  /** Logs the ended 1:1 at its length, as Today's one click does (issue 22). */
  logMeeting(meeting: Pick<TrayMeeting, 'uid' | 'recurrenceId'>): void;
  quit(): void;
}

/** A booked 1:1 that has ended and was not logged or dismissed yet. */
export interface TrayMeeting {
  uid: string;
  recurrenceId: string;
  personId: string;
  name: string;
  minutes: number;
}

export interface TrayView {
  count: number;
  people: { id: string; name: string }[];
  /** Ended 1:1s to log, in the order they ended; none named while locked. */
  meetings: TrayMeeting[];
  /** How many ended 1:1s wait to be logged (counted while locked too). */
  meetingsToLog: number;
  paused: boolean;
  /** Tend is locked: the menu shows the count, never a name (issue 24). */
  locked: boolean;
}

/**
 * Who the tray names: those needing attention and not snoozed, in the summary's order of need, and
 * the booked 1:1s that ended by `now` still to log; nobody while locked.
 */
export function trayView(attention: AttentionForReminders, paused: boolean, locked: boolean, now: Date): TrayView {
  const people = locked
    ? []
    : attention.people.filter((person) => person.needsYou && person.snoozedUntil === null).map(({ id, name }) => ({ id, name }));
  const ended = endedMeetings(attention.meetingOffers ?? [], now);
  const meetings = locked ? [] : ended.map(({ uid, recurrenceId, personId, personName, minutes }) => ({ uid, recurrenceId, personId, name: personName, minutes }));
  return { count: attention.needingAttention, people, meetings, meetingsToLog: ended.length, paused, locked };
}

export function trayTooltip(count: number): string {
  if (count === 0) return 'Tend';
  return count === 1 ? '1 person needs your attention' : `${count} people need your attention`;
}

/** Prep's sheet for the person, its meeting open at Finish with the meeting's minutes (the renderer's `prep-person` route). */
export function meetingFinishRoute(meeting: Pick<TrayMeeting, 'personId' | 'minutes'>): string {
  return `#/prep/${encodeURIComponent(meeting.personId)}/finish/${meeting.minutes}`;
}

function meetingsToLogWords(count: number): string {
  return count === 1 ? 'A 1:1 to log' : `${count} 1:1s to log`;
}

/**
 * Every action is in the menu: under Linux's AppIndicator a click on the icon itself is ignored.
 */
export function trayMenuTemplate(view: TrayView, actions: TrayActions): MenuItemConstructorOptions[] {
  const people: MenuItemConstructorOptions[] = view.people.slice(0, TRAY_PEOPLE).map((person) => ({
    label: person.name,
    click: () => actions.navigate(`#/people/${encodeURIComponent(person.id)}`),
  }));
  const more = view.people.length - TRAY_PEOPLE;
  // After a booked 1:1: one click logs it at its length; the other opens prep's meeting finish with those minutes.
  const meetings: MenuItemConstructorOptions[] = view.meetings.slice(0, TRAY_MEETINGS).flatMap((meeting) => [
    { label: `Log the 1:1 with ${meeting.name} (${meeting.minutes} min)`, click: () => actions.logMeeting(meeting) },
    { label: `Open the meeting finish with ${meeting.name}…`, click: () => actions.navigate(meetingFinishRoute(meeting)) },
  ]);
  // Locked, the window shows only the lock screen: the menu says how many, and offers the way back in.
  const opening: MenuItemConstructorOptions[] = view.locked
    ? [
        ...(view.count > 0 ? [{ label: trayTooltip(view.count), enabled: false }] : []),
        ...(view.meetingsToLog > 0 ? [{ label: meetingsToLogWords(view.meetingsToLog), enabled: false }] : []),
        { label: 'Unlock Tend…', click: () => actions.openWindow() },
      ]
    : [
        ...(people.length > 0 ? [{ label: trayTooltip(view.count), enabled: false }, ...people] : []),
        ...(more > 0 ? [{ label: `${more} more on Today…`, click: () => actions.navigate('#/today') }] : []),
        ...(people.length > 0 ? [{ type: 'separator' as const }] : []),
        ...(meetings.length > 0 ? [...meetings, { type: 'separator' as const }] : []),
        { label: 'Quick capture…', click: () => actions.capture() },
        { label: 'Log time…', click: () => actions.navigate('#/today', 'log-time') },
        { label: 'Today', click: () => actions.navigate('#/today') },
        { label: 'Lock Tend', click: () => actions.lock() },
      ];
  return [
    ...opening,
    { type: 'separator' },
    ...(view.paused
      ? [{ label: 'Resume reminders', click: () => actions.resume() }]
      : [
          { label: 'Pause reminders for 1 hour', click: () => actions.pauseFor(1) },
          { label: 'Pause reminders until tomorrow', click: () => actions.pauseUntilTomorrow() },
        ]),
    { type: 'separator' },
    { label: 'Open Tend', click: () => actions.openWindow() },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

/** The icon for this platform and state: a template image on macOS, light or dark elsewhere, with a dot when someone needs attention. */
export function trayIconFile(iconDir: string, platform: NodeJS.Platform, darkPanel: boolean, dot: boolean): string {
  if (platform === 'darwin') return join(iconDir, dot ? 'tray-dotTemplate.png' : 'trayTemplate.png');
  const base = darkPanel ? 'tray-dark' : 'tray-light';
  return join(iconDir, `${base}${dot ? '-dot' : ''}.png`);
}

/** Stock GNOME shows no tray icons without the AppIndicator extension, and Tend cannot tell whether it is there. */
export function trayNoteFor(platform: NodeJS.Platform, desktop: string | undefined): string | null {
  if (platform !== 'linux') return null;
  if ((desktop ?? '').toUpperCase().split(':').includes('GNOME')) {
    return 'GNOME shows tray icons only with the AppIndicator extension, so closing the window quits Tend here.';
  }
  return null;
}

export interface TendTray {
  /** A tray icon exists and can be relied on to bring Tend back (so close-to-tray is allowed). */
  readonly available: boolean;
  /** Why there is no (reliable) tray here, or null. */
  readonly note: string | null;
  update(view: TrayView): void;
  destroy(): void;
}

export interface TrayOptions {
  iconDir: string;
  platform: NodeJS.Platform;
  desktop: string | undefined;
  actions: TrayActions;
}

/**
 * The tray icon, its tooltip and menu, rebuilt from the live attention summary. The Tray is kept
 * referenced here for the app's lifetime, or it is garbage-collected and disappears. Where a tray
 * cannot be created (Linux without a StatusNotifier host, where Electron may throw), Tend runs
 * without one and close-to-tray is off.
 */
export function createTray(options: TrayOptions): TendTray {
  let tray: Tray | null = null;
  let note = trayNoteFor(options.platform, options.desktop);
  let view: TrayView = { count: 0, people: [], meetings: [], meetingsToLog: 0, paused: false, locked: false };
  const icon = () => trayIconFile(options.iconDir, options.platform, nativeTheme.shouldUseDarkColors, view.count > 0);
  try {
    tray = new Tray(icon());
    tray.setToolTip(trayTooltip(0));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(view, options.actions)));
    // Windows and most Linux panels open the window on a left click; macOS opens the menu.
    if (options.platform !== 'darwin') tray.on('click', () => options.actions.openWindow());
  } catch (error) {
    logger.warn('no tray icon on this desktop; closing the window will quit Tend', error);
    tray = null;
    note = 'This desktop has no tray area, so closing the window quits Tend.';
  }
  nativeTheme.on('updated', () => tray?.setImage(icon()));

  return {
    get available() {
      return tray !== null && note === null;
    },
    get note() {
      return note;
    },
    update(next) {
      view = next;
      if (!tray) return;
      tray.setImage(icon());
      tray.setToolTip(trayTooltip(next.count));
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(next, options.actions)));
    },
    destroy() {
      tray?.destroy();
      tray = null;
    },
  };
}
