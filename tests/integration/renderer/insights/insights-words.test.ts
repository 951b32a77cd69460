import { describe, expect, it } from 'vitest';
import { enUS } from 'date-fns/locale/en-US';
import { resolvePeriod } from '../../../../src/core/insights/period';
import { summarizeInsights } from '../../../../src/core/insights/summarize-insights';
import { packInvestment } from '../../../../src/core/insights/packed-investments';
import { daysBetween } from '../../../../src/core/calendar/local-days';
import { rememberPeriod, rememberedPeriod } from '../../../../src/renderer/features/insights/insights-actions';
import {
  DEFAULT_PERIOD,
  amountWords,
  balanceEnds,
  heatLevel,
  missingCare,
  outcomeWords,
  percentWords,
  periodFromStorage,
  periodWords,
} from '../../../../src/renderer/features/insights/insights-words';
import { memoryStorage } from '../../../unit/renderer/memory-storage';

const person = (id: string, name: string) => ({ id, name, preferredName: null, cadenceDays: 7, maxDays: null, addedOn: '2025-01-01', lastInvestedOn: null, lastBefore: null });

describe('Insights words', () => {
  it('remembers a period between visits, and falls back to 12 weeks for anything it cannot read', () => {
    const storage = memoryStorage();
    expect(rememberedPeriod(storage)).toEqual(DEFAULT_PERIOD);
    rememberPeriod({ kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, storage);
    expect(rememberedPeriod(storage)).toEqual({ kind: 'custom', from: '2026-10-01', to: '2026-10-31' });
    for (const stored of ['{', '{"kind":"weeks","weeks":5}', '"quarter"', 'null']) expect(periodFromStorage(stored)).toEqual(DEFAULT_PERIOD);
    expect(periodFromStorage('{"kind":"quarter"}')).toEqual({ kind: 'quarter' });
  });

  it.each([
    [0, '0%'],
    [0.004, 'under 1%'],
    [0.126, '13%'],
    [1, '100%'],
  ])('%s of the time reads %s', (share, words) => expect(percentWords(share)).toBe(words));

  it.each([
    [0, 'no time'],
    [40, '40 min'],
    [570, '9 h 30'],
    [1_860, '31 h'],
    [1_890, '32 h'],
  ])('%s minutes read %s', (minutes, words) => expect(amountWords(minutes)).toBe(words));

  it.each([
    [null, 100, null],
    [0, 100, 0],
    [1, 100, 1],
    [25, 100, 1],
    [26, 100, 2],
    [100, 100, 4],
  ] as const)('a week of %s against a largest of %s is level %s', (minutes, largest, level) => expect(heatLevel(minutes, largest)).toBe(level));

  it('words a period', () => {
    const period = resolvePeriod({ kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, '2026-11-23', 1);
    expect(periodWords({ kind: 'weeks', weeks: 26 }, period, enUS)).toBe('the last 26 weeks');
    expect(periodWords({ kind: 'quarter' }, period, enUS)).toBe('this quarter');
    expect(periodWords({ kind: 'custom', from: '2026-10-01', to: '2026-10-31' }, period, enUS)).toBe('1 Oct 2026 – 31 Oct 2026');
  });

  it('names the most and least time among those who had some, and who had no kind of care', () => {
    const period = resolvePeriod({ kind: 'weeks', weeks: 4 }, '2026-11-23', 1);
    // Packed as the core reads a period's investments (packed-investments.ts).
    const on = (day: string) => daysBetween(period.startsOn, day);
    const overview = summarizeInsights({
      period,
      weekStartsOn: 1,
      people: [person('p', 'Priya'), person('s', 'Sam'), person('n', 'Noor')],
      investments: new Map([
        ['p', [packInvestment(on('2026-11-03'), 'career', 540)]],
        ['s', [packInvestment(on('2026-11-04'), 'one_on_one', 40)]],
      ]),
      // One promise to Priya, kept two days after its due day.
      commitments: { counts: [{ personId: 'p', owner: 'me', made: 1, done: 1, late: 1, dropped: 0 }], open: [] },
    });
    expect(balanceEnds(overview)).toEqual({ most: 'Priya', mostMinutes: 540, least: 'Sam', leastMinutes: 40 });
    expect(missingCare(overview).map((g) => [g.lead, g.people.map((p) => p.name)])).toEqual([
      ['No one-on-one', ['Noor', 'Priya']],
      ['No coaching', ['Noor', 'Priya', 'Sam']],
      ['No career conversation', ['Noor', 'Sam']],
      ['No recognition', ['Noor', 'Priya', 'Sam']],
    ]);
    expect(outcomeWords(overview.followThrough.mine)).toBe('0 kept on time, 1 late, 0 dropped, 0 still open');
  });
});
