import { describe, expect, it } from 'vitest';
import { monthGrid, monthTitle, shiftMonth, weekdayNames } from '../../../../src/renderer/features/journal/month-grid';

describe('month grid', () => {
  it('covers November 2026 in whole Monday-first weeks', () => {
    const weeks = monthGrid('2026-11', 1);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toEqual({ day: '2026-10-26', date: 26, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ day: '2026-11-01', date: 1, inMonth: true });
    expect(weeks[5]?.[0]).toEqual({ day: '2026-11-30', date: 30, inMonth: true });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });

  it.each([
    [0, '2026-11-01', ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'], 5],
    [1, '2026-10-26', ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], 6],
    [6, '2026-10-31', ['Sa', 'Su', 'Mo', 'Tu', 'We', 'Th', 'Fr'], 5],
  ] as const)('starts each week on the setting’s day (%i)', (weekStartsOn, firstDay, names, weekCount) => {
    const weeks = monthGrid('2026-11', weekStartsOn);
    expect(weeks[0]?.[0]?.day).toBe(firstDay);
    expect(weeks).toHaveLength(weekCount);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
    expect(weekdayNames(weekStartsOn)).toEqual(names);
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthTitle('2026-11')).toBe('November 2026');
  });
});
