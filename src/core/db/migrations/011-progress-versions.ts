/**
 * Progress notes can be edited, and an edit names the version it changes (`updated_at`, as every
 * other editable record already has), so a stale save from another window is refused rather than
 * silently overwriting. Existing notes start at the version they were written. A row inserted
 * without one (an older archive, written before this column) takes its `created_at` the same way.
 */
export const up = /* sql */ `
ALTER TABLE progress_notes ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE progress_notes SET updated_at = created_at;

CREATE TRIGGER progress_notes_version_after_insert AFTER INSERT ON progress_notes WHEN NEW.updated_at = '' BEGIN
  UPDATE progress_notes SET updated_at = NEW.created_at WHERE id = NEW.id;
END;
`;
