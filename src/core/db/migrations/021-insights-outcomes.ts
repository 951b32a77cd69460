/**
 * Insights counts the period's promises of each person by owner and outcome as one digit a promise
 * (COMMITMENT_COUNTS_SQL in src/core/insights/insights-service.ts). Worked out from four columns of
 * commitments_made, that expression was most of the read: 8,000 promises for a year at 10×. This
 * index keeps the digit itself after the person and the day made, so the read takes it from short
 * index entries. The expression must stay exactly OUTCOME_SQL's for SQLite to use it
 * (tests/integration/insights/insights.test.ts checks the plan).
 *
 * The index of open promises (migration 019) now also carries their text, so naming the oldest open
 * ones reads the index alone instead of looking up each open promise's row for its text.
 *
 * Both are indexes SQLite keeps in step with every write itself (a promise done, dropped, edited,
 * undone, imported or restored): nothing derived is stored, and the JSON archive is unchanged.
 */
export const up = /* sql */ `
CREATE INDEX commitments_outcome ON commitments (person_id, made_on,
  (CASE owner WHEN 'me' THEN 0 ELSE 4 END + CASE status WHEN 'open' THEN 0 WHEN 'dropped' THEN 1 ELSE CASE WHEN done_on > due_on THEN 2 ELSE 3 END END));
DROP INDEX commitments_open_made;
CREATE INDEX commitments_open_made ON commitments (person_id, made_on, owner, due_on, text) WHERE status = 'open';
`;
