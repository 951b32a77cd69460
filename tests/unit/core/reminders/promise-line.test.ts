import { describe, expect, it } from 'vitest';
import { asClause, promiseLine } from '../../../../src/core/reminders/promise-line';

const TODAY = '2026-11-23';

describe('a promise in a reminder reads as English whatever its text (issue 20, item 6)', () => {
  it.each([
    ['Send him the senior-engineer rubric', '2026-12-09', 'Still open: your promise to Sam — send him the senior-engineer rubric (due 9 Dec)'],
    ['budget link', '2026-11-20', 'Still open: your promise to Sam — budget link (due 20 Nov)'],
    ['Intro to Dana.', TODAY, 'Due today: your promise to Sam — intro to Dana'],
    ['  Review   the   draft  ', TODAY, 'Due today: your promise to Sam — review the draft'],
    ['I’ll ask about the budget', TODAY, 'Due today: your promise to Sam — I’ll ask about the budget'],
    ['PTO cover for December', TODAY, 'Due today: your promise to Sam — PTO cover for December'],
    ['Q3 numbers', TODAY, 'Due today: your promise to Sam — Q3 numbers'],
    ['Sam’s promotion case', TODAY, 'Due today: your promise to Sam — Sam’s promotion case'],
    ['Priya’s review, with Sam', TODAY, 'Due today: your promise to Sam — Priya’s review, with Sam'],
    ['Wait and see…', TODAY, 'Due today: your promise to Sam — wait and see…'],
    ['McKinsey report', TODAY, 'Due today: your promise to Sam — McKinsey report'],
  ])('%s', (text, dueOn, expected) => {
    expect(promiseLine({ personName: 'Sam', text, dueOn }, TODAY, ['Priya Raman', 'Sam'])).toBe(expected);
  });

  it('keeps an ellipsis, drops one closing full stop', () => {
    expect(asClause('Call back...')).toBe('call back...');
    expect(asClause('Call back.')).toBe('call back');
  });
});
