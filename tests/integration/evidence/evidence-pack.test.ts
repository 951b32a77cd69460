import { describe, expect, it } from 'vitest';
import { expectError, expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { withPerson } from '../../fixtures/with-person';

// Today is Monday 2026-11-23 in New York (TEST_START); the default period is 2026-05-23 – 2026-11-23.

async function seededTeam() {
  const t = await withPerson('Samuel Okafor');
  const { tend, person: sam } = t;
  const priya = expectOk(await tend.dispatch('people.save', { name: 'Priya Raman' }));
  const rows = sideConnection(tend);
  const note = async (personId: string, kind: 'feedback_praise' | 'feedback_constructive' | 'observation', body: string, notedOn: string) =>
    expectOk(await tend.dispatch('notes.save', { personId, kind, body, notedOn }));
  await note(sam.id, 'feedback_praise', 'Calm, clear incident call.', '2026-09-02');
  await note(sam.id, 'feedback_praise', 'Too old to count.', '2026-05-22');
  await note(sam.id, 'feedback_praise', 'First day of the period.', '2026-05-23');
  await note(sam.id, 'feedback_constructive', 'Let others finish their point.', '2026-10-10');
  await note(sam.id, 'observation', 'Not feedback.', '2026-10-11');
  await note(priya.id, 'feedback_praise', 'Priya’s praise.', '2026-09-03');

  rows.investment(sam.id, '2026-09-02', 'recognition', 15);
  rows.investment(sam.id, '2026-10-01', 'one_on_one', 45);
  rows.investment(sam.id, '2026-10-08', 'one_on_one', 30);
  rows.investment(sam.id, '2026-10-09', 'career', 60);
  rows.investment(sam.id, '2026-04-01', 'coaching', 60);
  rows.investment(priya.id, '2026-10-01', 'recognition', 20);

  const launch = expectOk(await tend.dispatch('goals.save', { personId: sam.id, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }));
  expectOk(await tend.dispatch('progress.save', { goalId: launch.id, body: 'Plan agreed.', notedOn: '2026-08-15' }));
  expectOk(await tend.dispatch('progress.save', { goalId: launch.id, body: 'Shipped.', notedOn: '2026-11-02', status: 'achieved' }));
  const open = expectOk(await tend.dispatch('goals.save', { personId: sam.id, kind: 'goal', sphere: 'personal', title: 'Run a half marathon' }));
  expectOk(await tend.dispatch('progress.save', { goalId: open.id, body: 'Long run 15 km.', notedOn: '2026-04-30' }));

  rows.commitment(sam.id, { text: 'Send the rubric', dueOn: '2026-09-10', madeOn: '2026-09-01', status: 'done' });
  rows.commitment(sam.id, { text: 'Write the design doc', owner: 'them', madeOn: '2026-10-01', status: 'done' });
  rows.commitment(sam.id, { text: 'Still open', madeOn: '2026-10-01' });
  rows.commitment(priya.id, { text: 'Priya’s promise', madeOn: '2026-10-01', status: 'done' });
  rows.db.run(`UPDATE commitments SET done_on = '2026-09-12' WHERE text = 'Send the rubric'`);

  expectOk(await tend.dispatch('matters.save', { personId: sam.id, what: 'Being home for bedtime', why: 'Kids are 4 and 8', notedOn: '2025-03-01' }));
  expectOk(
    await tend.dispatch('journal.save', {
      day: '2026-10-09',
      body: 'Good day.\nCareer talk with @Samuel went well.\n- [ ] send @Samuel the ladder\n@Priya asked about budget.',
      revision: 1,
    }),
  );
  return { ...t, sam, priya };
}

describe('the evidence pack', () => {
  it('holds one person’s records of the last six months, each with its day, oldest first, and nobody else’s', async () => {
    const { tend, sam } = await seededTeam();
    const pack = expectOk(await tend.dispatch('evidence.forPerson', { personId: sam.id }));
    expect(pack).toMatchObject({ from: '2026-05-23', to: '2026-11-23', person: { name: 'Samuel Okafor', callName: 'Samuel' } });
    expect(pack.feedback.praise.map((n) => [n.day, n.body])).toEqual([
      ['2026-05-23', 'First day of the period.'],
      ['2026-09-02', 'Calm, clear incident call.'],
    ]);
    expect(pack.feedback.constructive.map((n) => [n.day, n.body])).toEqual([['2026-10-10', 'Let others finish their point.']]);
    expect(pack.recognition.map((r) => [r.day, r.minutes])).toEqual([['2026-09-02', 15]]);
    expect(pack.goals.closed).toEqual([expect.objectContaining({ day: '2026-11-02', title: 'Lead the launch', status: 'achieved', source: 'progress' })]);
    expect(pack.goals.progress.map((p) => [p.day, p.goalTitle, p.body])).toEqual([
      ['2026-08-15', 'Lead the launch', 'Plan agreed.'],
      ['2026-11-02', 'Lead the launch', 'Shipped.'],
    ]);
    expect(pack.commitments.mine).toEqual([expect.objectContaining({ text: 'Send the rubric', madeOn: '2026-09-01', dueOn: '2026-09-10', doneOn: '2026-09-12', onTime: false })]);
    expect(pack.commitments.theirs).toEqual([expect.objectContaining({ text: 'Write the design doc', doneOn: '2026-10-01', onTime: null })]);
    expect(pack.matters.map((m) => [m.day, m.what])).toEqual([['2025-03-01', 'Being home for bedtime']]);
    expect(pack.time).toEqual({
      totalMinutes: 150,
      byKind: [
        { kind: 'one_on_one', minutes: 75, times: 2 },
        { kind: 'career', minutes: 60, times: 1 },
        { kind: 'recognition', minutes: 15, times: 1 },
      ],
    });
    // The to-do line is an intention, and Priya's line is hers.
    expect(pack.journal).toEqual([expect.objectContaining({ day: '2026-10-09', line: 'Career talk with @Samuel went well.' })]);
  });

  it('follows a chosen period, and refuses one that ends before it starts', async () => {
    const { tend, sam } = await seededTeam();
    const pack = expectOk(await tend.dispatch('evidence.forPerson', { personId: sam.id, from: '2026-04-01', to: '2026-09-30' }));
    expect(pack.time.byKind.map((row) => row.kind)).toEqual(['coaching', 'recognition']);
    expect(pack.goals.closed).toEqual([]);
    expect(pack.feedback.praise).toHaveLength(3);
    expect(expectError(await tend.dispatch('evidence.forPerson', { personId: sam.id, from: '2026-10-01', to: '2026-09-30' }))).toMatchObject({
      code: 'invalid_input',
      field: 'from',
    });
    expect(expectError(await tend.dispatch('evidence.forPerson', { personId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it('writes Markdown with only the chosen sections, each item dated and sourced', async () => {
    const { tend, sam } = await seededTeam();
    const all = expectOk(await tend.dispatch('evidence.markdown', { personId: sam.id }));
    expect(all).toContain('# Evidence for a review: Samuel Okafor');
    expect(all).toContain('23 May 2026 – 23 Nov 2026');
    expect(all).toContain('- 2 Sep 2026 (note, praise): Calm, clear incident call.');
    expect(all).toContain('- kept 12 Sep 2026 · made 1 Sep 2026 · due 10 Sep 2026, late (commitment): Send the rubric');
    expect(all).toContain('- 2 Nov 2026 (progress note): Goal “Lead the launch” achieved');
    expect(all).toContain('2 h 30 min in all (time invested).');
    expect(all).toContain('- One-on-ones: 1 h 15 min (2 times)');
    expect(all).toContain('- 9 Oct 2026 (journal): Career talk with Samuel went well.');
    expect(all).not.toContain('Priya');

    const some = expectOk(await tend.dispatch('evidence.markdown', { personId: sam.id, sections: ['journal', 'feedback'] }));
    expect(some.match(/^## .*/gm)).toEqual(['## Praise and constructive feedback', '## From my journal']);
    expect(some).not.toContain('Send the rubric');
  });
});
