/**
 * Each person's latest day with time invested, kept by the database. Today reads it for the whole
 * team on every refresh: a seek into 600,000 investments per person cost more than everything else
 * Today reads about them. Triggers keep it in step inside the same transaction as the write, so the
 * table always equals `SELECT person_id, max(day) FROM investments GROUP BY person_id`.
 *
 * No foreign key on purpose: deleting a person cascades to their investments, and the delete
 * trigger below may re-read the person's remaining ones mid-cascade; it removes the row itself once
 * the last of them is gone.
 */
const recompute = (person: string) => /* sql */ `
  DELETE FROM last_investments WHERE person_id = ${person};
  INSERT INTO last_investments (person_id, day)
    SELECT person_id, day FROM investments WHERE person_id = ${person} ORDER BY day DESC LIMIT 1;`;

export const up = /* sql */ `
CREATE TABLE last_investments (
  person_id  TEXT PRIMARY KEY NOT NULL,
  day        TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO last_investments (person_id, day)
  SELECT person_id, max(day) FROM investments GROUP BY person_id;

CREATE TRIGGER last_investments_after_insert AFTER INSERT ON investments BEGIN
  INSERT INTO last_investments (person_id, day) VALUES (NEW.person_id, NEW.day)
    ON CONFLICT (person_id) DO UPDATE SET day = excluded.day WHERE excluded.day > day;
END;

-- Only removing the latest day changes anything: then the next latest is one seek away.
CREATE TRIGGER last_investments_after_delete AFTER DELETE ON investments
  WHEN OLD.day >= (SELECT day FROM last_investments WHERE person_id = OLD.person_id) BEGIN
  ${recompute('OLD.person_id')}
END;

CREATE TRIGGER last_investments_after_update AFTER UPDATE OF person_id, day ON investments
  WHEN OLD.person_id <> NEW.person_id OR OLD.day <> NEW.day BEGIN
  ${recompute('OLD.person_id')}
  INSERT INTO last_investments (person_id, day) VALUES (NEW.person_id, NEW.day)
    ON CONFLICT (person_id) DO UPDATE SET day = excluded.day WHERE excluded.day > day;
END;
`;
