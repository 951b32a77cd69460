import { describe, expect, it } from 'vitest';
import { findInPageQuery, paletteOffer } from '../../../../src/renderer/features/palette/palette-items';

const person = (id: string, name: string, preferredName: string | null = null, archivedAt: string | null = null) => ({
  id,
  name,
  preferredName,
  role: null,
  archivedAt,
});

const team = [
  person('sam', 'Samuel Rivera', 'Sam'),
  person('zoe', 'Zoë Åberg'),
  person('priya', 'Priya Raman'),
  person('tim', 'Tim Okafor'),
  person('kofi', 'Kofi Mensah', null, '2026-10-01T00:00:00.000Z'),
];

const labels = (query: string) => {
  const offer = paletteOffer(query, team, false);
  return { people: offer.people.map((item) => item.label), actions: offer.actions.map((item) => item.label) };
};

describe('paletteOffer', () => {
  it('offers every plain action and no one before anything is typed', () => {
    expect(labels('')).toEqual({
      people: [],
      actions: ['Today', 'This week’s 1:1s', 'People', 'Journal', 'Log time', 'Add a person', 'Search', 'Insights', 'Settings', 'Start presenting', 'Lock Tend', 'Keyboard shortcuts'],
    });
  });

  it('puts the people a name fits first, then their actions, then a search for the text', () => {
    expect(labels('Rivera, Sam')).toEqual({ people: ['Samuel Rivera'], actions: ['Log time for Sam', 'Prep for Sam', 'Search for “Rivera, Sam”'] });
    expect(labels('zoe')).toEqual({ people: ['Zoë Åberg'], actions: ['Log time for Zoë', 'Prep for Zoë', 'Search for “zoe”'] });
  });

  it('reads "log sam" and "prep pri" as asking for that action', () => {
    expect(labels('log sam').actions).toEqual(['Log time for Sam', 'Search for “log sam”']);
    expect(labels('log time for sam').actions[0]).toBe('Log time for Sam');
    expect(labels('prep pri').actions).toEqual(['Prep for Priya', 'Search for “prep pri”']);
  });

  it('takes a name that starts like a verb as a name ("tim" is not "time")', () => {
    expect(labels('tim')).toEqual({ people: ['Tim Okafor'], actions: ['Log time for Tim', 'Prep for Tim', 'Log time', 'Insights', 'Search for “tim”'] });
  });

  it('finds actions by their words, label first', () => {
    expect(labels('jour').actions).toEqual(['Journal', 'Search for “jour”']);
    expect(labels('set').actions).toEqual(['Settings', 'Search for “set”']);
    expect(labels('backup').actions).toEqual(['Settings', 'Search for “backup”']);
    expect(labels('pre').actions.slice(0, 1)).toEqual(['Start presenting']);
  });

  it('shows an archived person, labelled, but offers no actions for them', () => {
    const offer = paletteOffer('kofi', team, false);
    expect(offer.people.map((item) => [item.label, item.detail])).toEqual([['Kofi Mensah', 'archived']]);
    expect(offer.actions.map((item) => item.label)).toEqual(['Search for “kofi”']);
  });

  it('starts Ctrl/Cmd+F on a person’s page with a filter for them, quotes kept out of the name', () => {
    expect(findInPageQuery('Sam Rivera')).toBe('person:"Sam Rivera" ');
    expect(findInPageQuery('Kate "KK"  O’Brien')).toBe('person:"Kate KK O’Brien" ');
    expect(findInPageQuery(null)).toBe('');
  });

  it('says Stop presenting while presenting', () => {
    expect(paletteOffer('present', team, true).actions.map((item) => item.label)).toContain('Stop presenting');
  });
});
