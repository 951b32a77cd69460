import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../fixtures/dump';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('talking points', () => {
  it('queues in order, reorders, ticks off with the day and requeues last', async () => {
    const { tend, person } = await withPerson();
    const ids: string[] = [];
    for (const text of ['Promo case', 'Holiday cover', 'Conference talk']) {
      ids.push(expectOk(await tend.dispatch('talkingPoints.save', { personId: person.id, text })).id);
    }
    const reordered = expectOk(await tend.dispatch('talkingPoints.reorder', { personId: person.id, ids: [ids[2]!, ids[0]!, ids[1]!] }));
    expect(reordered.map((p) => p.text)).toEqual(['Conference talk', 'Promo case', 'Holiday cover']);
    const discussed = expectOk(await tend.dispatch('talkingPoints.discuss', { id: ids[2]! }));
    expect(discussed.discussedOn).toBe('2026-11-23');
    const profile = expectOk(await tend.dispatch('people.profile', { id: person.id }));
    expect(profile.talkingPoints.queued.map((p) => p.text)).toEqual(['Promo case', 'Holiday cover']);
    expect(profile.talkingPoints.recentlyDiscussed.map((p) => p.text)).toEqual(['Conference talk']);
    const back = expectOk(await tend.dispatch('talkingPoints.requeue', { id: ids[2]! }));
    expect(back.discussedOn).toBeNull();
    expect(expectOk(await tend.dispatch('people.profile', { id: person.id })).talkingPoints.queued.map((p) => p.text)).toEqual([
      'Promo case',
      'Holiday cover',
      'Conference talk',
    ]);
  });

  it('reorder must name exactly the person’s queued points; bad input writes nothing', async () => {
    const { tend, person } = await withPerson();
    const other = expectOk(await tend.dispatch('people.save', { name: 'Sam Okafor' }));
    const mine = expectOk(await tend.dispatch('talkingPoints.save', { personId: person.id, text: 'One' }));
    const two = expectOk(await tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Two' }));
    const theirs = expectOk(await tend.dispatch('talkingPoints.save', { personId: other.id, text: 'Theirs' }));
    const done = expectOk(await tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Done' }));
    expectOk(await tend.dispatch('talkingPoints.discuss', { id: done.id }));
    const before = dumpTables(tend.databaseFile);
    for (const ids of [[mine.id], [mine.id, two.id, theirs.id], [mine.id, theirs.id], [mine.id, two.id, done.id]]) {
      expect(expectError(await tend.dispatch('talkingPoints.reorder', { personId: person.id, ids }))).toMatchObject({ code: 'invalid_input', field: 'ids' });
    }
    expect(expectError(await tend.dispatch('talkingPoints.reorder', { personId: person.id, ids: [mine.id, mine.id] }))).toMatchObject({ field: 'ids' });
    expect(expectError(await tend.dispatch('talkingPoints.save', { personId: person.id, text: '' }))).toMatchObject({ field: 'text' });
    expect(dumpTables(tend.databaseFile)).toEqual(before);
  });
});
