import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../src/shared/search';
import { notListed, routeOfHit, textItemOf } from '../../../../src/renderer/features/palette/text-results';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'note',
  id: 'n1',
  goalId: null,
  person: { id: 'sam', name: 'Sam Rivera', archived: false },
  day: '2026-11-20',
  snippet: [
    { text: 'the ', hit: false },
    { text: 'promotion', hit: true },
  ],
  ...over,
});

describe('text results in the palette', () => {
  it.each<[string, Partial<SearchHit>, ReturnType<typeof routeOfHit>]>([
    ['a note opens its person', {}, { name: 'person', id: 'sam' }],
    ['a goal’s progress opens its person', { kind: 'progress', goalId: 'g1' }, { name: 'person', id: 'sam' }],
    ['a journal entry opens its day', { kind: 'journal', person: null, day: '2026-10-02' }, { name: 'journal', day: '2026-10-02' }],
    ['a person opens their page', { kind: 'person', id: 'priya', person: { id: 'priya', name: 'Priya Raman', archived: false } }, { name: 'person', id: 'priya' }],
  ])('%s', (_, over, route) => expect(routeOfHit(hit(over))).toEqual(route));

  it('describes a hit by kind and person, keeping the snippet’s pieces as given', () => {
    const item = textItemOf(hit({}));
    expect(item.label).toBe('Note · Sam Rivera');
    expect(item.day).toBe('2026-11-20');
    expect(item.snippet).toEqual(hit({}).snippet);
    expect(textItemOf(hit({ kind: 'journal', person: null })).label).toBe('Journal');
    expect(textItemOf(hit({ kind: 'person', id: 'sam' })).label).toBe('Person');
  });

  it('leaves out a person the People group already lists, but keeps their notes', () => {
    const samFound = textItemOf(hit({ kind: 'person', id: 'sam' }));
    const samsNote = textItemOf(hit({}));
    const priyaFound = textItemOf(hit({ kind: 'person', id: 'priya', person: { id: 'priya', name: 'Priya Raman', archived: false } }));
    const listed = [{ key: 'person:sam', label: 'Samuel Rivera', action: { do: 'go' as const, route: { name: 'person' as const, id: 'sam' } } }];
    expect(notListed([samFound, samsNote, priyaFound], listed)).toEqual([samsNote, priyaFound]);
  });
});
