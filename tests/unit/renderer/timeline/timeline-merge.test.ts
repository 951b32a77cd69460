import { describe, expect, it } from 'vitest';
import type { Goal, ProgressNote } from '../../../../src/shared/goals';
import type { Note } from '../../../../src/shared/notes';
import type { TimelineItem, TimelinePage } from '../../../../src/shared/timeline';
import { applyWrite, cursorOf, mergeNewest, type LoadedTimeline } from '../../../../src/renderer/features/timeline/timeline-merge';

function note(id: string, day: string, body = `note ${id}`, createdAt = `${day}T12:00:00.000Z`): Note {
  return { id, personId: 'p', kind: 'other', body, notedOn: day, mood: null, energy: null, createdAt, updatedAt: createdAt };
}

const item = (n: Note): TimelineItem => ({ type: 'note', id: n.id, day: n.notedOn, createdAt: n.createdAt, note: n });

function progress(id: string, day: string, goalId = 'g1'): TimelineItem {
  const entry: ProgressNote = { id, goalId, personId: 'p', body: `progress ${id}`, notedOn: day, status: null, createdAt: `${day}T12:00:00.000Z`, updatedAt: `${day}T12:00:00.000Z` };
  return { type: 'progress', id, day, createdAt: entry.createdAt, progress: entry, goalTitle: 'Lead the launch', goalKind: 'goal' };
}

/** Items `from` down to `to` (days in November 2026, newest first), one note per day. */
function days(from: number, to: number): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (let d = from; d >= to; d--) items.push(item(note(`n${d}`, `2026-11-${String(d).padStart(2, '0')}`)));
  return items;
}

function loaded(items: TimelineItem[], more = true): LoadedTimeline {
  return { items, cursor: more ? cursorOf(items.at(-1)!) : null };
}

function page(items: TimelineItem[], more: boolean): TimelinePage {
  return { items, nextCursor: more ? cursorOf(items.at(-1)!) : null };
}

const ids = (timeline: LoadedTimeline) => timeline.items.map((i) => i.id);

describe('mergeNewest: one newest page keeps a long loaded timeline true', () => {
  it('puts a new item on top and keeps everything older than the page as it was (same objects)', () => {
    const before = loaded(days(28, 1));
    const fresh = item(note('new', '2026-11-29'));
    const after = mergeNewest(before, page([fresh, ...days(28, 20)], true));
    expect(ids(after)).toEqual(['new', ...ids(before)]);
    expect(after.items[1]).toBe(before.items[0]);
    expect(after.items.at(-1)).toBe(before.items.at(-1));
    expect(after.cursor).toEqual(before.cursor);
  });

  it('drops an item deleted inside the page and shows an edit made inside it', () => {
    const before = loaded(days(28, 1));
    const edited = item(note('n27', '2026-11-27', 'now longer'));
    const fresh = [...days(28, 28), edited, ...days(25, 18)];
    const after = mergeNewest(before, page(fresh, true));
    expect(ids(after)).not.toContain('n26');
    expect(after.items[1]).toEqual(edited);
    expect(ids(after).slice(-17)).toEqual(ids(loaded(days(17, 1))));
  });

  it('takes the page alone when it holds everything there is', () => {
    const after = mergeNewest(loaded(days(28, 20), false), page(days(28, 22), false));
    expect(ids(after)).toEqual(ids(loaded(days(28, 22))));
    expect(after.cursor).toBeNull();
  });

  it('restarts from the page when it does not reach the newest item loaded (no gap is ever shown)', () => {
    const before = loaded(days(10, 1));
    const fresh = days(30, 21);
    const after = mergeNewest(before, page(fresh, true));
    expect(ids(after)).toEqual(ids(loaded(fresh)));
    expect(after.cursor).toEqual(cursorOf(fresh.at(-1)!));
  });

  it('an item the page moved to its top is not shown twice', () => {
    const before = loaded(days(28, 1));
    const moved = item(note('n3', '2026-11-29'));
    const after = mergeNewest(before, page([moved, ...days(28, 20)], true));
    expect(ids(after).filter((id) => id === 'n3')).toHaveLength(1);
    expect(after.items[0]).toEqual(moved);
  });

  it('a short list grows to the page and keeps its place for the next page', () => {
    const after = mergeNewest(loaded(days(28, 26)), page(days(28, 10), true));
    expect(after.items).toHaveLength(19);
    expect(after.cursor).toEqual(cursorOf(after.items.at(-1)!));
  });
});

describe('applyWrite: a write made here changes the loaded item it names, wherever it is', () => {
  it('an edited old note changes in place; a redated one moves to its day', () => {
    const before = loaded(days(28, 1));
    const edited = applyWrite(before, { method: 'notes.save', value: note('n3', '2026-11-03', 'rewritten') });
    expect(ids(edited)).toEqual(ids(before));
    expect(edited.items[25]?.type === 'note' && edited.items[25].note.body).toBe('rewritten');
    const moved = applyWrite(before, { method: 'notes.save', value: note('n3', '2026-11-15', 'moved', '2026-11-03T12:00:00.000Z') });
    expect(ids(moved).indexOf('n3')).toBe(ids(moved).indexOf('n15') + 1);
    expect(moved.items).toHaveLength(28);
  });

  it('a note older than everything loaded waits for its page; with everything loaded it joins the end', () => {
    const old = note('old', '2026-10-01');
    expect(ids(applyWrite(loaded(days(28, 1)), { method: 'notes.save', value: old }))).not.toContain('old');
    expect(ids(applyWrite(loaded(days(28, 1), false), { method: 'notes.save', value: old })).at(-1)).toBe('old');
  });

  it('deletes a note or progress note by id, and a goal takes its progress with it', () => {
    const before = loaded([...days(28, 25), progress('pr1', '2026-11-24'), progress('pr2', '2026-11-02', 'g2'), ...days(1, 1)]);
    expect(ids(applyWrite(before, { method: 'notes.delete', id: 'n27' }))).not.toContain('n27');
    expect(ids(applyWrite(before, { method: 'progress.delete', id: 'pr2' }))).not.toContain('pr2');
    const withoutGoal = applyWrite(before, { method: 'goals.delete', id: 'g1' });
    expect(ids(withoutGoal)).toEqual(ids(before).filter((id) => id !== 'pr1'));
  });

  it("a goal's new title shows on its progress; an edited progress note keeps its goal", () => {
    const before = loaded([progress('pr1', '2026-11-24'), progress('pr2', '2026-11-02', 'g2')]);
    const goal = { id: 'g1', personId: 'p', kind: 'challenge', title: 'Ship the launch' } as Goal;
    const renamed = applyWrite(before, { method: 'goals.save', value: goal });
    expect(renamed.items[0]).toMatchObject({ goalTitle: 'Ship the launch', goalKind: 'challenge' });
    expect(renamed.items[1]).toBe(before.items[1]);
    const first = before.items[0]!;
    if (first.type !== 'progress') throw new Error('expected progress');
    const edited = applyWrite(before, { method: 'progress.save', value: { ...first.progress, body: 'changed' } });
    expect(edited.items[0]).toMatchObject({ goalTitle: 'Lead the launch', progress: { body: 'changed' } });
  });
});
