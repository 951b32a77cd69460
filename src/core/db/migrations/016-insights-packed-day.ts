/**
 * Insights packs each investment of a period into one integer (src/core/insights/packed-investments.ts):
 * computed per row that cost a date parse and a CASE on each of a year's 57,000 rows at 10×. The
 * person index now also keeps the part that does not depend on the period, (day number × 8 + kind)
 * × 1024 + minutes, so the read takes it from the index and subtracts the period's first day: one
 * subtraction per row. The expression must stay exactly PACKED_DAY_SQL's for SQLite to use it
 * (tests/integration/insights/insights.test.ts checks the plan). Leading columns as before, so the
 * timeline's keyset pages and the latest-day seeks read it as they did.
 *
 * Insights also counts the period's promises by owner and outcome: with those columns in the
 * made-on index, only the open ones (whose text is named) are looked up in the table.
 */
export const up = /* sql */ `
DROP INDEX investments_by_person;
CREATE INDEX investments_by_person ON investments (person_id, day, created_at, id, minutes, kind,
  (((unixepoch(day) / 86400) << 3 | CASE kind WHEN 'one_on_one' THEN 0 WHEN 'coaching' THEN 1 WHEN 'career' THEN 2 WHEN 'check_in' THEN 3 WHEN 'personal' THEN 4 WHEN 'recognition' THEN 5 WHEN 'other' THEN 6 END) << 10 | minutes));
DROP INDEX commitments_made;
CREATE INDEX commitments_made ON commitments (person_id, made_on, created_at, id, owner, status, due_on, done_on);
`;
