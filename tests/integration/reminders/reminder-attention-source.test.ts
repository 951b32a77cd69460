import { describe, expect, it } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

describe('what the scheduler plans from, read from the database', () => {
  it('names the sample team’s most overdue person first and counts who needs attention', async () => {
    const { tend } = await openTestTend();
    expect(tend.attentionForReminders()).toMatchObject({ people: [], needingAttention: 0, reflectionWrittenToday: false });

    expectOk(await tend.dispatch('sample.load'));
    const attention = tend.attentionForReminders();
    const summary = expectOk(await tend.dispatch('attention.summary'));
    expect(attention.needingAttention).toBe(summary.needingAttention);
    expect(attention.people[0]).toMatchObject({ name: summary.people[0]!.preferredName ?? summary.people[0]!.name, state: 'overdue' });
    expect(attention.commitments.map((c) => c.text)).toContain('Send the conference budget link');
  });

  it('includes my commitments due today and knows when today’s reflection is written', async () => {
    const { tend } = await openTestTend();
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
    expectOk(await tend.dispatch('commitments.save', { personId: sam.id, text: 'Send the budget link', owner: 'me', dueOn: '2026-11-23' }));
    expectOk(await tend.dispatch('commitments.save', { personId: sam.id, text: 'Draft the RFC', owner: 'them', dueOn: '2026-11-23' }));
    expect(tend.attentionForReminders().commitments).toEqual([
      { personId: sam.id, personName: 'Sam Rivera', text: 'Send the budget link', dueOn: '2026-11-23' },
    ]);

    expectOk(await tend.dispatch('journal.save', { day: '2026-11-23', body: 'Talked with @Sam about the move.', revision: 1 }));
    expect(tend.attentionForReminders().reflectionWrittenToday).toBe(true);
  });

  it('keeps reading after a restore replaced the connection (statements prepared on the old one would be closed)', async () => {
    const { tend } = await openTestTend();
    const sam = expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
    const taken = expectOk(await tend.dispatch('backup.create'));
    expectOk(await tend.dispatch('people.save', { name: 'Priya Shah' }));
    expect(tend.attentionForReminders().people.map((p) => p.name).sort()).toEqual(['Priya Shah', 'Sam Rivera']);

    expectOk(await tend.dispatch('backup.restore', { file: taken.file }));
    expect(tend.attentionForReminders().people.map((p) => p.name)).toEqual(['Sam Rivera']);
    expectOk(await tend.dispatch('commitments.save', { personId: sam.id, text: 'Send the budget link', owner: 'me', dueOn: '2026-11-23' }));
    expect(tend.attentionForReminders().commitments.map((c) => c.text)).toEqual(['Send the budget link']);
  });
});
