import { describe, expect, it } from 'vitest';
import type { InvestmentFact } from '../../../../../src/core/prep/questions';
import { noRecognition } from '../../../../../src/core/prep/questions/no-recognition';
import { factsFor, SAM, TODAY } from './facts';

const TEXT = 'What has Sam done lately that deserves recognition?';
type Row = [label: string, investments: InvestmentFact[], addedOn: string, today: string, because: string | null];

describe('noRecognition: no recognition logged in 60 days', () => {
  it.each<Row>([
    ['last recognition exactly 60 days ago', [{ kind: 'recognition', on: '2026-09-24' }], '2025-01-06', TODAY, 'No recognition logged since 24 Sep.'],
    ['59 days ago', [{ kind: 'recognition', on: '2026-09-25' }], '2025-01-06', TODAY, null],
    ['the newest of several counts, in any order', [{ kind: 'recognition', on: '2026-01-01' }, { kind: 'recognition', on: '2026-11-01' }, { kind: 'recognition', on: '2026-05-01' }], '2025-01-06', TODAY, null],
    ['other kinds of time are not recognition', [{ kind: 'one_on_one', on: '2026-11-20' }, { kind: 'recognition', on: '2026-06-02' }], '2025-01-06', TODAY, 'No recognition logged since 2 Jun.'],
    ['never, and known for 60 days', [], '2026-09-24', TODAY, 'No recognition logged yet.'],
    ['never, but added 59 days ago', [], '2026-09-25', TODAY, null],
    ['a recognition dated after today does not hide the gap', [{ kind: 'recognition', on: '2026-12-01' }], '2025-01-06', TODAY, 'No recognition logged yet.'],
    ['a leap year: 1 Jan → 1 Mar is 60 days', [], '2028-01-01', '2028-03-01', 'No recognition logged yet.'],
    ['a common year: 1 Jan → 1 Mar is 59 days', [], '2027-01-01', '2027-03-01', null],
  ])('%s', (_, investments, addedOn, today, because) => {
    const facts = factsFor({ investments });
    facts.person = { ...facts.person, addedOn };
    const questions = noRecognition(facts, today);
    if (because === null) return expect(questions).toEqual([]);
    expect(questions).toEqual([{ key: `no-recognition:${SAM}`, rule: 'no-recognition', text: TEXT, because }]);
  });
});
