import { describe, expect, it } from 'vitest';
import { sinceLastTimeInOrder, type PrepSheet } from '../../../src/shared/prep';
import type { Investment } from '../../../src/shared/investments';
import type { Note } from '../../../src/shared/notes';

type Since = PrepSheet['sinceLastTime'];

const note = (id: string, notedOn: string) => ({ id, notedOn, body: id }) as Note;
const progress = (id: string, notedOn: string) => ({ id, notedOn, body: id, goalTitle: 'Ship it' }) as Since['progress'][number];
const invested = (id: string, day: string) => ({ id, day, minutes: 30, kind: 'one_on_one', note: null }) as Investment;

function since(parts: Partial<Pick<Since, 'notes' | 'progress' | 'investments'>>): Since {
  return { lastOneOnOneOn: null, daysSinceOneOnOne: null, lastInvestedOn: null, daysSinceInvestment: null, from: '2026-10-24', to: '2026-11-23', notes: [], progress: [], investments: [], ...parts };
}

describe('“Since last time” as one list', () => {
  // Each list arrives newest first from core; the merged list must read newest day first.
  it.each([
    ['nothing', since({}), []],
    ['one kind keeps its order', since({ notes: [note('n2', '2026-11-20'), note('n1', '2026-11-02')] }), ['n2', 'n1']],
    [
      'kinds interleave by day (they read 16, 23, 9 Nov listed kind by kind)',
      since({ notes: [note('n', '2026-11-16')], progress: [progress('p', '2026-11-23')], investments: [invested('i', '2026-11-09')] }),
      ['p', 'n', 'i'],
    ],
    [
      'on one day: notes, then progress, then time',
      since({ investments: [invested('i', '2026-11-20')], progress: [progress('p', '2026-11-20')], notes: [note('n', '2026-11-20')] }),
      ['n', 'p', 'i'],
    ],
    [
      'same-day items of one kind keep core’s order',
      since({ notes: [note('late', '2026-11-20'), note('early', '2026-11-20'), note('old', '2026-11-01')], investments: [invested('i', '2026-11-10')] }),
      ['late', 'early', 'i', 'old'],
    ],
  ])('%s', (_name, input, ids) => {
    const items = sinceLastTimeInOrder(input);
    expect(items.map((item) => item.id)).toEqual(ids);
    expect(items.map((item) => item.day)).toEqual([...items.map((item) => item.day)].sort().reverse());
  });
});
