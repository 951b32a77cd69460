import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../src/shared/timeline';
import { touchesOf } from '../../../../src/shared/contract';
import { showsChange } from '../../../../src/renderer/app/data-changes';
import { dayHeading, shouldLoadMore, startsNewDay, timelineSummary } from '../../../../src/renderer/features/timeline/timeline';
import { kindsFor } from '../../../../src/renderer/features/timeline/timeline-query';

// Monday 23 November 2026, 09:00 in New York (vitest pins TZ=America/New_York).
const NOW = new Date('2026-11-23T14:00:00.000Z');

describe('the timeline', () => {
  const item = (id: string, day: string): TimelineItem =>
    ({ type: 'note', id, day, createdAt: '', note: {} }) as unknown as TimelineItem;

  it.each([
    ['all', 1, '1 note · newest first'],
    ['all', 2400, '2,400 notes · newest first'],
    ['notes', 0, '0 notes · newest first'],
    ['journal', 12, 'Only journal · newest first'],
    ['time', 12, 'Only time · newest first'],
    ['commitments', 1, 'Only commitments · newest first'],
    ['progress', 3, 'Only progress · newest first'],
  ] as const)('says what the list holds under the %s filter (%i notes)', (filter, notes, words) => {
    expect(timelineSummary(filter, notes)).toBe(words);
  });

  it('filters by kind', () => {
    expect(kindsFor('all')).toEqual(['note', 'progress', 'investment', 'commitment', 'journal']);
    expect(kindsFor('notes')).toEqual(['note']);
    expect(kindsFor('progress')).toEqual(['progress']);
    expect(kindsFor('time')).toEqual(['investment']);
    expect(kindsFor('commitments')).toEqual(['commitment']);
    expect(kindsFor('journal')).toEqual(['journal']);
  });

  it('asks for the next page three screens before the end of what is loaded, and never twice at once', () => {
    expect(shouldLoadMore(0, 800, 0, true, false)).toBe(true);
    expect(shouldLoadMore(2_401, 800, 50, true, false)).toBe(false);
    expect(shouldLoadMore(2_399, 800, 50, true, false)).toBe(true);
    expect(shouldLoadMore(100, 800, 50, true, true)).toBe(false);
    expect(shouldLoadMore(100, 800, 50, false, false)).toBe(false);
  });

  it('heads each day once, in words near today and with the year when it is not this year', () => {
    const items = [item('a', '2026-11-23'), item('b', '2026-11-23'), item('c', '2026-11-20')];
    expect(items.map((_, index) => startsNewDay(items, index))).toEqual([true, false, true]);
    expect(dayHeading('2026-11-23', NOW, enUS)).toBe('Today');
    expect(dayHeading('2026-11-22', NOW, enUS)).toBe('Yesterday');
    expect(dayHeading('2026-11-20', NOW, enUS)).toBe('Friday 20 November');
    expect(dayHeading('2025-11-20', NOW, enUS)).toBe('Thursday 20 November 2025');
  });

  it('knows which writes change the page and which change the timeline', () => {
    const page = ['people', 'profile'] as const;
    expect(showsChange(page, touchesOf('matters.save'))).toBe(true);
    expect(showsChange(page, touchesOf('app.info'))).toBe(false);
    expect(showsChange(['timeline'], touchesOf('notes.delete'))).toBe(true);
    expect(showsChange(['timeline'], touchesOf('goals.save'))).toBe(true);
    expect(showsChange(['timeline'], touchesOf('matters.save'))).toBe(false);
  });
});
