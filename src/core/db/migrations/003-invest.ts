/**
 * Invest time and follow through: time invested in a person, commitments and their asks, talking
 * points for the next one-on-one; and on people, the longest gap the leader allows, a snooze, and
 * the mark that keeps the removable sample team apart from real data.
 */
const DAY = (column: string) =>
  `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const OPTIONAL_DAY = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const up = /* sql */ `
-- NULL means twice the cadence. Not tied to cadence_days here: the attention rules lift a maximum
-- below the cadence to it, so changing the cadence never makes a person impossible to save.
ALTER TABLE people ADD COLUMN max_days INTEGER CHECK (max_days IS NULL OR max_days BETWEEN 1 AND 730);
-- Paused through this local day (inclusive).
ALTER TABLE people ADD COLUMN snoozed_until TEXT ${OPTIONAL_DAY('snoozed_until')};
ALTER TABLE people ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1));

CREATE TABLE investments (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  day         TEXT NOT NULL ${DAY('day')},
  minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  kind        TEXT NOT NULL CHECK (kind IN ('one_on_one', 'coaching', 'career', 'check_in', 'personal', 'recognition', 'other')),
  note        TEXT CHECK (note IS NULL OR (length(trim(note)) > 0 AND length(note) <= 20000)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
-- One index serves the timeline's keyset pages and the latest-per-person lookup (max(day) per
-- person is one seek), so attention costs the same at 60 or 600,000 investments.
CREATE INDEX investments_by_person ON investments (person_id, day, created_at, id);

CREATE TABLE commitments (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 1000),
  owner       TEXT NOT NULL CHECK (owner IN ('me', 'them')),
  due_on      TEXT ${OPTIONAL_DAY('due_on')},
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  made_on     TEXT NOT NULL ${DAY('made_on')},
  done_on     TEXT ${OPTIONAL_DAY('done_on')},
  dropped_on  TEXT ${OPTIONAL_DAY('dropped_on')},
  drop_reason TEXT CHECK (drop_reason IS NULL OR length(drop_reason) <= 1000),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  -- The day goes with the status, so a timeline event can never point at a state that is not there.
  CHECK ((status = 'done') = (done_on IS NOT NULL)),
  CHECK ((status = 'dropped') = (dropped_on IS NOT NULL)),
  CHECK (drop_reason IS NULL OR status = 'dropped')
) STRICT;
-- Open lists per person (Person page, prep, attention): only open rows are in the index.
CREATE INDEX commitments_open ON commitments (person_id, owner, due_on) WHERE status = 'open';
-- One timeline source per event: made, done, dropped.
CREATE INDEX commitments_made ON commitments (person_id, made_on, created_at, id);
CREATE INDEX commitments_done ON commitments (person_id, done_on, created_at, id) WHERE done_on IS NOT NULL;
CREATE INDEX commitments_dropped ON commitments (person_id, dropped_on, created_at, id) WHERE dropped_on IS NOT NULL;

-- How many one-on-ones a point has been carried over is not stored: it is the count of one-on-one
-- investments since it was queued, which stays right when an investment is edited or undone.
CREATE TABLE talking_points (
  id           TEXT PRIMARY KEY NOT NULL,
  person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  text         TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 1000),
  position     INTEGER NOT NULL,
  discussed_on TEXT ${OPTIONAL_DAY('discussed_on')},
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX talking_points_queued ON talking_points (person_id, position) WHERE discussed_on IS NULL;
CREATE INDEX talking_points_discussed ON talking_points (person_id, discussed_on, created_at, id) WHERE discussed_on IS NOT NULL;
`;
