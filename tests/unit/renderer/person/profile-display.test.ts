import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import type { ImportantDate } from '../../../../src/shared/dates';
import type { PersonalDetail } from '../../../../src/shared/details';
import type { Goal } from '../../../../src/shared/goals';
import { confirmNameMatches, deletionSummary, joinAnd } from '../../../../src/renderer/features/person/person-delete';
import { birthdayWording, detailGroups } from '../../../../src/renderer/features/person/details/detail-display';
import { dateWhen, daysAheadWording, yearsWording } from '../../../../src/renderer/features/person/dates/date-display';
import { goalGroups, goalTitlePlaceholder, progressChoices, targetWording } from '../../../../src/renderer/features/person/goals/goal-display';
import { scaleWording } from '../../../../src/renderer/features/timeline/note-display';

// Monday 23 November 2026, 09:00 in New York (vitest pins TZ=America/New_York).
const NOW = new Date('2026-11-23T14:00:00.000Z');

function goal(partial: Partial<Goal>): Goal {
  return {
    id: partial.title ?? 'g',
    personId: 'p',
    kind: 'goal',
    sphere: 'personal',
    title: 'g',
    detail: null,
    status: 'active',
    targetOn: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    progress: [],
    ...partial,
  };
}

function date(partial: Partial<ImportantDate>): ImportantDate {
  return {
    id: 'd',
    personId: 'p',
    kind: 'custom',
    title: 'Moves house',
    on: '2026-12-10',
    yearly: false,
    daysAhead: 7,
    note: null,
    nextOn: '2026-12-10',
    daysUntil: 17,
    soon: false,
    years: null,
    updatedAt: '2026-11-20T14:00:00.000Z',
    ...partial,
  };
}

describe('goals and challenges', () => {
  it('groups by sphere, active first in the order added, finished ones after, latest change first', () => {
    const goals = [
      goal({ title: 'done early', status: 'achieved', updatedAt: '2026-03-01T00:00:00.000Z' }),
      goal({ title: 'second', createdAt: '2026-02-01T00:00:00.000Z' }),
      goal({ title: 'first', createdAt: '2026-01-15T00:00:00.000Z' }),
      goal({ title: 'let go lately', status: 'let_go', updatedAt: '2026-11-01T00:00:00.000Z' }),
      goal({ title: 'at work', sphere: 'professional' }),
      goal({ title: 'a challenge', kind: 'challenge' }),
    ];
    const [personal, professional] = goalGroups(goals, 'goal');
    expect(personal?.goals.map((g) => g.title)).toEqual(['first', 'second', 'let go lately', 'done early']);
    expect(professional?.goals.map((g) => g.title)).toEqual(['at work']);
    expect(goalGroups(goals, 'challenge')[0]?.goals.map((g) => g.title)).toEqual(['a challenge']);
  });

  it('offers the status moves that fit the kind, as one step with the progress note', () => {
    expect(progressChoices({ kind: 'goal', status: 'active' }).map((c) => c.label)).toEqual(['No change', 'Mark achieved', 'Let go']);
    expect(progressChoices({ kind: 'challenge', status: 'active' }).map((c) => c.value)).toEqual(['', 'resolved', 'let_go']);
    expect(progressChoices({ kind: 'goal', status: 'achieved' }).map((c) => c.label)).toEqual(['No change', 'Reopen', 'Let go']);
  });

  it('words a target date relative to today, with the day itself for the tooltip', () => {
    expect(targetWording('2026-12-14', NOW, enUS)).toEqual({ text: 'Target in 21 days', title: 'Mon 14 Dec 2026', past: false });
    expect(targetWording('2026-11-21', NOW, enUS)).toMatchObject({ text: 'Target was 2 days ago', past: true });
    expect(targetWording('2026-11-23', NOW, enUS)).toMatchObject({ text: 'Target today', past: false });
    // A goal no longer open shows the day it aimed for, never "in 4 months" (issue 7).
    expect(targetWording('2027-03-23', NOW, enUS, false)).toEqual({ text: 'Target 23 Mar 2027', title: 'Tue 23 Mar 2027', past: false });
    expect(targetWording('2026-11-21', NOW, enUS, false)).toMatchObject({ text: 'Target 21 Nov 2026', past: false });
  });
});

describe('important dates', () => {
  it('says when a date comes round, or when a one-off was', () => {
    expect(dateWhen(date({}), NOW, enUS)).toEqual({ text: 'in 17 days', title: 'Thu 10 Dec 2026', past: false });
    expect(dateWhen(date({ nextOn: '2026-11-24' }), NOW, enUS).text).toBe('tomorrow');
    expect(dateWhen(date({ on: '2026-10-01', nextOn: null, daysUntil: null }), NOW, enUS)).toMatchObject({ text: 'was 1 month ago', past: true });
  });

  it('counts the years the way people say them', () => {
    expect(yearsWording(date({ kind: 'birthday', years: 37 }))).toBe('turns 37');
    expect(yearsWording(date({ kind: 'family_birthday', years: 8 }))).toBe('turns 8');
    // A child's first birthday still to come: there is no age to turn (issue 7).
    expect(yearsWording(date({ kind: 'family_birthday', years: 0 }))).toBeNull();
    expect(yearsWording(date({ kind: 'birthday', years: 0 }))).toBeNull();
    expect(yearsWording(date({ kind: 'anniversary', years: 1 }))).toBe('1 year at work');
    expect(yearsWording(date({ kind: 'anniversary', years: 5 }))).toBe('5 years at work');
    expect(yearsWording(date({ kind: 'custom', yearly: true, years: 10 }))).toBe('10 years');
    expect(yearsWording(date({ years: null }))).toBeNull();
  });

  it('words the reminder window', () => {
    expect(daysAheadWording(0)).toBe('Reminds on the day');
    expect(daysAheadWording(1)).toBe('Reminds 1 day ahead');
    expect(daysAheadWording(14)).toBe('Reminds 14 days ahead');
  });
});

describe('family & personal', () => {
  const detail = (partial: Partial<PersonalDetail>): PersonalDetail => ({
    id: 'maya',
    personId: 'p',
    kind: 'family',
    name: 'Maya',
    relation: 'daughter',
    birthday: '2018-12-01',
    note: null,
    createdAt: '',
    updatedAt: '',
    ...partial,
  });

  it('puts family and pets together, then hobbies, passions and good to know', () => {
    const groups = detailGroups([detail({}), detail({ id: 'b', kind: 'pet', name: 'Biscuit' }), detail({ id: 'c', kind: 'hobby', name: 'Chess' })]);
    expect(groups.map((g) => [g.key, g.details.map((d) => d.name)])).toEqual([
      ['family', ['Maya', 'Biscuit']],
      ['hobby', ['Chess']],
      ['passion', []],
      ['good_to_know', []],
    ]);
  });

  it('reads a family member’s next birthday from the date the core derived', () => {
    const dates = [date({ id: 'detail:maya', kind: 'family_birthday', nextOn: '2026-12-01', daysUntil: 8, years: 8 })];
    expect(birthdayWording(detail({}), dates, NOW, enUS)).toBe('turns 8 in 8 days');
    expect(birthdayWording(detail({ id: 'other' }), dates, NOW, enUS)).toBeNull();
  });
});

describe('notes', () => {
  it('words mood and energy as the leader perceived them', () => {
    expect(scaleWording('Mood', 4)).toBe('Mood 4/5 · good');
    expect(scaleWording('Energy', 1)).toBe('Energy 1/5 · drained');
    expect(scaleWording('Mood', null)).toBeNull();
  });
});


describe('deleting a person', () => {
  it('says what goes with them, counting only what exists', () => {
    const profile = {
      matters: [{}, {}],
      goals: [goal({ progress: [{}, {}, {}] as Goal['progress'] }), goal({})],
      details: [{}],
      dates: [date({ kind: 'birthday' }), date({ kind: 'anniversary' }), date({ kind: 'family_birthday' })],
      noteCount: 1204,
    } as Parameters<typeof deletionSummary>[0];
    expect(deletionSummary(profile)).toEqual([
      '2 things that matter',
      '2 goals and challenges with 3 progress notes',
      '1 personal detail',
      '1 important date',
      '1,204 notes',
    ]);
    expect(deletionSummary({ matters: [], goals: [], details: [], dates: [], noteCount: 0 })).toEqual([]);
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinAnd(['a'])).toBe('a');
  });

  it('matches the confirmation the way the core does', () => {
    expect(confirmNameMatches(' kofi mensah ', 'Kofi Mensah')).toBe(true);
    expect(confirmNameMatches('Kofi', 'Kofi Mensah')).toBe(false);
  });
});

describe('goal title examples', () => {
  it.each([
    ['goal', 'personal', 'e.g. Run a half marathon'],
    ['goal', 'professional', 'e.g. Lead the Q1 launch'],
    ['challenge', 'personal', 'e.g. Sleep since the baby arrived'],
    ['challenge', 'professional', 'e.g. Speaking up in large meetings'],
  ] as const)('a %s in the %s sphere: %s', (kind, sphere, expected) => {
    expect(goalTitlePlaceholder(kind, sphere)).toBe(expected);
  });
});
