import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNT_LIMIT, RANK_WINDOW } from '../../../src/core/search/search-service';
import { DATABASE_FILE } from '../../../src/core/tend';
import { SEARCH_QUERY_TOO_LONG, type SearchHit, type SearchResult } from '../../../src/shared/search';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

const text = (hit: SearchHit) => hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');

describe('search.query', () => {
  it('finds a note by the start of a word, accents folded, with the word marked in the original text', async () => {
    const { tend, person } = await withPerson('Zoë Martin');
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Talked about the promotion with René', notedOn: '2026-11-20' }));
    const result = expectOk(await tend.dispatch('search.query', { query: 'promo rene', counts: true }));
    expect(result.hits.map(text)).toEqual(['Talked about the [promotion] with [René]']);
    expect(result.hits[0]).toMatchObject({ kind: 'note', day: '2026-11-20', person: { id: person.id, name: 'Zoë Martin', archived: false } });
    expect(result.counts).toEqual({ note: 1 });
    const byName = expectOk(await tend.dispatch('search.query', { query: 'zoe' }));
    expect(byName.hits.map((h) => h.kind)).toEqual(['person']);
  });
});

describe('search.query: order, paging and the ranking window', () => {
  it('newest first by the record\'s day, then the order written; keyset pages add up to the whole', async () => {
    const { tend, person } = await withPerson();
    const days = ['2026-11-01', '2026-10-15', '2026-11-20', '2025-01-02', '2026-11-20'];
    const ids: string[] = [];
    for (const [i, day] of days.entries()) ids.push(expectOk(await tend.dispatch('notes.save', { personId: person.id, body: `budget ${i}`, notedOn: day })).id);
    const whole = expectOk(await tend.dispatch('search.query', { query: 'budget' }));
    expect(whole.hits.map((h) => h.day)).toEqual(['2026-11-20', '2026-11-20', '2026-11-01', '2026-10-15', '2025-01-02']);
    expect(whole.hits.map((h) => h.id)).toEqual([ids[4], ids[2], ids[0], ids[1], ids[3]]);
    expect(whole.nextCursor).toBeNull();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResult = expectOk(await tend.dispatch('search.query', { query: 'budget', limit: 2, cursor }));
      seen.push(...page.hits.map((h) => h.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(whole.hits.map((h) => h.id));
  });

  it('best match ranks the newest RANK_WINDOW matches only, and pages through them by keyset', async () => {
    const { tend, dataDir, person } = await withPerson();
    // Written straight to the file: RANK_WINDOW + 20 notes through the contract would take a while.
    const db = new BetterSqlite3(join(dataDir, DATABASE_FILE));
    const insert = db.prepare(`INSERT INTO notes (id, person_id, kind, body, noted_on, created_at, updated_at) VALUES (?, ?, 'other', ?, ?, ?, ?)`);
    db.transaction(() => {
      // The oldest note says "budget" most often: the best match of all, but outside the window.
      insert.run(randomUUID(), person.id, 'budget budget budget budget budget', '2020-01-01', TEST_START, TEST_START);
      for (let i = 0; i < RANK_WINDOW + 20; i++) {
        const day = `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        insert.run(randomUUID(), person.id, i === RANK_WINDOW - 1 ? 'budget budget budget' : `budget and ${'filler '.repeat(i % 7)}`, day, TEST_START, TEST_START);
      }
    })();
    db.close();
    const best = expectOk(await tend.dispatch('search.query', { query: 'budget', sort: 'best', limit: 5 }));
    expect(best.hits[0]!.snippet.filter((s) => s.hit)).toHaveLength(3);
    const ranked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResult = expectOk(await tend.dispatch('search.query', { query: 'budget', sort: 'best', limit: 100, cursor }));
      ranked.push(...page.hits.map((h) => h.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(ranked).toHaveLength(RANK_WINDOW);
    expect(new Set(ranked).size).toBe(RANK_WINDOW);
    expect(ranked[0]).toBe(best.hits[0]!.id);
    const counted = expectOk(await tend.dispatch('search.query', { query: 'budget', counts: true }));
    expect(counted).toMatchObject({ counts: { note: COUNT_LIMIT }, countsCapped: true });
  });

  it('refuses a cursor it did not give, and a query over 500 characters, each with a sentence', async () => {
    const { tend } = await withPerson();
    const cursor = await tend.dispatch('search.query', { query: 'x', cursor: 'newest:abc' });
    expect(cursor).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'cursor' } });
    const long = await tend.dispatch('search.query', { query: 'a'.repeat(501) });
    expect(long).toEqual({ ok: false, error: { code: 'invalid_input', field: 'query', message: SEARCH_QUERY_TOO_LONG } });
    expect(expectOk(await tend.dispatch('search.query', { query: 'a'.repeat(500) })).hits).toEqual([]);
  });
});

describe('search.query: filters', () => {
  async function team() {
    const t = await withPerson('Sam Rivera');
    const { tend, person: sam } = t;
    const zoe = expectOk(await tend.dispatch('people.save', { name: 'Zoë Martin' }));
    expectOk(await tend.dispatch('notes.save', { personId: sam.id, body: 'offsite plan', notedOn: '2026-11-20' }));
    expectOk(await tend.dispatch('notes.save', { personId: zoe.id, body: 'offsite budget', notedOn: '2026-08-01' }));
    expectOk(await tend.dispatch('notes.save', { personId: zoe.id, body: 'offsite last year', notedOn: '2025-11-01' }));
    const mine = expectOk(await tend.dispatch('commitments.save', { personId: sam.id, text: 'Book the offsite venue', owner: 'me' }));
    expectOk(await tend.dispatch('commitments.save', { personId: zoe.id, text: 'Draft the offsite agenda', owner: 'them' }));
    expectOk(await tend.dispatch('commitments.complete', { id: mine.id }));
    expectOk(await tend.dispatch('journal.save', { day: '2026-11-22', body: 'Thinking about the offsite', revision: 1 }));
    return { ...t, sam, zoe };
  }
  const texts = (result: SearchResult) => result.hits.map(text);

  it.each<[string, string[]]>([
    ['offsite person:sam', ['Book the [offsite] venue', '[offsite] plan']],
    ['offsite person:"Martin, Zoe"', ['Draft the [offsite] agenda', '[offsite] budget', '[offsite] last year']],
    ['offsite kind:note', ['[offsite] plan', '[offsite] budget', '[offsite] last year']],
    ['offsite kind:journal', ['Thinking about the [offsite]']],
    ['offsite before:2026-08-01', ['[offsite] last year']],
    ['offsite after:2026-08-01', ['Book the [offsite] venue', 'Draft the [offsite] agenda', 'Thinking about the [offsite]', '[offsite] plan']],
    ['offsite this month', ['Book the [offsite] venue', 'Draft the [offsite] agenda', 'Thinking about the [offsite]', '[offsite] plan']],
    ['offsite last 120 days', ['Book the [offsite] venue', 'Draft the [offsite] agenda', 'Thinking about the [offsite]', '[offsite] plan', '[offsite] budget']],
    ['offsite mine', ['Book the [offsite] venue']],
    ['offsite their asks', ['Draft the [offsite] agenda']],
    ['offsite open', ['Draft the [offsite] agenda']],
    ['offsite done', ['Book the [offsite] venue']],
    ['offsite -budget -plan kind:note', ['[offsite] last year']],
    ['offsite person:nobody', []],
    ['offsite after:2026-12-01 before:2026-01-01', []],
  ])('%s', async (query, expected) => {
    const { tend } = await team();
    expect(texts(expectOk(await tend.dispatch('search.query', { query })))).toEqual(expected);
  });

  it('filters alone browse newest first, opening each record with its first words', async () => {
    const { tend, zoe } = await team();
    const result = expectOk(await tend.dispatch('search.query', { query: 'person:zoe kind:note' }));
    expect(texts(result)).toEqual(['offsite budget', 'offsite last year']);
    expect(result.understood.filters.map((f) => f.label)).toEqual(['Person: zoe', 'Notes']);
    const chips = expectOk(await tend.dispatch('search.query', { query: '', filters: { personIds: [zoe.id], kinds: ['commitment'] } }));
    expect(texts(chips)).toEqual(['Draft the offsite agenda']);
    const excludedOnly = expectOk(await tend.dispatch('search.query', { query: '-budget kind:note' }));
    expect(texts(excludedOnly)).toEqual(['offsite plan', 'offsite last year']);
  });

  it('counts every kind the words find, whatever the kind filter', async () => {
    const { tend } = await team();
    const result = expectOk(await tend.dispatch('search.query', { query: 'offsite kind:note', counts: true }));
    expect(result.counts).toEqual({ note: 3, commitment: 2, journal: 1 });
    expect(result.countsCapped).toBe(false);
  });

  it('counts only the chosen kinds when a kind filter stands without words: what it lists, not the whole journal', async () => {
    const { tend, zoe } = await team();
    const written = expectOk(await tend.dispatch('search.query', { query: 'kind:commitment', counts: true }));
    expect(written.counts).toEqual({ commitment: written.hits.length });
    const chosen = expectOk(await tend.dispatch('search.query', { query: '', filters: { kinds: ['note'] }, counts: true }));
    expect(chosen.counts).toEqual({ note: chosen.hits.length });
    const withPerson = expectOk(await tend.dispatch('search.query', { query: 'kind:note', filters: { personIds: [zoe.id] }, counts: true }));
    expect(withPerson.counts).toEqual({ note: 2 });
  });
});

describe('search.query: a word longer than the prefix indexes', () => {
  it('is matched whole only while no longer word starts so: the same hits, highlights and scores as its prefix', async () => {
    const { tend, person } = await withPerson();
    const save = async (body: string, notedOn: string) => expectOk(await tend.dispatch('notes.save', { personId: person.id, body, notedOn }));
    await save('Budget for the conference in May', '2026-11-01');
    await save('Conference travel approved', '2026-11-02');
    await save('Talked through her kilimanjaro climb', '2026-11-03');
    const texts = async (query: string, sort: 'newest' | 'best' = 'newest') =>
      expectOk(await tend.dispatch('search.query', { query, sort })).hits.map(text);
    expect(await texts('conference')).toEqual(['[Conference] travel approved', 'Budget for the [conference] in May']);
    expect(await texts('CONFERENCE budget')).toEqual(['[Budget] for the [conference] in May']);
    expect(await texts('budget -conference')).toEqual([]);

    // A longer word now starts with the typed one: it is a prefix again, in every part of the query.
    await save('Two conferences next quarter, one budget', '2026-11-04');
    await save('Conférencegoers booked', '2026-11-05');
    expect(await texts('conference')).toEqual([
      '[Conférencegoers] booked',
      'Two [conferences] next quarter, one budget',
      '[Conference] travel approved',
      'Budget for the [conference] in May',
    ]);
    expect(await texts('conference', 'best')).toHaveLength(4);
    expect(await texts('budget conference')).toEqual(['Two [conferences] next quarter, one [budget]', '[Budget] for the [conference] in May']);
    expect(await texts('budget -conference')).toEqual([]);
    expect(await texts('kilimanjaro or conferencegoers')).toEqual(['[Conférencegoers] booked', 'Talked through her [kilimanjaro] climb']);
    // Accented as typed: FTS5 folds it, and the `*` always stays.
    expect(await texts('conférence')).toHaveLength(4);
  });
});
