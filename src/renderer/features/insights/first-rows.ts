/**
 * How much of a per-person list Insights draws before "Show all". A team of up to 40 reads in full;
 * at 600 people every panel drawing every row made thousands of elements before the page was usable
 * (issue 18: Insights reaches visible within 1.5× Today), most of them below the first screen.
 */
export const ROWS_SHOWN = 40;
/** Names run together in a sentence ("Priya, Sam and 30 more") before the rest are one click away. */
export const NAMES_SHOWN = 12;

/** The first `limit` of `items`, or all of them once the reader asked for all. */
export function firstOf<T>(items: readonly T[], limit: number, all: boolean): readonly T[] {
  return all || items.length <= limit ? items : items.slice(0, limit);
}
