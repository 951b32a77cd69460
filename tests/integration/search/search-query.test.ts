import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/search';
import { expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

const text = (hit: SearchHit) => hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('search.query', () => {
  it('finds a note by the start of a word, accents folded, with the word marked in the original text', async () => {
    const { tend, person } = await withPerson('Zoë Martin');
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Talked about the promotion with René', notedOn: '2026-11-20' }));
    const result = expectOk(await tend.dispatch('search.query', { query: 'promo rene' }));
    expect(result.hits.map(text)).toEqual(['Talked about the [promotion] with [René]']);
    expect(result.hits[0]).toMatchObject({ kind: 'note', day: '2026-11-20', person: { id: person.id, name: 'Zoë Martin', archived: false } });
    expect(result.counts).toEqual({ note: 1 });
    const byName = expectOk(await tend.dispatch('search.query', { query: 'zoe' }));
    expect(byName.hits.map((h) => h.kind)).toEqual(['person']);
  });
});
