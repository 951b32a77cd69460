import { describe, expect, it } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('a whole profile, built one record at a time', () => {
  it('stores what matters with why, four kinds of goals and challenges, family, dates and notes, and shows them after reopening', async () => {
    const t = await withPerson('Priya Raman', '2021-11-27');
    const { tend, person } = t;
    const personId = person.id;
    expectOk(await tend.dispatch('matters.save', { personId, what: 'Being home for bedtime', why: 'Her kids are 4 and 8' }));
    for (const kind of ['goal', 'challenge'] as const) {
      for (const sphere of ['personal', 'professional'] as const) {
        expectOk(await tend.dispatch('goals.save', { personId, kind, sphere, title: `${sphere} ${kind}` }));
      }
    }
    expectOk(await tend.dispatch('details.save', { personId, kind: 'family', name: 'Maya', relation: 'daughter', birthday: '2018-12-01' }));
    expectOk(await tend.dispatch('details.save', { personId, kind: 'hobby', name: 'Bouldering' }));
    expectOk(await tend.dispatch('dates.save', { personId, title: 'Moves house', on: '2026-12-10', daysAhead: 21 }));
    for (const body of ['First', 'Second', 'Third']) {
      expectOk(await tend.dispatch('notes.save', { personId, kind: 'one_on_one', body: `**${body}** note`, mood: 4 }));
    }
    tend.close();

    const reopened = await openTestTend({ dataDir: t.dataDir });
    const profile = expectOk(await reopened.tend.dispatch('people.profile', { id: personId }));
    expect(profile.matters).toMatchObject([{ what: 'Being home for bedtime', why: 'Her kids are 4 and 8', notedOn: '2026-11-23' }]);
    expect(profile.goals.map((g) => `${g.sphere} ${g.kind}`).sort()).toEqual([
      'personal challenge',
      'personal goal',
      'professional challenge',
      'professional goal',
    ]);
    expect(profile.details.map((d) => d.name)).toEqual(['Maya', 'Bouldering']);
    expect(profile.noteCount).toBe(3);
    // Today is 2026-11-23: the anniversary (27th) is in 4 days, Maya's birthday in 8, the move in 17.
    expect(profile.dates.map((d) => [d.title, d.nextOn, d.daysUntil, d.soon, d.years])).toEqual([
      ['Work anniversary', '2026-11-27', 4, true, 5],
      ['Maya’s birthday', '2026-12-01', 8, false, 8],
      ['Moves house', '2026-12-10', 17, true, null],
    ]);
  });

  it('edits a record in place without touching its neighbours (last write wins per record)', async () => {
    const { tend, person, clock } = await withPerson();
    const a = expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Clear priorities', notedOn: '2026-10-01' }));
    const b = expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Learning Go' }));
    clock.advance(60_000);
    // Two "windows" edit different records at the same time: both survive.
    expectOk(await tend.dispatch('matters.save', { id: a.id, expectedUpdatedAt: a.updatedAt, personId: person.id, what: 'Clear priorities, written down', why: 'Anxiety' }));
    expectOk(await tend.dispatch('matters.save', { id: b.id, expectedUpdatedAt: b.updatedAt, personId: person.id, what: 'Learning Rust' }));
    const { matters } = expectOk(await tend.dispatch('people.profile', { id: person.id }));
    expect(matters.map((m) => [m.what, m.why, m.notedOn])).toEqual([
      ['Learning Rust', null, '2026-11-23'],
      ['Clear priorities, written down', 'Anxiety', '2026-10-01'],
    ]);
    expect(matters[1]!.updatedAt).not.toBe(matters[1]!.createdAt);
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  it.each([
    ['notes.save', { kind: 'one_on_one', body: 'x'.repeat(20_001) }, 'body'],
    ['notes.save', { body: '   ' }, 'body'],
    ['notes.save', { body: 'ok', kind: 'gossip' }, 'kind'],
    ['notes.save', { body: 'ok', mood: 6 }, 'mood'],
    ['notes.save', { body: 'ok', notedOn: '2026-02-30' }, 'notedOn'],
    ['goals.save', { kind: 'goal', sphere: 'work', title: 'x' }, 'sphere'],
    ['goals.save', { kind: 'challenge', sphere: 'personal', title: 'x', status: 'achieved' }, 'status'],
    ['goals.save', { kind: 'goal', sphere: 'personal', title: 'x', targetOn: '2026-13-01' }, 'targetOn'],
    ['matters.save', { what: '' }, 'what'],
    ['details.save', { kind: 'cousin', name: 'x' }, 'kind'],
    ['details.save', { kind: 'family', name: 'Maya', birthday: '2019-02-29' }, 'birthday'],
    ['dates.save', { title: 'x', on: '2026-11-31' }, 'on'],
    ['dates.save', { title: 'x', on: '2026-11-30', daysAhead: 91 }, 'daysAhead'],
    ['dates.save', { on: '2026-11-30' }, 'title'],
  ] as const)('%s %j → invalid %s', async (method, input, field) => {
    const { tend, person } = await withPerson();
    const before = JSON.stringify(expectOk(await tend.dispatch('people.profile', { id: person.id })));
    const error = expectError(await tend.dispatch(method, { personId: person.id, ...input }));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message.length).toBeGreaterThan(5);
    expect(JSON.stringify(expectOk(await tend.dispatch('people.profile', { id: person.id })))).toBe(before);
  });

  it('refuses to edit another person’s record by id', async () => {
    const { tend, person } = await withPerson();
    const other = expectOk(await tend.dispatch('people.save', { name: 'Sam' }));
    const note = expectOk(await tend.dispatch('notes.save', { personId: other.id, body: 'About Sam' }));
    const error = expectError(await tend.dispatch('notes.save', { id: note.id, personId: person.id, body: 'Hijacked' }));
    expect(error).toMatchObject({ code: 'not_found', field: 'id' });
    const page = expectOk(await tend.dispatch('timeline.page', { personId: other.id }));
    expect(page.items.map((i) => (i.type === 'note' ? i.note.body : ''))).toEqual(['About Sam']);
  });

  it('refuses changes to an archived person’s records until they are restored', async () => {
    const { tend, person } = await withPerson();
    const matter = expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Mentoring' }));
    expectOk(await tend.dispatch('people.archive', { id: person.id }));
    expect(expectError(await tend.dispatch('notes.save', { personId: person.id, body: 'x' }))).toMatchObject({
      code: 'conflict',
      field: 'personId',
    });
    expect(expectError(await tend.dispatch('matters.delete', { id: matter.id })).code).toBe('conflict');
    expect(expectOk(await tend.dispatch('people.profile', { id: person.id })).matters).toHaveLength(1);
    expectOk(await tend.dispatch('people.restore', { id: person.id }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Back' }));
  });
});

describe('the note count on a profile', () => {
  it('is kept by the database: up on a save, unchanged on an edit, down on a delete, zero for someone new', async () => {
    const { tend, person } = await withPerson();
    const countNow = async () => expectOk(await tend.dispatch('people.profile', { id: person.id })).noteCount;
    expect(await countNow()).toBe(0);
    const first = expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'First' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Second' }));
    expect(await countNow()).toBe(2);
    expectOk(await tend.dispatch('notes.save', { id: first.id, expectedUpdatedAt: first.updatedAt, personId: person.id, body: 'First, edited' }));
    expect(await countNow()).toBe(2);
    expectOk(await tend.dispatch('notes.delete', { id: first.id }));
    expect(await countNow()).toBe(1);
  });

  it('is not bumped by a save that fails validation', async () => {
    const { tend, person } = await withPerson();
    expectError(await tend.dispatch('notes.save', { personId: person.id, body: '   ' }));
    expect(expectOk(await tend.dispatch('people.profile', { id: person.id })).noteCount).toBe(0);
  });
});
