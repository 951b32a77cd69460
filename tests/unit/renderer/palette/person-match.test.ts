import { describe, expect, it } from 'vitest';
import { matchPeopleByName, personScore, wordsOf } from '../../../../src/renderer/features/palette/person-match';

const person = (name: string, preferredName: string | null = null, archivedAt: string | null = null) => ({ name, preferredName, archivedAt });

const sam = person('Samuel Rivera', 'Sam');
const zoe = person('Zoë Åberg');
const rene = person('René Dubois-Martin');
const priya = person('Priya Raman');
const samantha = person('Samantha Okafor');
const kofi = person('Kofi Mensah', null, '2026-10-01T00:00:00.000Z');
const obrien = person('Kate O’Brien');

describe('wordsOf', () => {
  it.each([
    ['Rivera, Sam', ['rivera', 'sam']],
    ['  Zoë   Åberg ', ['zoe', 'aberg']],
    ['René Dubois-Martin', ['rene', 'dubois', 'martin']],
    ['O’Brien', ['obrien']],
    ['', []],
  ])('%s → %j', (text, words) => expect(wordsOf(text)).toEqual(words));
});

describe('personScore: who a typed text names', () => {
  it.each<[string, ReturnType<typeof person>, boolean]>([
    ['sam', sam, true],
    ['Sam Rivera', sam, true],
    ['rivera sam', sam, true],
    ['Rivera, Sam', sam, true],
    ['samuel rivera', sam, true],
    ['riv', sam, true],
    ['sr', sam, true],
    ['SR', sam, true],
    ['zoe', zoe, true],
    ['ZOË', zoe, true],
    ['aberg', zoe, true],
    ['za', zoe, true],
    ['rene', rene, true],
    ['martin rene', rene, true],
    ['dubois', rene, true],
    ['rdm', rene, true],
    ['obrien', obrien, true],
    ["o'brien", obrien, true],
    ['kate o', obrien, true],
    ['kofi', kofi, true],
    ['sam x', sam, false],
    ['pr', sam, false],
    ['rs', priya, false],
    ['', sam, false],
    ['   ', sam, false],
    ['vera', sam, true],
    ['ve', sam, false],
  ])('%j names %s: %s', (query, who, names) => expect(personScore(query, who) > 0).toBe(names));

  it('ranks an exact name above prefixes, prefixes in order above out of order, and initials and inner text last', () => {
    expect(personScore('sam rivera', sam)).toBeGreaterThan(personScore('sam riv', sam));
    expect(personScore('sam riv', sam)).toBeGreaterThan(personScore('riv sam', sam));
    expect(personScore('riv sam', sam)).toBeGreaterThan(personScore('sr', sam));
    expect(personScore('sr', sam)).toBeGreaterThan(personScore('vera', sam));
  });

  it('puts an archived person after an active one who fits as well', () => {
    expect(personScore('kofi', kofi)).toBeLessThan(personScore('kofi', person('Kofi Adjei')));
    expect(personScore('kofi', kofi)).toBeGreaterThan(0);
  });
});

describe('matchPeopleByName', () => {
  const team = [samantha, priya, zoe, sam, rene, kofi, obrien];

  it('orders best fit first, then by name', () => {
    expect(matchPeopleByName('sam', team, 6).map((p) => p.name)).toEqual(['Samuel Rivera', 'Samantha Okafor']);
    expect(matchPeopleByName('Rivera, Sam', team, 6).map((p) => p.name)).toEqual(['Samuel Rivera']);
    expect(matchPeopleByName('sa', team, 6).map((p) => p.name)).toEqual(['Samantha Okafor', 'Samuel Rivera']);
  });

  it('keeps to the limit', () => {
    expect(matchPeopleByName('s', team, 2)).toHaveLength(2);
  });
});
