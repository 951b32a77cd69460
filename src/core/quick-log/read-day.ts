import { isMatch } from 'date-fns';
import { daysBetween, shiftDay, weekdayName, weekdayOf } from '../calendar/local-days';
import { following, type Read, type Token } from './tokens';

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0,
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
};
const DAY_UNITS = new Set(['d', 'day', 'days']);
const WEEK_UNITS = new Set(['w', 'wk', 'wks', 'week', 'weeks']);
const YESTERDAY = new Set(['yesterday', 'yday', 'yest']);
const TOMORROW = new Set(['tomorrow', 'tmrw', 'tmr']);

/** The most recent `weekday` on or before today (or strictly before, for "last fri"). */
function pastWeekday(today: string, weekday: number, includeToday: boolean): string {
  let back = (weekdayOf(today) - weekday + 7) % 7;
  if (back === 0 && !includeToday) back = 7;
  return shiftDay(today, -back);
}

/** The next `weekday` on or after today: "by fri" on a Friday means today. */
function comingWeekday(today: string, weekday: number): string {
  return shiftDay(today, (weekday - weekdayOf(today) + 7) % 7);
}

function readIsoDay(word: string, label: string): Read<string> | undefined {
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(word)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(word) && isMatch(word, 'yyyy-MM-dd')) return { value: word, used: 1 };
  return { error: `${label} must be a real date written as YYYY-MM-DD.` };
}

/** Days in a count-and-unit phrase ("3d", "3 days", "2w", "2 weeks"), or null. */
function countOf(tokens: readonly Token[], i: number): { days: number; used: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const joined = /^(\d+)(d|w)$/.exec(token.word);
  if (joined) return { days: Number(joined[1]) * (joined[2] === 'w' ? 7 : 1), used: 1 };
  const unit = following(tokens, i);
  if (!/^\d+$/.test(token.word) || !unit) return null;
  if (DAY_UNITS.has(unit.word)) return { days: Number(token.word), used: 2 };
  if (WEEK_UNITS.has(unit.word)) return { days: Number(token.word) * 7, used: 2 };
  return null;
}

/**
 * The day time was invested: `today`, `yesterday`, a weekday (the most recent one, today included),
 * `last fri` (strictly before today), `on mon`, `3d ago`, `2 weeks ago`, `YYYY-MM-DD`.
 * `tomorrow` is read too, so the caller can refuse it as a future day rather than keep it as note text.
 */
export function readInvestedDay(tokens: readonly Token[], i: number, today: string): Read<string> {
  const token = tokens[i];
  if (!token) return null;
  const word = token.word;
  if (word === 'today') return { value: today, used: 1 };
  if (YESTERDAY.has(word)) return { value: shiftDay(today, -1), used: 1 };
  if (TOMORROW.has(word)) return { value: shiftDay(today, 1), used: 1 };
  const weekday = WEEKDAYS[word];
  if (weekday !== undefined) return { value: pastWeekday(today, weekday, true), used: 1 };
  const next = following(tokens, i);
  if (word === 'last' && next) {
    const lastWeekday = WEEKDAYS[next.word];
    return lastWeekday === undefined ? null : { value: pastWeekday(today, lastWeekday, false), used: 2 };
  }
  if (word === 'on' && next) {
    const day = readInvestedDay(tokens, i + 1, today);
    return day && 'value' in day ? { value: day.value, used: day.used + 1 } : day;
  }
  const count = countOf(tokens, i);
  if (count) {
    const ago = following(tokens, i + count.used - 1);
    if (ago?.word === 'ago') return { value: shiftDay(today, -count.days), used: count.used + 1 };
    return null;
  }
  return readIsoDay(word, 'Day') ?? null;
}

/** Strips sentence punctuation a due phrase may end with ("by fri."). */
function dueWord(token: Token | undefined): string {
  return token ? token.word.replace(/[.;!?]+$/, '') : '';
}

function readDueWords(tokens: readonly Token[], today: string): Read<string> {
  const [first, second] = tokens.map(dueWord);
  if (tokens.length === 1) {
    if (first === 'today') return { value: today, used: 1 };
    if (TOMORROW.has(first ?? '')) return { value: shiftDay(today, 1), used: 1 };
    return null;
  }
  if (first === 'in') {
    const count = countOf(tokens.map((t) => ({ ...t, word: dueWord(t) })), 1);
    return count && count.used === tokens.length - 1 ? { value: shiftDay(today, count.days), used: tokens.length } : null;
  }
  if (!['by', 'due', 'before', 'until'].includes(first ?? '')) return null;
  if (tokens.length === 2) {
    const word = second ?? '';
    if (word === 'today') return { value: today, used: 2 };
    if (TOMORROW.has(word)) return { value: shiftDay(today, 1), used: 2 };
    const weekday = WEEKDAYS[word];
    if (weekday !== undefined) return { value: comingWeekday(today, weekday), used: 2 };
    const iso = readIsoDay(word, 'Due day');
    return iso && 'value' in iso ? { value: iso.value, used: 2 } : (iso ?? null);
  }
  const weekday = WEEKDAYS[dueWord(tokens[2])];
  if (tokens.length === 3 && second === 'next' && weekday !== undefined) {
    // "next Friday" means this coming one to some people and the one after to others.
    const coming = comingWeekday(today, weekday);
    return { error: `Due day “next ${weekdayName(coming)}” is unclear; write “by ${tokens[2]?.raw.replace(/[.;!?]+$/, '')}” for ${coming} or give the date.` };
  }
  return null;
}

/**
 * A due day at the end of a commitment: `by fri` (the coming Friday, today if it is Friday),
 * `by tomorrow`, `by 2026-12-04`, `due mon`, `in 3 days`, `in 2 weeks`, or a bare `today`/`tomorrow`.
 * Returns where the due phrase starts, so the rest is the commitment's text. A day already past is refused.
 */
export function readDueDay(tokens: readonly Token[], today: string): { dueOn: string; start: number } | { error: string } | null {
  for (let start = Math.max(0, tokens.length - 4); start < tokens.length; start++) {
    const phrase = tokens.slice(start);
    if (phrase.slice(0, -1).some((t) => t.colon)) continue;
    const read = readDueWords(phrase, today);
    if (!read) continue;
    if ('error' in read) return read;
    if (daysBetween(today, read.value) < 0) return { error: 'Due day has already passed; choose today or a later day.' };
    return { dueOn: read.value, start };
  }
  return null;
}
