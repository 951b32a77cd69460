import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfWeek } from 'date-fns';

/** The month calendar's grid as data: whole weeks, each day marked as in the month or not. */

export interface GridDay {
  day: string;
  date: number;
  inMonth: boolean;
}

function monthStart(month: string): Date {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  return new Date(year, monthNumber - 1, 1);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  return format(addMonths(monthStart(month), by), 'yyyy-MM');
}

export function monthTitle(month: string): string {
  return format(monthStart(month), 'MMMM yyyy');
}

/** 0 Sunday … 6 Saturday; no default, so the grid always follows the user's week-start setting. */
type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Whole weeks covering the month, starting on `weekStartsOn`. */
export function monthGrid(month: string, weekStartsOn: WeekStartsOn): GridDay[][] {
  const first = monthStart(month);
  const last = endOfWeek(endOfMonth(first), { weekStartsOn });
  const weeks: GridDay[][] = [];
  for (let date = startOfWeek(first, { weekStartsOn }); date <= last; date = addDays(date, 1)) {
    if (weeks.length === 0 || weeks[weeks.length - 1]?.length === 7) weeks.push([]);
    weeks[weeks.length - 1]?.push({ day: format(date, 'yyyy-MM-dd'), date: date.getDate(), inMonth: format(date, 'yyyy-MM') === month });
  }
  return weeks;
}

/** Short weekday names in grid order. */
export function weekdayNames(weekStartsOn: WeekStartsOn): string[] {
  const start = startOfWeek(new Date(2026, 0, 5), { weekStartsOn });
  return Array.from({ length: 7 }, (_, index) => format(addDays(start, index), 'EEEEEE'));
}
