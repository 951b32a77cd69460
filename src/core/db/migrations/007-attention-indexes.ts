/**
 * Today's reads become index-only. This week's minutes for the whole team are one range over the
 * week's investments (a few hundred entries whatever the years of history), instead of a seek per
 * person that then read each row for its minutes; the open-commitments index carries the text, so
 * attention lists every open promise and ask without touching the table.
 */
export const up = /* sql */ `
CREATE INDEX investments_by_day ON investments (day, person_id, minutes);

-- Same name, columns and rows as before, plus the text: every query that used it still does.
DROP INDEX commitments_open;
CREATE INDEX commitments_open ON commitments (person_id, owner, due_on, text) WHERE status = 'open';
`;
