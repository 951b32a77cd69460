import { format, type Locale } from 'date-fns';
import type { ImportantDate } from '../../../shared/dates';
import type { DetailKind, PersonalDetail } from '../../../shared/details';
import type { Goal, GoalKind, GoalStatus, Sphere } from '../../../shared/goals';
import type { NoteKind } from '../../../shared/notes';
import { parseLocalDay, relativeDay } from '../../app/dates';
import type { IconName } from '../../ui/icon';

/** How the Person page words its records: pure, so every phrase can be tested with a pinned clock. */

// ── Goals and challenges ──────────────────────────────────────────────────────
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

/** "Target in 3 weeks" / "Target was 2 days ago", with the absolute day for the tooltip. */
export function targetWording(targetOn: string, now: Date, locale: Locale): { text: string; title: string; past: boolean } {
  const relative = relativeDay(targetOn, now, locale);
  const day = parseLocalDay(targetOn);
  const past = day !== null && day.getTime() < startOfToday(now).getTime();
  return {
    text: past ? `Target was ${relative}` : `Target ${relative}`,
    title: day ? format(day, 'EEE, PP', { locale }) : targetOn,
    past,
  };
}

function startOfToday(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

// ── Important dates ───────────────────────────────────────────────────────────
export const DATE_ICONS: Record<ImportantDate['kind'], IconName> = {
  birthday: 'cake',
  family_birthday: 'cake',
  anniversary: 'briefcase',
  custom: 'calendar',
};

/** When a date next comes round: "today", "in 4 days", or "was 3 weeks ago" for a past one-off. */
export function dateWhen(date: ImportantDate, now: Date, locale: Locale): { text: string; title: string; past: boolean } {
  const day = date.nextOn ?? date.on;
  const parsed = parseLocalDay(day);
  const title = parsed ? format(parsed, 'EEE, PP', { locale }) : day;
  if (date.nextOn === null) return { text: `was ${relativeDay(date.on, now, locale)}`, title, past: true };
  return { text: relativeDay(date.nextOn, now, locale), title, past: false };
}

/** "turns 37", "5 years at work", "10 years": the count reached on the next occurrence. */
export function yearsWording(date: ImportantDate): string | null {
  if (date.years === null) return null;
  const years = date.years;
  if (date.kind === 'birthday' || date.kind === 'family_birthday') return `turns ${years}`;
  if (date.kind === 'anniversary') return `${years} ${years === 1 ? 'year' : 'years'} at work`;
  return years === 0 ? null : `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** What kind of date it is, in a few words for the row's second line. */
export function dateKindWording(date: ImportantDate): string {
  switch (date.kind) {
    case 'birthday':
      return 'Birthday';
    case 'anniversary':
      return 'From “started on”';
    case 'family_birthday':
      return date.note ? `Family · ${date.note}` : 'Family';
    default:
      return date.yearly ? 'Every year' : 'Once';
  }
}

/** Derived dates are edited where they come from: "started on" or the family member. */
export function isStoredDate(date: ImportantDate): boolean {
  return date.kind === 'birthday' || date.kind === 'custom';
}

export function hasBirthday(dates: readonly ImportantDate[]): boolean {
  return dates.some((date) => date.kind === 'birthday');
}

export function daysAheadWording(days: number): string {
  if (days === 0) return 'Reminds on the day';
  return `Reminds ${days} ${days === 1 ? 'day' : 'days'} ahead`;
}

// ── Family & personal ─────────────────────────────────────────────────────────
export interface DetailGroup {
  key: 'family' | 'hobby' | 'passion' | 'good_to_know';
  title: string;
  /** The kind a new entry in this group starts as. */
  kind: DetailKind;
  addLabel: string;
  details: PersonalDetail[];
}

export function detailGroups(details: readonly PersonalDetail[]): DetailGroup[] {
  const of = (...kinds: DetailKind[]) => details.filter((detail) => kinds.includes(detail.kind));
  return [
    { key: 'family', title: 'Family & pets', kind: 'family', addLabel: 'Add family member or pet', details: of('family', 'pet') },
    { key: 'hobby', title: 'Hobbies', kind: 'hobby', addLabel: 'Add hobby', details: of('hobby') },
    { key: 'passion', title: 'Passions', kind: 'passion', addLabel: 'Add passion', details: of('passion') },
    { key: 'good_to_know', title: 'Good to know', kind: 'good_to_know', addLabel: 'Add something good to know', details: of('good_to_know') },
  ];
}

export const DETAIL_NAME_LABELS: Record<DetailKind, string> = {
  family: 'Name',
  pet: 'Name',
  hobby: 'Hobby',
  passion: 'Passion',
  good_to_know: 'Good to know',
};

/** "turns 8 in 8 days": a family member's or pet's next birthday, from the derived important date. */
export function birthdayWording(detail: PersonalDetail, dates: readonly ImportantDate[], now: Date, locale: Locale): string | null {
  const date = dates.find((candidate) => candidate.id === `detail:${detail.id}`);
  if (!date || date.nextOn === null) return null;
  const when = relativeDay(date.nextOn, now, locale);
  return date.years !== null && date.years > 0 ? `turns ${date.years} ${when}` : `birthday ${when}`;
}

// ── Notes ─────────────────────────────────────────────────────────────────────
export const NOTE_KIND_WORDS: Record<NoteKind, string> = {
  one_on_one: 'One-on-one',
  observation: 'Observation',
  feedback_praise: 'Praise',
  feedback_constructive: 'Constructive feedback',
  other: 'Other',
};

export const NOTE_KIND_ICONS: Record<NoteKind, IconName> = {
  one_on_one: 'people',
  observation: 'eye',
  feedback_praise: 'star',
  feedback_constructive: 'compass',
  other: 'note',
};

export const MOOD_WORDS = ['Very low', 'Low', 'Okay', 'Good', 'Great'] as const;
export const ENERGY_WORDS = ['Drained', 'Low', 'Steady', 'High', 'Full of energy'] as const;

/** "Mood 4/5 · good": as the leader perceived it. */
export function scaleWording(label: 'Mood' | 'Energy', value: number | null): string | null {
  if (value === null) return null;
  const words = label === 'Mood' ? MOOD_WORDS : ENERGY_WORDS;
  return `${label} ${value}/5 · ${(words[value - 1] ?? '').toLowerCase()}`;
}
