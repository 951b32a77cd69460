/**
 * Reminders Tend decided to show (issue 11). A row is written when a reminder is decided, before the
 * host tries to show it, so a crash in between re-tries it instead of losing it; `shown_at` is set
 * only once the host confirms it was on screen. Rows not yet opened or dismissed are the Missed list.
 */
export const up = /* sql */ `
CREATE TABLE reminders (
  id            TEXT PRIMARY KEY NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('digest', 'reflection', 'date')),
  -- What it is about (see core/reminders/reminder.ts): once per local day, or once per date occurrence.
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
-- The Missed list: open rows, newest first.
CREATE INDEX reminders_missed ON reminders (decided_at) WHERE opened_at IS NULL AND dismissed_at IS NULL;
-- The planner's record of what went out, by day.
CREATE INDEX reminders_by_day ON reminders (local_day);
`;
