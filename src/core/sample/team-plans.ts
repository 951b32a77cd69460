import { pick } from './seeded-random';

/** How one sample person's history is shaped; every "ago" counts local days back from today. */
export interface PersonPlan {
  name: string;
  preferredName: string | null;
  role: string;
  team: string;
  cadenceDays: number;
  maxDays: number | null;
  /** When they were added to Tend. */
  addedAgo: number;
  /** The most recent investment, or null for nothing logged yet. */
  lastAgo: number | null;
  /** Snoozed through today + this many days. */
  snoozeFor: number | null;
  /** Their birthday comes round in this many days. */
  birthdayIn: number;
  /** A family member's birthday in this many days, if any. */
  familyBirthdayIn: number | null;
  /** An open promise of mine that was due this many days ago. */
  overduePromiseAgo: number | null;
  /** An open ask of theirs that was due this many days ago. */
  overdueAskAgo: number | null;
}

export const FIRST = ['Priya', 'Sam', 'Kofi', 'Ines', 'Mateo', 'Yuki', 'Amara', 'Lars', 'Noor', 'Diego', 'Hana', 'Tomasz', 'Zanele', 'Oren'];
export const LAST = ['Raman', 'Okafor', 'Mensah', 'García', 'Rossi', 'Tanaka', 'Nwosu', 'Berg', 'Haddad', 'López', 'Kim', 'Nowak', 'Dube', 'Levi'];
export const ROLES = ['Senior Engineer', 'Product Designer', 'Engineer', 'Staff Engineer', 'Data Analyst', 'Engineering Manager', 'QA Engineer'];
export const TEAMS = ['Platform', 'Mobile', 'Growth', 'Design Systems'];

const person = (name: string, role: string, team: string, plan: Partial<PersonPlan>): PersonPlan => ({
  name,
  preferredName: null,
  role,
  team,
  cadenceDays: 7,
  maxDays: null,
  addedAgo: 400,
  lastAgo: 3,
  snoozeFor: null,
  birthdayIn: 120,
  familyBirthdayIn: null,
  overduePromiseAgo: null,
  overdueAskAgo: null,
  ...plan,
});

/**
 * The team a new user can load: every state Today shows, on whatever day it is loaded —
 * overdue, due, never, ok and paused people, an overdue promise, an overdue ask, and birthdays
 * within the week.
 */
export const SAMPLE_TEAM: readonly PersonPlan[] = [
  person('Priya Raman', 'Senior Engineer', 'Platform', { lastAgo: 16, overduePromiseAgo: 3 }),
  person('Kofi Mensah', 'Staff Engineer', 'Platform', { cadenceDays: 14, lastAgo: 31 }),
  person('Sam Okafor', 'Product Designer', 'Design Systems', { preferredName: 'Sammy', lastAgo: 9 }),
  person('Ines García', 'Engineer', 'Mobile', { lastAgo: 7, birthdayIn: 4 }),
  person('Mateo Rossi', 'Engineer', 'Growth', { addedAgo: 10, lastAgo: null }),
  person('Yuki Tanaka', 'Data Analyst', 'Growth', { addedAgo: 2, lastAgo: null }),
  person('Amara Nwosu', 'Engineering Manager', 'Mobile', { lastAgo: 2 }),
  person('Lars Berg', 'QA Engineer', 'Platform', { cadenceDays: 14, maxDays: 21, lastAgo: 5, overdueAskAgo: 2 }),
  person('Noor Haddad', 'Engineer', 'Design Systems', { lastAgo: 1, familyBirthdayIn: 2 }),
  person('Diego López', 'Senior Engineer', 'Growth', { lastAgo: 20, snoozeFor: 7 }),
];

/** The benchmark's team of `size`: random rhythms and gaps, a few birthdays and promises; names made unique. */
export function randomPlans(size: number, random: () => number): PersonPlan[] {
  return Array.from({ length: size }, (_, i) => {
    const cadenceDays = random() < 0.25 ? 14 : 7;
    return person(`${FIRST[i % FIRST.length]} ${LAST[(i * 5) % LAST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''}`, pick(random, ROLES), pick(random, TEAMS), {
      cadenceDays,
      addedAgo: 3700,
      lastAgo: Math.floor(random() * cadenceDays * 3),
      birthdayIn: Math.floor(random() * 365),
      overduePromiseAgo: random() < 0.2 ? 1 + Math.floor(random() * 10) : null,
    });
  });
}
