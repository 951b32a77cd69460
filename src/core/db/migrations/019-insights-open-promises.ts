/**
 * Insights names the oldest promises still open among those made in the period. Read from the
 * made-on index, that walked every promise of the period (8,000 for a year at 10×) to keep the 731
 * open ones; this index holds only open promises, so the read walks just those. SQLite keeps a
 * partial index in step with every write itself (a promise done or dropped leaves it), so nothing
 * derived is stored and the JSON archive is unchanged.
 */
export const up = /* sql */ `
CREATE INDEX commitments_open_made ON commitments (person_id, made_on, owner, due_on) WHERE status = 'open';
`;
