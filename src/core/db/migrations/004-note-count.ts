/**
 * A person's note count kept by the database, so the Person page's header costs the same at 20
 * notes or 20,000 (it was a count(*) over every note). Triggers keep it in step inside the same
 * transaction as the write; a person deleted with their notes takes their counter along.
 */
export const up = /* sql */ `
CREATE TABLE note_counts (
  person_id  TEXT PRIMARY KEY NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  notes      INTEGER NOT NULL CHECK (notes >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO note_counts (person_id, notes)
  SELECT person_id, count(*) FROM notes GROUP BY person_id;

CREATE TRIGGER note_counts_after_insert AFTER INSERT ON notes BEGIN
  INSERT INTO note_counts (person_id, notes) VALUES (NEW.person_id, 1)
    ON CONFLICT (person_id) DO UPDATE SET notes = notes + 1;
END;

CREATE TRIGGER note_counts_after_delete AFTER DELETE ON notes BEGIN
  UPDATE note_counts SET notes = notes - 1 WHERE person_id = OLD.person_id;
END;

-- The app never moves a note to someone else, but a counter must not drift if anything does.
CREATE TRIGGER note_counts_after_move AFTER UPDATE OF person_id ON notes
  WHEN OLD.person_id <> NEW.person_id BEGIN
  UPDATE note_counts SET notes = notes - 1 WHERE person_id = OLD.person_id;
  INSERT INTO note_counts (person_id, notes) VALUES (NEW.person_id, 1)
    ON CONFLICT (person_id) DO UPDATE SET notes = notes + 1;
END;
`;
