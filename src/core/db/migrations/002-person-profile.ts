/**
 * Everything a leader knows about one person: what matters and why, goals and challenges with
 * progress notes, family and personal details, important dates, and dated notes.
 * Every record belongs to one person and goes with them when they are deleted.
 */
const DAY = (column: string) =>
  `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const up = /* sql */ `
ALTER TABLE people ADD COLUMN anniversary_days_ahead INTEGER NOT NULL DEFAULT 7
  CHECK (anniversary_days_ahead BETWEEN 0 AND 90);

CREATE TABLE matters (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
  why         TEXT,
  noted_on    TEXT NOT NULL ${DAY('noted_on')},
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX matters_by_person ON matters (person_id, noted_on DESC, created_at DESC);

CREATE TABLE goals (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('goal', 'challenge')),
  sphere      TEXT NOT NULL CHECK (sphere IN ('personal', 'professional')),
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  detail      TEXT,
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'resolved', 'let_go')),
  target_on   TEXT CHECK (target_on IS NULL OR target_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((kind = 'goal' AND status <> 'resolved') OR (kind = 'challenge' AND status <> 'achieved'))
) STRICT;
CREATE INDEX goals_by_person ON goals (person_id, created_at);

CREATE TABLE progress_notes (
  id          TEXT PRIMARY KEY NOT NULL,
  goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
  noted_on    TEXT NOT NULL ${DAY('noted_on')},
  status      TEXT CHECK (status IS NULL OR status IN ('active', 'achieved', 'resolved', 'let_go')),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX progress_by_goal ON progress_notes (goal_id, noted_on DESC, created_at DESC);
CREATE INDEX progress_timeline ON progress_notes (person_id, noted_on DESC, created_at DESC, id DESC);

CREATE TABLE personal_details (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('family', 'pet', 'hobby', 'passion', 'good_to_know')),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  relation    TEXT,
  birthday    TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX details_by_person ON personal_details (person_id, kind, created_at);

CREATE TABLE important_dates (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('birthday', 'custom')),
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  on_date     TEXT NOT NULL ${DAY('on_date')},
  yearly      INTEGER NOT NULL CHECK (yearly IN (0, 1)),
  days_ahead  INTEGER NOT NULL DEFAULT 7 CHECK (days_ahead BETWEEN 0 AND 90),
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX dates_by_person ON important_dates (person_id);
CREATE UNIQUE INDEX one_birthday_per_person ON important_dates (person_id) WHERE kind = 'birthday';

CREATE TABLE notes (
  id          TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('one_on_one', 'observation', 'feedback_praise', 'feedback_constructive', 'other')),
  body        TEXT NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 20000),
  noted_on    TEXT NOT NULL ${DAY('noted_on')},
  mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
  energy      INTEGER CHECK (energy IS NULL OR energy BETWEEN 1 AND 5),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX notes_timeline ON notes (person_id, noted_on DESC, created_at DESC, id DESC);
`;
