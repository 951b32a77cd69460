import { differenceInCalendarDays, startOfDay, type Locale } from 'date-fns';
import type { TimelineItem } from '../../../shared/timeline';
import { formatHeadingDay, parseLocalDay } from '../../app/dates';
import type { MarkdownSource } from './markdown';
import { TIMELINE_FILTERS, type TimelineFilter } from './timeline-query';

/** The timeline's scrolling and wording rules, kept out of the component so they can be tested. */

/**
 * Fetch the next page while this many screens of loaded items are still below the viewport, so
 * at a fast scroll the page has answered and been drawn before the reader gets there.
 */
export const LOAD_AHEAD_SCREENS = 3;

/** The markdown a row shows, if any: a note's body, or the note on an investment. */
export function markdownOf(item: TimelineItem): MarkdownSource | null {
  if (item.type === 'note') return item.note;
  if (item.type === 'investment' && item.investment.note) {
    return { id: item.investment.id, updatedAt: item.investment.updatedAt, body: item.investment.note };
  }
  return null;
}

/** A row's identity: one commitment shows up to twice (made, then done or dropped), so its event is part of it. */
export function timelineKey(item: TimelineItem): string {
  return item.type === 'commitment' ? `${item.type}:${item.event}:${item.id}` : `${item.type}:${item.id}`;
}

/** Whether what is loaded below the viewport (`pixelsLeft`) is close enough to its end to ask for more. */
export function shouldLoadMore(pixelsLeft: number, viewport: number, loaded: number, hasMore: boolean, busy: boolean): boolean {
  if (!hasMore || busy) return false;
  return loaded === 0 || pixelsLeft < LOAD_AHEAD_SCREENS * Math.max(viewport, 1);
}

/** A day heading goes above the first item of each day. */
export function startsNewDay(items: readonly TimelineItem[], index: number): boolean {
  if (index === 0) return true;
  return items[index]?.day !== items[index - 1]?.day;
}

/** "Today", "Yesterday", "Friday 20 November", or with the year when it is not this year. */
export function dayHeading(day: string, now: Date, locale: Locale): string {
  const date = parseLocalDay(day);
  if (!date) return day;
  const days = differenceInCalendarDays(startOfDay(now), date);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return formatHeadingDay(date, now, locale);
}

/**
 * The line beside the filters. The count is of the person's notes, so it is shown only while notes
 * are what the list holds; under another filter ("Journal") a note count read as the list's own.
 */
export function timelineSummary(filter: TimelineFilter, noteCount: number): string {
  if (filter === 'all' || filter === 'notes') {
    return `${noteCount.toLocaleString()} ${noteCount === 1 ? 'note' : 'notes'} · newest first`;
  }
  const label = TIMELINE_FILTERS.find((f) => f.key === filter)?.label ?? filter;
  return `Only ${label.toLowerCase()} · newest first`;
}
