import type { Locale } from 'date-fns';
import type { Goal, GoalKind, GoalStatus, Sphere } from '../../../../shared/goals';
import { formatDay, formatWeekdayDay, parseLocalDay, relativeDay } from '../../../app/dates';
import type { IconName } from '../../../ui/icon';

/** How the Person page words goals and challenges: pure, so every phrase can be tested with a pinned clock. */

export const STATUS_WORDS: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  resolved: 'Resolved',
  let_go: 'Let go',
};

/** Status is always a word and an icon, never colour alone (UI.md "Colour"). */
export const STATUS_ICONS: Record<GoalStatus, IconName> = {
  active: 'target',
  achieved: 'check',
  resolved: 'check',
  let_go: 'letGo',
};

export function isOpen(goal: Pick<Goal, 'status'>): boolean {
  return goal.status === 'active';
}

export function statusesFor(kind: GoalKind): GoalStatus[] {
  return kind === 'goal' ? ['active', 'achieved', 'let_go'] : ['active', 'resolved', 'let_go'];
}

/** The one-step choices offered with a progress note: keep the status, or move it. */
export function progressChoices(goal: Pick<Goal, 'kind' | 'status'>): { value: GoalStatus | ''; label: string }[] {
  const moves: Record<GoalStatus, string> = {
    active: 'Reopen',
    achieved: 'Mark achieved',
    resolved: 'Mark resolved',
    let_go: 'Let go',
  };
  return [
    { value: '', label: 'No change' },
    ...statusesFor(goal.kind)
      .filter((status) => status !== goal.status)
      .map((status) => ({ value: status, label: moves[status] })),
  ];
}

export interface GoalGroup {
  kind: GoalKind;
  sphere: Sphere;
  title: string;
  /** Active first (in the order added), then the finished ones, most recently changed first. */
  goals: Goal[];
}

export function goalGroups(goals: readonly Goal[], kind: GoalKind): GoalGroup[] {
  return (['personal', 'professional'] as const).map((sphere) => {
    const mine = goals.filter((goal) => goal.kind === kind && goal.sphere === sphere);
    const open = mine.filter(isOpen).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const closed = mine.filter((goal) => !isOpen(goal)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { kind, sphere, title: sphere === 'personal' ? 'Personal' : 'Professional', goals: [...open, ...closed] };
  });
}

/** "a personal goal", "a professional challenge": for buttons and form titles. */
export function goalNoun(kind: GoalKind, sphere: Sphere): string {
  return `${sphere} ${kind}`;
}

/** The question an empty group asks the leader, built from what is missing. */
export function goalGroupInvite(kind: GoalKind, sphere: Sphere, name: string): string {
  if (kind === 'goal') {
    return sphere === 'personal'
      ? `What is ${name} working toward outside work? Worth asking when the moment is right.`
      : `Where does ${name} want to grow at work? Ask in your next one-on-one.`;
  }
  return sphere === 'personal'
    ? `Nothing noted about what is hard for ${name} outside work; only what they chose to share belongs here.`
    : `What gets in ${name}’s way at work? Naming it is the first step to clearing it.`;
}

/**
 * "Target in 3 weeks" / "Target was 2 days ago", with the absolute day for the tooltip. A goal that
 * is no longer open only shows the day it aimed for: "in 4 months" would read as still to do.
 */
export function targetWording(targetOn: string, now: Date, locale: Locale, open = true): { text: string; title: string; past: boolean } {
  const relative = relativeDay(targetOn, now, locale);
  const day = parseLocalDay(targetOn);
  const past = day !== null && day.getTime() < startOfToday(now).getTime();
  const title = formatWeekdayDay(targetOn, locale);
  if (!open) return { text: `Target ${formatDay(targetOn, locale)}`, title, past: false };
  return { text: past ? `Target was ${relative}` : `Target ${relative}`, title, past };
}

function startOfToday(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** An example in the title field that fits the kind and sphere: a personal goal gets a personal example. */
export function goalTitlePlaceholder(kind: GoalKind, sphere: Sphere): string {
  const examples: Record<GoalKind, Record<Sphere, string>> = {
    goal: { professional: 'e.g. Lead the Q1 launch', personal: 'e.g. Run a half marathon' },
    challenge: { professional: 'e.g. Speaking up in large meetings', personal: 'e.g. Sleep since the baby arrived' },
  };
  return examples[kind][sphere];
}
