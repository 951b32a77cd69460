import { describe, expect, it } from 'vitest';
import { monthGrid, monthTitle, shiftMonth, weekdayNames } from '../../../../src/renderer/features/journal/month-grid';

describe('month grid', () => {
  it('covers November 2026 in whole Monday-first weeks', () => {
    const weeks = monthGrid('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toEqual({ day: '2026-10-26', date: 26, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ day: '2026-11-01', date: 1, inMonth: true });
    expect(weeks[5]?.[0]).toEqual({ day: '2026-11-30', date: 30, inMonth: true });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });

  it('starts on Sunday when asked', () => {
    expect(monthGrid('2026-11', 0)[0]?.[0]?.day).toBe('2026-11-01');
    expect(weekdayNames(0)[0]).toBe('Su');
    expect(weekdayNames()[0]).toBe('Mo');
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthTitle('2026-11')).toBe('November 2026');
  });
});
