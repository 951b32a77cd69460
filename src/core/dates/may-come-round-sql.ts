/**
 * A SQL condition true for every dated thing that may come round within `daysAhead` days of
 * `:today`: a cheap filter so Today reads the few dates near now instead of every date of the team.
 * It is deliberately a little wider than the exact rule (`occurrenceOf`), which still decides:
 * SQLite rolls 29 February into 1 March in common years where the rule says 28 February (a day
 * late), and next year's occurrence is 365 or 366 days on, so each bound keeps a day or three to spare.
 *
 * `date`, `yearly` and `daysAhead` are SQL expressions (column names); `yearly` may be the literal 1.
 */
export function mayComeRoundSql(date: string, yearly: string, daysAhead: string): string {
  const thisYear = `julianday(substr(:today, 1, 4) || substr(${date}, 5)) - julianday(:today)`;
  const once = `julianday(${date}) - julianday(:today)`;
  return `(CASE WHEN ${yearly} = 1
      THEN (${thisYear}) BETWEEN 0 AND ${daysAhead} + 1 OR (${thisYear}) + 363 <= ${daysAhead}
      ELSE (${once}) BETWEEN 0 AND ${daysAhead} END)`;
}
