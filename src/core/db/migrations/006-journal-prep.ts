/**
 * The reflection journal (one markdown entry per local day, linked to the people it mentions) and
 * one-on-one prep (dismissed questions, and the record of each finished one-on-one that keeps
 * "Finish" from logging twice). Self-contained: it only refers to tables from 001–003.
 */
const DAY = (column: string) =>
  `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const OPTIONAL_DAY = (column: string) =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const up = /* sql */ `
-- One entry per local day. An entry cleared to '' is kept (not deleted) so its revision still
-- orders later autosaves: a stale save that arrives after the clearing one must not bring text back.
CREATE TABLE journal_entries (
  id          TEXT PRIMARY KEY NOT NULL,
  day         TEXT NOT NULL UNIQUE ${DAY('day')},
  body        TEXT NOT NULL CHECK (length(body) <= 50000),
  -- Given by the editor, higher for each newer text; a save only applies above the stored one.
  revision    INTEGER NOT NULL CHECK (revision >= 1),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

-- The people an entry mentions. The day is copied from the entry (an entry never changes day) so a
-- person's timeline pages on one index. intention = 1 when every mention of them is in an unchecked
-- to-do: something the leader meant to do, never contact.
CREATE TABLE journal_mentions (
  entry_id    TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  day         TEXT NOT NULL ${DAY('day')},
  intention   INTEGER NOT NULL CHECK (intention IN (0, 1)),
  PRIMARY KEY (entry_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_mentions_by_person ON journal_mentions (person_id, day, entry_id);

-- A question the leader dismissed for one person: until a day ("not now"), or for good (NULL).
CREATE TABLE prep_dismissals (
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  key         TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  until       TEXT ${OPTIONAL_DAY('until')},
  created_at  TEXT NOT NULL,
  PRIMARY KEY (person_id, key)
) STRICT, WITHOUT ROWID;

-- Each finished one-on-one, keyed by the id the app gave the meeting when its mode opened, so
-- finishing it again returns what the first finish wrote instead of logging it twice. It holds
-- only ids (never a copy of the note): deleting the note or the investment later really deletes it.
CREATE TABLE one_on_ones (
  meeting_id     TEXT PRIMARY KEY NOT NULL,
  person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  day            TEXT NOT NULL ${DAY('day')},
  investment_id  TEXT REFERENCES investments (id) ON DELETE SET NULL,
  note_id        TEXT REFERENCES notes (id) ON DELETE SET NULL,
  -- JSON arrays of the talking point and commitment ids this finish wrote.
  ticked_ids     TEXT NOT NULL CHECK (json_valid(ticked_ids) AND json_type(ticked_ids) = 'array'),
  commitment_ids TEXT NOT NULL CHECK (json_valid(commitment_ids) AND json_type(commitment_ids) = 'array'),
  finished_at    TEXT NOT NULL
) STRICT;
CREATE INDEX one_on_ones_by_person ON one_on_ones (person_id, day);
`;
