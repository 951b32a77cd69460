import type { FamilyFact, GoalFact, PerceivedFact, PrepFacts } from '../../../../../src/core/prep/questions';

/** Monday 23 November 2026, the day the fixtures pin (tests/fixtures: FIXED_NOW). */
export const TODAY = '2026-11-23';
export const SAM = 'person-sam';

/** What the prep sheet knows about Sam (Samuel Okafor), added long ago, with nothing else recorded. */
export function factsFor(overrides: Partial<PrepFacts> = {}): PrepFacts {
  return {
    person: { id: SAM, name: 'Samuel Okafor', preferredName: 'Sam', addedOn: '2025-01-06' },
    matters: [],
    goals: [],
    family: [],
    personalDetails: 0,
    importantDates: [],
    perceived: [],
    investments: [],
    commitments: [],
    ...overrides,
  };
}

export function goal(fields: Partial<GoalFact> & Pick<GoalFact, 'id'>): GoalFact {
  return {
    kind: 'goal',
    sphere: 'professional',
    title: `Title of ${fields.id}`,
    status: 'active',
    targetOn: null,
    createdOn: '2026-01-10',
    lastProgressOn: null,
    ...fields,
  };
}

export function familyMember(fields: Partial<FamilyFact> & Pick<FamilyFact, 'id' | 'name'>): FamilyFact {
  return { relation: null, birthday: null, ...fields };
}

/** Notes newest first, named n1 (newest), n2, …; each pair is [mood, energy]. */
export function perceived(...pairs: [number | null, number | null][]): PerceivedFact[] {
  return pairs.map(([mood, energy], index) => ({
    noteId: `n${index + 1}`,
    notedOn: `2026-11-${String(20 - index).padStart(2, '0')}`,
    mood,
    energy,
  }));
}
