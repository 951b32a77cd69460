import { describe, expect, it } from 'vitest';
import { carryOver, type CarryOver, type TalkingPointDays } from '../../../../src/core/prep/carry-over';

const TODAY = '2026-11-23';
const open = (createdOn: string): TalkingPointDays => ({ createdOn, discussedOn: null });

type Row = [label: string, point: TalkingPointDays, oneOnOnes: string[], today: string, expected: CarryOver];
const never: CarryOver = { times: 0, since: null, label: null, flag: null };

describe('carryOver: how many one-on-ones a talking point was carried past', () => {
  it.each<Row>([
    ['queued, no 1:1 since', open('2026-11-20'), ['2026-11-02', '2026-11-09'], TODAY, never],
    ['a 1:1 on the day it was queued does not carry it', open('2026-11-16'), ['2026-11-16'], TODAY, never],
    ['carried once: no ordinal yet', open('2026-11-01'), ['2026-11-03'], TODAY, { times: 1, since: '2026-11-03', label: 'carried since 3 Nov', flag: null }],
    ['carried twice', open('2026-11-01'), ['2026-11-03', '2026-11-10'], TODAY, { times: 2, since: '2026-11-03', label: 'carried since 3 Nov · 2nd time', flag: null }],
    [
      'three times: flagged',
      open('2026-11-01'),
      ['2026-11-17', '2026-11-03', '2026-11-10'],
      TODAY,
      { times: 3, since: '2026-11-03', label: 'carried since 3 Nov · 3rd time', flag: 'still open after three 1:1s — drop it or act?' },
    ],
    [
      'four times',
      open('2026-10-01'),
      ['2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17'],
      TODAY,
      { times: 4, since: '2026-10-27', label: 'carried since 27 Oct · 4th time', flag: 'still open after four 1:1s — drop it or act?' },
    ],
    ['two 1:1s logged on one day count once', open('2026-11-01'), ['2026-11-03', '2026-11-03'], TODAY, { times: 1, since: '2026-11-03', label: 'carried since 3 Nov', flag: null }],
    ['a 1:1 today carries an open point', open('2026-11-10'), [TODAY], TODAY, { times: 1, since: TODAY, label: 'carried since 23 Nov', flag: null }],
    ['days after today are ignored', open('2026-11-10'), ['2026-11-30'], TODAY, never],
    [
      'discussed at the third 1:1: carried twice, not flagged',
      { createdOn: '2026-11-01', discussedOn: '2026-11-17' },
      ['2026-11-03', '2026-11-10', '2026-11-17'],
      TODAY,
      { times: 2, since: '2026-11-03', label: 'carried since 3 Nov · 2nd time', flag: null },
    ],
    [
      'discussed after three carries keeps its history but loses the flag',
      { createdOn: '2026-10-01', discussedOn: '2026-11-20' },
      ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-20'],
      TODAY,
      { times: 3, since: '2026-11-03', label: 'carried since 3 Nov · 3rd time', flag: null },
    ],
    ['discussed at the first 1:1', { createdOn: '2026-11-01', discussedOn: '2026-11-03' }, ['2026-11-03', '2026-11-10'], TODAY, never],
    [
      'carried since last year names the year',
      open('2025-12-01'),
      ['2025-12-15', '2026-01-05'],
      TODAY,
      { times: 2, since: '2025-12-15', label: 'carried since 15 Dec 2025 · 2nd time', flag: null },
    ],
    [
      'over the leap day',
      open('2028-02-28'),
      ['2028-02-29', '2028-03-07', '2028-03-14'],
      '2028-03-15',
      { times: 3, since: '2028-02-29', label: 'carried since 29 Feb · 3rd time', flag: 'still open after three 1:1s — drop it or act?' },
    ],
    [
      'eleventh time (ordinal “11th”)',
      open('2026-01-01'),
      Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-15`),
      TODAY,
      { times: 11, since: '2026-01-15', label: 'carried since 15 Jan · 11th time', flag: 'still open after eleven 1:1s — drop it or act?' },
    ],
  ])('%s', (_, point, oneOnOnes, today, expected) => {
    expect(carryOver(point, oneOnOnes, today)).toEqual(expected);
  });
});
