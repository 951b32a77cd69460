import { describe, expect, it } from 'vitest';
import { EMPTY_VALUE, reviewRows } from '../../../../src/renderer/ui/forms/stale-review';

describe('the review of a save another window overtook', () => {
  const labels = { what: 'What matters', why: 'Why it matters', notedOn: 'Noted on' };

  it.each([
    ['nothing differs', { what: 'A', why: 'B', notedOn: '2026-11-20' }, { what: 'A', why: 'B', notedOn: '2026-11-20' }, []],
    [
      'one field differs',
      { what: 'A, written down', why: 'B', notedOn: '2026-11-20' },
      { what: 'A', why: 'B', notedOn: '2026-11-20' },
      [{ field: 'what', label: 'What matters', yours: 'A, written down', theirs: 'A' }],
    ],
    [
      'a field cleared on one side shows as empty; spaces alone are no difference',
      { what: 'A ', why: '', notedOn: '2026-11-20' },
      { what: 'A', why: 'B', notedOn: '2026-11-20' },
      [{ field: 'why', label: 'Why it matters', yours: EMPTY_VALUE, theirs: 'B' }],
    ],
  ])('%s', (_, yours, theirs, rows) => {
    expect(reviewRows(yours, theirs, labels)).toEqual(rows);
  });

  it('compares only labelled fields, in the labels’ order, and shows a switch as Yes or No', () => {
    expect(reviewRows({ on: '2026-12-01', yearly: true, hidden: 'x' }, { on: '2026-12-02', yearly: false, hidden: 'y' }, { yearly: 'Every year', on: 'Date' })).toEqual([
      { field: 'yearly', label: 'Every year', yours: 'Yes', theirs: 'No' },
      { field: 'on', label: 'Date', yours: '2026-12-01', theirs: '2026-12-02' },
    ]);
  });
});
