import * as v from 'valibot';
import { planReminders, type PlanInput, type ReminderAttention, type ReminderPlan, type ReminderSettings } from '../../../../src/core/reminders/plan-reminders';
import { dedupe, reminderKey, shownRecord, type Reminder, type ShownReminder } from '../../../../src/core/reminders/reminder';
import { Settings } from '../../../../src/shared/settings';

/** A small team and a fake host for the planner's tests. Every instant is written in UTC on purpose. */

export const NY = 'America/New_York';
export const LONDON = 'Europe/London';

export const SAM = '00000000-0000-4000-8000-000000000001';
export const PRIYA = '00000000-0000-4000-8000-000000000002';
export const LEE = '00000000-0000-4000-8000-000000000003';
export const ANA = '00000000-0000-4000-8000-000000000004';
export const KIM = '00000000-0000-4000-8000-000000000005';
export const BO = '00000000-0000-4000-8000-000000000006';
export const BIRTHDAY = '00000000-0000-4000-8000-0000000000d1';
export const MOVE = '00000000-0000-4000-8000-0000000000d2';

export function defaultSettings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...v.parse(Settings, {}), ...overrides };
}

/** Sam and Priya overdue, Lee due, Ana and Kim never invested in, Bo fine; the budget link for Sam due Monday 23 Nov. */
export function team(overrides: Partial<ReminderAttention> = {}): ReminderAttention {
  return {
    people: [
      { id: BO, name: 'Bo', state: 'ok', ratio: 0.3, needsYou: false, snoozedUntil: null },
      { id: KIM, name: 'Kim', state: 'never', ratio: 0, needsYou: true, snoozedUntil: null },
      { id: LEE, name: 'Lee', state: 'due', ratio: 1, needsYou: true, snoozedUntil: null },
      { id: PRIYA, name: 'Priya', state: 'overdue', ratio: 1.2, needsYou: true, snoozedUntil: null },
      { id: ANA, name: 'Ana', state: 'never', ratio: 0, needsYou: true, snoozedUntil: null },
      { id: SAM, name: 'Sam', state: 'overdue', ratio: 1.7, needsYou: true, snoozedUntil: null },
    ],
    commitments: [{ personId: SAM, personName: 'Sam', text: 'the budget link', dueOn: '2026-11-23' }],
    dates: [],
    reflectionWrittenToday: false,
    ...overrides,
  };
}

export const QUIET_TEAM: Partial<ReminderAttention> = {
  people: [{ id: BO, name: 'Bo', state: 'ok', ratio: 0.3, needsYou: false, snoozedUntil: null }],
  commitments: [],
  dates: [],
};

export function birthday(on: string, personId = PRIYA, personName = 'Priya', dateId = BIRTHDAY) {
  return { personId, personName, dateId, title: 'Birthday', on, daysUntil: 0 };
}

export function shown(kind: 'digest' | 'reflection', localDay: string): ShownReminder {
  return { kind, key: reminderKey({ kind, localDay }), localDay, shownAt: `${localDay}T15:00:00.000Z` };
}

export function shownDate(dateId: string, on: string, localDay: string): ShownReminder {
  return { kind: 'date', key: reminderKey({ kind: 'date', occurrences: [{ dateId, on }] }), localDay, shownAt: `${localDay}T15:00:00.000Z` };
}

export interface Case {
  now: string;
  zone?: string;
  settings?: Partial<ReminderSettings>;
  attention?: Partial<ReminderAttention>;
  shown?: ShownReminder[];
  lastTick?: string;
}

export function plan(c: Case): ReminderPlan {
  const input: PlanInput = {
    now: new Date(c.now),
    timeZone: c.zone ?? NY,
    settings: defaultSettings(c.settings),
    attention: team(c.attention),
    shown: c.shown ?? [],
    ...(c.lastTick ? { lastTick: new Date(c.lastTick) } : {}),
  };
  return planReminders(input);
}

export interface Delivered {
  at: string;
  reminder: Reminder;
}

export interface HostRun {
  delivered: Delivered[];
  /** Every moment the host woke, in order. */
  wakes: string[];
  records: ShownReminder[];
}

/**
 * A fake host: wakes at each plan's nextWakeAt (nothing happens while the machine sleeps), shows what
 * the plan says, and records each reminder as shown at once (the OS "confirms" immediately).
 */
export function runHost(options: {
  from: string;
  until: string;
  zone?: string;
  settings?: Partial<ReminderSettings>;
  attention?: Partial<ReminderAttention>;
  sleeps?: { from: string; until: string }[];
  records?: ShownReminder[];
}): HostRun {
  const zone = options.zone ?? NY;
  const settings = defaultSettings(options.settings);
  const attention = team(options.attention);
  const sleeps = (options.sleeps ?? []).map((s) => ({ from: Date.parse(s.from), until: Date.parse(s.until) }));
  const records = [...(options.records ?? [])];
  const delivered: Delivered[] = [];
  const wakes: string[] = [];
  let now = Date.parse(options.from);
  let lastTick: Date | undefined;
  while (now < Date.parse(options.until)) {
    const asleep = sleeps.find((s) => now >= s.from && now < s.until);
    if (asleep) now = asleep.until;
    const at = new Date(now);
    wakes.push(at.toISOString());
    const result = planReminders({ now: at, timeZone: zone, settings, attention, shown: records, ...(lastTick ? { lastTick } : {}) });
    for (const reminder of dedupe(result.show, records)) {
      delivered.push({ at: at.toISOString(), reminder });
      records.push(shownRecord(reminder, at, zone));
    }
    if (result.nextWakeAt.getTime() <= now || result.nextWakeAt.getTime() - now > 60 * 60_000) {
      throw new Error(`nextWakeAt ${result.nextWakeAt.toISOString()} is not within the hour after ${at.toISOString()}`);
    }
    lastTick = at;
    now = result.nextWakeAt.getTime();
  }
  return { delivered, wakes, records };
}
