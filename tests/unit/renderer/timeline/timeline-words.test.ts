import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../../src/shared/commitments';
import type { TimelineItem } from '../../../../src/shared/timeline';
import { dueWords } from '../../../../src/renderer/features/person/commitments/commitment-display';
import { minutesLabel } from '../../../../src/renderer/features/person/invested/invest-display';
import { timelineKey } from '../../../../src/renderer/features/timeline/timeline';
import { commitmentEventWords, journalExcerpt } from '../../../../src/renderer/features/timeline/timeline-words';

// Monday 23 November 2026, 09:00 in New York (vitest pins TZ=America/New_York).
const NOW = new Date('2026-11-23T14:00:00.000Z');

const commitment = (over: Partial<Commitment>): Commitment =>
  ({ id: 'c1', personId: 'p', text: 'Send the budget link', owner: 'me', dueOn: null, status: 'open', dropReason: null, ...over }) as Commitment;

describe('words for time invested, commitments and journal mentions', () => {
  it.each([
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [135, '2 h 15'],
    [605, '10 h 05'],
  ])('%i minutes read "%s"', (minutes, words) => {
    expect(minutesLabel(minutes)).toBe(words);
  });

  it.each([
    ['2026-11-20', '3 days overdue', true],
    ['2026-11-22', '1 day overdue', true],
    ['2026-11-23', 'Due today', false],
    ['2026-11-24', 'Due tomorrow', false],
    ['2026-11-28', 'Due in 5 days', false],
  ])('due %s reads "%s"', (dueOn, text, overdue) => {
    expect(dueWords(commitment({ dueOn }), NOW)).toMatchObject({ text, overdue });
  });

  it('says nothing about a due day for an undated or closed commitment', () => {
    expect(dueWords(commitment({}), NOW)).toBeNull();
    expect(dueWords(commitment({ dueOn: '2026-11-01', status: 'done' }), NOW)).toBeNull();
  });

  it('words each commitment event, their asks by name', () => {
    expect(commitmentEventWords('made', commitment({}), 'Sam')).toEqual({ label: 'You promised', text: 'Send the budget link' });
    expect(commitmentEventWords('made', commitment({ owner: 'them' }), 'Sam')).toEqual({ label: 'Sam asked for', text: 'Send the budget link' });
    expect(commitmentEventWords('done', commitment({}), 'Sam')).toEqual({ label: 'Done', text: 'Send the budget link' });
    expect(commitmentEventWords('dropped', commitment({ dropReason: 'No longer needed' }), 'Sam')).toEqual({
      label: 'Dropped',
      text: 'Send the budget link — No longer needed',
    });
  });

  it('keeps the first three lines of a journal entry', () => {
    expect(journalExcerpt('Talked with Sam.\n\nGood energy.')).toBe('Talked with Sam.\nGood energy.');
    expect(journalExcerpt('a\nb\nc\nd')).toBe('a\nb\nc…');
  });

  it('shows a journal mention as the name and a to-do without its box, as the Journal’s list does', () => {
    expect(journalExcerpt('Hard talk with @Priya Raman.\n@Zoë was there')).toBe('Hard talk with Priya Raman.\nZoë was there');
    expect(journalExcerpt('## Friday\n- [ ] call @Kofi about the **rota**')).toBe('Friday\ncall Kofi about the rota');
  });

  it('keys the made and done events of one commitment apart', () => {
    const made = { type: 'commitment', event: 'made', id: 'c1' } as TimelineItem;
    const done = { type: 'commitment', event: 'done', id: 'c1' } as TimelineItem;
    expect(timelineKey(made)).toBe('commitment:made:c1');
    expect(timelineKey(made)).not.toBe(timelineKey(done));
  });
});
