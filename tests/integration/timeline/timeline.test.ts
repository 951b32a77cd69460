import { describe, expect, it } from 'vitest';
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../../src/shared/timeline';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

describe('the timeline', () => {
  it('tells someone with nothing yet (an empty page) from no one at all (not found)', async () => {
    const { tend, person } = await withPerson();
    expect(expectOk(await tend.dispatch('timeline.page', { personId: person.id }))).toEqual({ items: [], nextCursor: null });
    const missing = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c99';
    expect(expectError(await tend.dispatch('timeline.page', { personId: missing })).code).toBe('not_found');
  });

  it('merges notes and progress newest first and pages by cursor without gaps or repeats', async () => {
    const { tend, person, clock } = await withPerson();
    const goal = expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'challenge', sphere: 'professional', title: 'Public speaking' }));
    const expected: string[] = [];
    for (let day = 1; day <= 30; day++) {
      const notedOn = `2026-10-${String(day).padStart(2, '0')}`;
      clock.advance(1000);
      if (day % 3 === 0) {
        expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: `progress ${day}`, notedOn }));
        expected.push(`progress ${day}`);
      } else {
        expectOk(await tend.dispatch('notes.save', { personId: person.id, body: `note ${day}`, notedOn }));
        expected.push(`note ${day}`);
      }
    }
    const bodyOf = (item: TimelineItem) => (item.type === 'note' ? item.note.body : item.type === 'progress' ? item.progress.body : item.type === 'journal' ? item.body : item.type);
    const seen: string[] = [];
    let before: TimelineCursor | null = null;
    let pages = 0;
    do {
      const page: TimelinePage = expectOk(await tend.dispatch('timeline.page', { personId: person.id, limit: 7, before }));
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map(bodyOf));
      before = page.nextCursor;
      pages += 1;
    } while (before);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected.reverse());

    const onlyProgress = expectOk(await tend.dispatch('timeline.page', { personId: person.id, kinds: ['progress'], limit: 50 }));
    expect(onlyProgress.items.map(bodyOf)).toEqual(['progress 30', 'progress 27', 'progress 24', 'progress 21', 'progress 18', 'progress 15', 'progress 12', 'progress 9', 'progress 6', 'progress 3']);
    expect(onlyProgress.items[0]).toMatchObject({ goalTitle: 'Public speaking', goalKind: 'challenge' });
  });

  it('orders same-day items by when they were written', async () => {
    const { tend, person, clock } = await withPerson();
    for (const body of ['morning', 'noon', 'evening']) {
      clock.advance(1000);
      expectOk(await tend.dispatch('notes.save', { personId: person.id, body, notedOn: '2026-11-20' }));
    }
    const page = expectOk(await tend.dispatch('timeline.page', { personId: person.id }));
    expect(page.items.map((i) => (i.type === 'note' ? i.note.body : ''))).toEqual(['evening', 'noon', 'morning']);
    expect(page.nextCursor).toBeNull();
  });

  it('answers not_found for an unknown person', async () => {
    const { tend } = await openTestTend();
    const error = expectError(await tend.dispatch('timeline.page', { personId: '5f0c6c9e-3f7e-4b8e-9a51-1d2b3c4d5e6f' }));
    expect(error.code).toBe('not_found');
  });
});
