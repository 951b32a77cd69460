/** The team: one row per person, archived rather than deleted so history remains. */
export const up = /* sql */ `
CREATE TABLE people (
  id             TEXT PRIMARY KEY NOT NULL,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  preferred_name TEXT,
  pronunciation  TEXT,
  role           TEXT,
  team           TEXT,
  started_on     TEXT CHECK (started_on IS NULL OR started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  cadence_days   INTEGER NOT NULL DEFAULT 7 CHECK (cadence_days BETWEEN 1 AND 365),
  archived_at    TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX people_by_name ON people (archived_at IS NOT NULL, name COLLATE NOCASE);
`;
