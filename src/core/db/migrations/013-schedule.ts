/**
 * The real 1:1 schedule (issue 22): the calendars Tend reads (a picked .ics file and/or a
 * subscription URL), the occurrences it keeps from them (the last 26 weeks and the next 8, rebuilt
 * at each read), which person each event (by UID, so a recurring series once) is a 1:1 with, and the
 * after-meeting offers already answered. People gain an optional email address to match attendees.
 * The reminders table learns the pre-1:1 kind (SQLite cannot change a CHECK in place: it is rebuilt).
 */
export const up = /* sql */ `
ALTER TABLE people ADD COLUMN email TEXT CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'));
CREATE INDEX people_by_email ON people (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE calendar_sources (
  -- At most one picked file and one subscription.
  kind        TEXT PRIMARY KEY NOT NULL CHECK (kind IN ('file', 'url')),
  -- The file's name as picked, or the address as typed.
  label       TEXT NOT NULL CHECK (length(label) > 0),
  url         TEXT CHECK ((kind = 'url') = (url IS NOT NULL)),
  -- The last copy that was read without error: a failed read never replaces it.
  content     TEXT,
  etag        TEXT,
  read_at     TEXT,
  -- The last attempt, and why it failed (null once one succeeds).
  tried_at    TEXT,
  error       TEXT,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE calendar_preferences (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  -- The user's own address: their declined invitations are left out, and it is never taken for a person's.
  own_email     TEXT,
  lead_minutes  INTEGER NOT NULL DEFAULT 15 CHECK (lead_minutes BETWEEN 0 AND 240)
) STRICT;
INSERT INTO calendar_preferences (id) VALUES (1);

CREATE TABLE calendar_events (
  source         TEXT NOT NULL REFERENCES calendar_sources (kind) ON DELETE CASCADE,
  uid            TEXT NOT NULL,
  recurrence_id  TEXT NOT NULL,
  title          TEXT NOT NULL,
  starts_at      TEXT NOT NULL,
  ends_at        TEXT NOT NULL CHECK (ends_at >= starts_at),
  all_day        INTEGER NOT NULL CHECK (all_day IN (0, 1)),
  emails         TEXT NOT NULL CHECK (json_valid(emails) AND json_type(emails) = 'array'),
  PRIMARY KEY (source, uid, recurrence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX calendar_events_by_start ON calendar_events (starts_at);
CREATE INDEX calendar_events_by_uid ON calendar_events (uid);

CREATE TABLE calendar_matches (
  uid           TEXT PRIMARY KEY NOT NULL,
  -- Null: confirmed as not a 1:1 with anyone on the team.
  person_id     TEXT REFERENCES people (id) ON DELETE CASCADE,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX calendar_matches_by_person ON calendar_matches (person_id);

CREATE TABLE calendar_offers (
  uid            TEXT NOT NULL,
  recurrence_id  TEXT NOT NULL,
  person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  outcome        TEXT NOT NULL CHECK (outcome IN ('logged', 'dismissed')),
  investment_id  TEXT REFERENCES investments (id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (uid, recurrence_id)
) STRICT;

CREATE TABLE reminders_next (
  id            TEXT PRIMARY KEY NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('digest', 'reflection', 'date', 'one-on-one')),
  key           TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  route         TEXT NOT NULL,
  local_day     TEXT NOT NULL CHECK (local_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  decided_at    TEXT NOT NULL,
  shown_at      TEXT,
  failed_reason TEXT,
  opened_at     TEXT,
  dismissed_at  TEXT,
  CHECK (shown_at IS NULL OR failed_reason IS NULL)
) STRICT;
INSERT INTO reminders_next SELECT id, kind, key, title, body, route, local_day, decided_at, shown_at, failed_reason, opened_at, dismissed_at FROM reminders;
DROP TABLE reminders;
ALTER TABLE reminders_next RENAME TO reminders;
CREATE INDEX reminders_missed ON reminders (decided_at) WHERE opened_at IS NULL AND dismissed_at IS NULL;
CREATE INDEX reminders_by_day ON reminders (local_day);
`;
