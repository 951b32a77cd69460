/**
 * Insights read each person's period one investment at a time from investments_by_person: a year at
 * 10× is 57,000 index entries, each turned into JSON text and back, and that was most of the read.
 * This table keeps each person's investments of each calendar month already packed (PACKED_DAY_SQL,
 * comma-separated in day order), so a year is 13 short rows a person whose text is joined, not built.
 *
 * Keyed on the local month (`YYYY-MM` of the stored local day): it holds no week, so the week-start
 * setting and the time zone change nothing in it. Derived data, never archived: triggers rewrite a
 * person's month inside the same transaction as every write to investments (save, edit, delete, undo,
 * import, a person's delete cascading to their investments), so it always equals what
 * `monthOf` below reads from the table itself.
 *
 * The packed day migration 016 added to investments_by_person is read by nothing now: the index
 * goes back to its columns (012's shape), which the timeline, the latest-day seeks and the prep
 * sheet still read, so no write works it out for nothing.
 */
/**
 * PACKED_DAY_SQL as it was written when this migration shipped (an investment as (day number × 8 +
 * kind) × 1024 + minutes); the in-step tests (insights-months, migrations) fail if the two ever part.
 */
const PACKED = `(((unixepoch(day) / 86400) << 3 | CASE kind WHEN 'one_on_one' THEN 0 WHEN 'coaching' THEN 1 WHEN 'career' THEN 2 WHEN 'check_in' THEN 3 WHEN 'personal' THEN 4 WHEN 'recognition' THEN 5 WHEN 'other' THEN 6 END) << 10 | minutes)`;

const monthOf = (person: string, month: string) => /* sql */ `
  DELETE FROM insights_months WHERE person_id = ${person} AND month = ${month};
  INSERT INTO insights_months (person_id, month, packed)
    SELECT ${person}, ${month}, packed FROM (
      SELECT group_concat(${PACKED}, ',' ORDER BY day, created_at, id) AS packed
      FROM investments INDEXED BY investments_by_person
      WHERE person_id = ${person} AND day BETWEEN ${month} || '-01' AND ${month} || '-31')
    WHERE packed IS NOT NULL;`;

export const up = /* sql */ `
CREATE TABLE insights_months (
  person_id  TEXT NOT NULL,
  month      TEXT NOT NULL,
  packed     TEXT NOT NULL,
  PRIMARY KEY (person_id, month)
) STRICT, WITHOUT ROWID;

INSERT INTO insights_months (person_id, month, packed)
  SELECT person_id, substr(day, 1, 7), group_concat(${PACKED}, ',' ORDER BY day, created_at, id)
  FROM investments GROUP BY person_id, substr(day, 1, 7);

DROP INDEX investments_by_person;
CREATE INDEX investments_by_person ON investments (person_id, day, created_at, id, minutes, kind);

CREATE TRIGGER insights_months_after_insert AFTER INSERT ON investments BEGIN
  ${monthOf('NEW.person_id', 'substr(NEW.day, 1, 7)')}
END;

CREATE TRIGGER insights_months_after_delete AFTER DELETE ON investments BEGIN
  ${monthOf('OLD.person_id', 'substr(OLD.day, 1, 7)')}
END;

CREATE TRIGGER insights_months_after_update AFTER UPDATE OF person_id, day, minutes, kind, created_at ON investments BEGIN
  ${monthOf('OLD.person_id', 'substr(OLD.day, 1, 7)')}
  ${monthOf('NEW.person_id', 'substr(NEW.day, 1, 7)')}
END;
`;
