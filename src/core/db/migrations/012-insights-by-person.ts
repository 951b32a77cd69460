/**
 * Insights reads each person's investments of a period (a year of a 600-person team is 57,000 rows)
 * and sums them in SQL, one range per person, so only one short row per person reaches JavaScript
 * (handing every row over cost ten times the reading). For that range to be index-only the person
 * index carries the minutes and kind too. Same name and leading columns as before, so the timeline's
 * keyset pages and the latest-day seeks read it as they did; the prep sheet's newest-of-a-kind walk
 * now stays in the index too.
 *
 * Why not a roll-up table per person per day: at the decade shape a person has ~0.3 investments a
 * day, so a day grain holds as many rows as the investments themselves (measured: 58,278 person-days
 * for 58,278 investments in a year at 10×) and would add triggers for nothing.
 */
export const up = /* sql */ `
DROP INDEX investments_by_person;
CREATE INDEX investments_by_person ON investments (person_id, day, created_at, id, minutes, kind);
`;
