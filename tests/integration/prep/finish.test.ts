import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDatesService } from '../../../src/core/dates/dates-service';
import { createDetailsService } from '../../../src/core/details/details-service';
import { createPeopleService } from '../../../src/core/people/people-service';
import { createPrepService } from '../../../src/core/prep/prep-service';
import type { MethodInput } from '../../../src/shared/contract';
import { MEETING_DRAFT_FORM, draftKey } from '../../../src/shared/draft-keys';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { withPerson } from '../../fixtures/with-person';

const WRITTEN_TABLES = ['investments', 'notes', 'commitments', 'one_on_ones'] as const;

describe('finishing a one-on-one', () => {
  it('writes the investment, the one-on-one note, the ticks and the new commitments; unticked points carry over', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    const promo = rows.talkingPoint(person.id, 'Promo timeline', '2026-11-10', 1);
    const oncall = rows.talkingPoint(person.id, 'On-call load', '2026-11-10', 2);

    const finished = expectOk(
      await tend.dispatch('prep.finish', {
        personId: person.id,
        meetingId: randomUUID(),
        minutes: 40,
        note: 'Agreed on a **promo plan**.',
        tickedPointIds: [promo],
        newCommitments: [
          { text: 'Send the budget link', dueOn: '2026-11-27' },
          { text: 'Draft the promo case', owner: 'them' },
        ],
      }),
    );
    expect(finished).toMatchObject({ written: true, day: '2026-11-23' });
    expect(finished.investment).toMatchObject({ personId: person.id, day: '2026-11-23', minutes: 40, kind: 'one_on_one' });
    expect(finished.note).toMatchObject({ kind: 'one_on_one', body: 'Agreed on a **promo plan**.', notedOn: '2026-11-23' });
    expect(finished.ticked.map((p) => [p.text, p.discussedOn])).toEqual([['Promo timeline', '2026-11-23']]);
    expect(finished.commitments.map((c) => [c.text, c.owner, c.dueOn, c.madeOn, c.status])).toEqual([
      ['Send the budget link', 'me', '2026-11-27', '2026-11-23', 'open'],
      ['Draft the promo case', 'them', null, '2026-11-23', 'open'],
    ]);

    const sheet = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id }));
    expect(sheet.sinceLastTime).toMatchObject({ lastOneOnOneOn: '2026-11-23', daysSinceOneOnOne: 0 });
    expect(sheet.talkingPoints.map((p) => p.id)).toEqual([oncall]);
    expect(sheet.followThrough.mine.map((c) => c.text)).toEqual(['Send the budget link']);
    expect(sheet.followThrough.theirs.map((c) => c.text)).toEqual(['Draft the promo case']);
    const timeline = expectOk(await tend.dispatch('timeline.page', { personId: person.id, kinds: ['note'] }));
    expect(timeline.items.map((i) => i.type)).toEqual(['note']);
  });

  it('labels an unticked point after one, two and three one-on-ones', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    sideConnection(tend).talkingPoint(person.id, 'Promo timeline', '2026-11-01');
    const labels: (string | null)[] = [];
    for (const day of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      expectOk(await tend.dispatch('prep.finish', { personId: person.id, meetingId: randomUUID(), minutes: 30, day }));
      const [point] = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).talkingPoints;
      labels.push([point!.label, point!.flag].filter(Boolean).join(' — '));
    }
    expect(labels).toEqual([
      'carried since 2 Nov',
      'carried since 2 Nov · 2nd time',
      'carried since 2 Nov · 3rd time — still open after three 1:1s — drop it or act?',
    ]);
  });

  it('finishing the same meeting twice logs it once and returns the first result', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    const point = rows.talkingPoint(person.id, 'Promo timeline', '2026-11-10');
    const input: MethodInput<'prep.finish'> = {
      personId: person.id,
      meetingId: randomUUID(),
      minutes: 30,
      note: 'First take.',
      tickedPointIds: [point],
      newCommitments: [{ text: 'Send the budget link' }],
    };
    const first = expectOk(await tend.dispatch('prep.finish', input));
    const again = expectOk(await tend.dispatch('prep.finish', { ...input, minutes: 45, note: 'A retry with other words.' }));

    expect(again.written).toBe(false);
    expect({ ...again, written: true }).toEqual(first);
    expect(WRITTEN_TABLES.map((table) => rows.count(table))).toEqual([1, 1, 1, 1]);

    const other = expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    expect(expectError(await tend.dispatch('prep.finish', { ...input, personId: other.id }))).toMatchObject({ code: 'conflict', field: 'meetingId' });
  });

  it('is all or nothing: a failure in the last write (a commitment the database refuses) leaves nothing', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    const point = rows.talkingPoint(person.id, 'Promo timeline', '2026-11-10');
    // Below the contract, so the owner reaches the database's CHECK instead of the schema.
    const clock = pinnedClock(TEST_START);
    const people = createPeopleService(rows.db, clock);
    const prep = createPrepService(rows.db, clock, {
      details: createDetailsService(rows.db, clock, people),
      dates: createDatesService(rows.db, clock, people),
    });
    expect(() =>
      prep.finish({
        personId: person.id,
        meetingId: randomUUID(),
        minutes: 30,
        note: 'Will not be kept.',
        tickedPointIds: [point],
        newCommitments: [
          { text: 'Fine', owner: 'me', dueOn: null },
          { text: 'Refused', owner: 'nobody' as 'me', dueOn: null },
        ],
      }),
    ).toThrow(/CHECK constraint failed/);

    expect(WRITTEN_TABLES.map((table) => rows.count(table))).toEqual([0, 0, 0, 0]);
    expect(rows.count('talking_points', 'discussed_on IS NULL')).toBe(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    const other = expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    const othersPoint = rows.talkingPoint(other.id, 'Not Sam’s', '2026-11-10');
    const base = { personId: person.id, meetingId: randomUUID(), minutes: 30, note: 'A note' };

    expect(expectError(await tend.dispatch('prep.finish', { ...base, tickedPointIds: [othersPoint] }))).toMatchObject({ code: 'not_found', field: 'tickedPointIds' });
    expect(expectError(await tend.dispatch('prep.finish', { ...base, day: '2026-11-24' }))).toMatchObject({ code: 'invalid_input', field: 'day' });
    expect(expectError(await tend.dispatch('prep.finish', { ...base, minutes: 0 }))).toMatchObject({ code: 'invalid_input', field: 'minutes' });
    expect(expectError(await tend.dispatch('prep.finish', { ...base, newCommitments: [{ text: '  ' }] }))).toMatchObject({ code: 'invalid_input', field: 'newCommitments.0.text' });
    expect(WRITTEN_TABLES.map((table) => rows.count(table))).toEqual([0, 0, 0, 0]);

    expectOk(await tend.dispatch('people.archive', { id: person.id }));
    expect(expectError(await tend.dispatch('prep.finish', base))).toMatchObject({ code: 'conflict', field: 'personId' });
  });

  it('lets this meeting’s draft go in the same write, and keeps a newer meeting’s and anything not JSON', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const meetingId = randomUUID();
    const key = draftKey(person.id, MEETING_DRAFT_FORM);
    const draft = (id: string) => JSON.stringify({ values: { meetingId: id, note: 'Half a thought' }, open: true, at: 1 });
    const kept = async () => expectOk(await tend.dispatch('privateState.list', {})).map((entry) => entry.key);
    const finish = () => tend.dispatch('prep.finish', { personId: person.id, meetingId, minutes: 30, note: null, tickedPointIds: [], newCommitments: [] });

    // Another window's draft of a newer meeting: finishing this one (or retrying it) leaves it be.
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: draft(randomUUID()) }, { key: draftKey(person.id, 'note:new'), value: 'x' }], remove: [] }));
    expectOk(await finish());
    expect(await kept()).toEqual([key, draftKey(person.id, 'note:new')]);

    // This meeting's draft, kept again by a window that had not heard yet: the retry lets it go.
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: draft(meetingId) }], remove: [] }));
    expect(expectOk(await finish()).written).toBe(false);
    expect(await kept()).toEqual([draftKey(person.id, 'note:new')]);

    // A value that is not JSON never fails the finish.
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: 'not json' }], remove: [] }));
    expectOk(await tend.dispatch('prep.finish', { personId: person.id, meetingId: randomUUID(), minutes: 30, note: null, tickedPointIds: [], newCommitments: [] }));
    expect(await kept()).toContain(key);
  });

  it('lets the draft go with the meeting it logs', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const meetingId = randomUUID();
    const key = draftKey(person.id, MEETING_DRAFT_FORM);
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: JSON.stringify({ values: { meetingId }, open: true, at: 1 }) }], remove: [] }));
    expectOk(await tend.dispatch('prep.finish', { personId: person.id, meetingId, minutes: 30, note: null, tickedPointIds: [], newCommitments: [] }));
    expect(expectOk(await tend.dispatch('privateState.list', {}))).toEqual([]);
  });
});
