import { describe, expect, it } from 'vitest';
import { dumpTables } from '../../fixtures/dump';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';

async function team() {
  const t = await openTestTend();
  const sam = expectOk(await t.tend.dispatch('people.save', { name: 'Sam Okafor' }));
  const samira = expectOk(await t.tend.dispatch('people.save', { name: 'Samira Haddad' }));
  const ines = expectOk(await t.tend.dispatch('people.save', { name: 'Inés García', preferredName: 'Nessa' }));
  const gone = expectOk(await t.tend.dispatch('people.save', { name: 'Archie Vale' }));
  expectOk(await t.tend.dispatch('people.archive', { id: gone.id }));
  return { ...t, sam, samira, ines };
}

describe('quick log', () => {
  it('previews with the person’s name and saves each type of line', async () => {
    const { tend, sam, ines } = await team();
    expect(expectOk(await tend.dispatch('quickLog.parse', { line: '@Sam Okafor 30m coaching yesterday: walked through the promo case' }))).toEqual({
      type: 'investment',
      personId: sam.id,
      personName: 'Sam Okafor',
      minutes: 30,
      kind: 'coaching',
      day: '2026-11-22',
      note: 'walked through the promo case',
    });
    const invested = expectOk(await tend.dispatch('quickLog.save', { line: '@ines 1h30 career' }));
    expect(invested).toMatchObject({ type: 'investment', personName: 'Inés García', investment: { personId: ines.id, minutes: 90, kind: 'career', day: '2026-11-23' } });
    const todo = expectOk(await tend.dispatch('quickLog.save', { line: '@Nessa todo: send the budget link by fri' }));
    expect(todo).toMatchObject({ type: 'commitment', commitment: { personId: ines.id, owner: 'me', text: 'send the budget link', dueOn: '2026-11-27', status: 'open' } });
    const ask = expectOk(await tend.dispatch('quickLog.save', { line: '@Sam Okafor ask: draft the rota' }));
    expect(ask).toMatchObject({ type: 'commitment', commitment: { personId: sam.id, owner: 'them', text: 'draft the rota', dueOn: null } });
    const next = expectOk(await tend.dispatch('quickLog.save', { line: '@Sam Okafor next: holiday cover' }));
    expect(next).toMatchObject({ type: 'talkingPoint', talkingPoint: { personId: sam.id, text: 'holiday cover', discussedOn: null } });
    const profile = expectOk(await tend.dispatch('people.profile', { id: ines.id }));
    expect(profile.invested).toMatchObject({ lastOn: '2026-11-23', monthMinutes: 90 });
    expect(profile.commitments.open.map((c) => c.text)).toEqual(['send the budget link']);
  });

  it('an ambiguous name asks which, and the chosen id settles it', async () => {
    const { tend, sam, samira } = await team();
    const error = expectError(await tend.dispatch('quickLog.save', { line: '@Sa 30m' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'person' });
    expect(error.candidates).toEqual([
      { id: sam.id, name: 'Sam Okafor' },
      { id: samira.id, name: 'Samira Haddad' },
    ]);
    const saved = expectOk(await tend.dispatch('quickLog.save', { line: '@Sa 30m', personId: samira.id }));
    expect(saved).toMatchObject({ personName: 'Samira Haddad', investment: { personId: samira.id } });
  });

  it('a colon right after the name saves a note on the person (quick capture’s note mode)', async () => {
    const { tend, sam } = await team();
    expect(expectOk(await tend.dispatch('quickLog.parse', { line: '@Sam Okafor: noticed she stayed late for the launch' }))).toEqual({
      type: 'note',
      personId: sam.id,
      personName: 'Sam Okafor',
      text: 'noticed she stayed late for the launch',
    });
    const saved = expectOk(await tend.dispatch('quickLog.save', { line: '@Sam Okafor: noticed she stayed late for the launch' }));
    expect(saved).toMatchObject({
      type: 'note',
      personName: 'Sam Okafor',
      note: { personId: sam.id, kind: 'observation', body: 'noticed she stayed late for the launch', notedOn: '2026-11-23' },
    });
    const timeline = expectOk(await tend.dispatch('timeline.page', { personId: sam.id }));
    expect(timeline.items.filter((item) => item.type === 'note').map((item) => item.type === 'note' && item.note.body)).toEqual(['noticed she stayed late for the launch']);
  });

  it('a line with a problem is a typed error naming its part, and nothing is written', async () => {
    const { tend } = await team();
    const before = dumpTables(tend.databaseFile);
    const cases: [string, string][] = [
      ['', 'line'],
      ['30m with Sam', 'person'],
      ['@Nobody 30m', 'person'],
      ['@Archie 30m', 'person'],
      ['@Sam Okafor coaching', 'minutes'],
      ['@Sam Okafor 601m', 'minutes'],
      ['@Sam Okafor 0m', 'minutes'],
      ['@Sam Okafor 30m 2026-11-30', 'day'],
      ['@Sam Okafor todo:', 'text'],
      ['@Sam Okafor next:   ', 'text'],
    ];
    for (const [line, field] of cases) {
      expect(expectError(await tend.dispatch('quickLog.save', { line })), line).toMatchObject({ code: 'invalid_input', field });
      const preview = expectOk(await tend.dispatch('quickLog.parse', { line }));
      expect(preview, line).toMatchObject({ type: 'error', field });
    }
    expect(dumpTables(tend.databaseFile)).toEqual(before);
  });
});
