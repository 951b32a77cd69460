import { expect, test } from 'vitest';
import { looksLikeOneOnOne, proposeMatch, type MatchPerson } from '../../../../src/core/schedule/match-event';

const SAM: MatchPerson = { id: 'sam', name: 'Samuel Okafor', preferredName: 'Sam', email: 'sam.okafor@example.com' };
const KOFI: MatchPerson = { id: 'kofi', name: 'Kofi Mensah', preferredName: null, email: null };
const ZOE: MatchPerson = { id: 'zoe', name: 'Zoë Dubois-Martin', preferredName: null, email: null };
const LEA: MatchPerson = { id: 'lea', name: 'Léa Martin', preferredName: 'Léa', email: null };
const TEAM = [SAM, KOFI, ZOE, LEA];
const ME = 'me@example.com';

test.each<[string, string, string[], string | null, string | null]>([
  ['the attendee’s address is a person’s (any case), with the user', 'Weekly sync', ['SAM.OKAFOR@example.com', ME], 'sam', 'email'],
  ['a third attendee makes it a group meeting, whatever the title', 'Sam / Alex', ['sam.okafor@example.com', ME, 'ana@example.com'], null, null],
  ['“1:1 Sam”, preferred name', '1:1 Sam', [], 'sam', 'title'],
  ['“Sam 1:1” and a moved note', 'Sam 1:1 (moved)', [], 'sam', 'title'],
  ['“1-1 with Kofi”', '1-1 with Kofi', [], 'kofi', 'title'],
  ['“Kofi <> Alex”: Alex is not on the team', 'Kofi <> Alex', [], 'kofi', 'title'],
  ['“Kofi<>Alex” without spaces', 'Kofi<>Alex', [], 'kofi', 'title'],
  ['“Alex / Zoe”: accents ignored', 'Alex / Zoe', [], 'zoe', 'title'],
  ['“one-on-one: lea martin”: accents and case', 'one-on-one: lea martin', [], 'lea', 'title'],
  ['two people on the team named: nobody proposed', 'Sam / Kofi', [], null, null],
  ['a title with no marker and no pair', 'Lunch with Sam', [], null, null],
  ['“Martin” is Léa’s: a hyphenated name is one word', '1:1 Martin', [], 'lea', 'title'],
  ['a partial word is not a name', '1:1 Sa', [], null, null],
])('%s', (_what, title, emails, personId, reason) => {
  expect(proposeMatch({ title, emails }, TEAM, ME)).toEqual({ personId, reason });
});

test('without the user’s address, two addresses still make a 1:1 and three do not', () => {
  expect(proposeMatch({ title: 'Sync', emails: ['sam.okafor@example.com', ME] }, TEAM, null)).toEqual({ personId: 'sam', reason: 'email' });
  expect(proposeMatch({ title: 'Sync', emails: ['sam.okafor@example.com', ME, 'x@example.com'] }, TEAM, null)).toEqual({ personId: null, reason: null });
});

test.each([
  ['1:1 Sam', true],
  ['Sam <> Alex', true],
  ['Kofi / Alex', true],
  ['Team standup', false],
  ['Q3 planning 2026/27', false],
])('looksLikeOneOnOne(%j) is %s', (title, expected) => {
  expect(looksLikeOneOnOne(title)).toBe(expected);
});

test('a name two people share proposes no one (the review step asks)', () => {
  const other: MatchPerson = { id: 'sam2', name: 'Sam Rivera', preferredName: null, email: null };
  expect(proposeMatch({ title: '1:1 Sam', emails: [] }, [...TEAM, other], ME)).toEqual({ personId: null, reason: null });
  expect(proposeMatch({ title: '1:1 Sam Rivera', emails: [] }, [...TEAM, other], ME)).toEqual({ personId: 'sam2', reason: 'title' });
});
