/**
 * One full-text index over everything the leader writes (issue 17), inside the database file so
 * backups, restore and exports' snapshots carry it and nothing is written beside it.
 *
 * - `search_text` (FTS5) holds each record's searchable text; accents and case are folded at index
 *   time (`remove_diacritics 2`) while the stored text keeps its accents for highlights.
 * - `search_docs` says what each indexed row is: kind, record, person, day, state, owner.
 * - Both share a rowid that orders by day: (days since 1970) × 2^24 + the order written within the
 *   day. "Newest first" is then FTS5's own descending rowid walk, which stops after one page instead
 *   of sorting every hit of a common word, and a date filter is a rowid range.
 *
 * Triggers on every indexed table keep both in step inside the same transaction as the write, so
 * every path that writes — saves, Undo, import, restore, the sample team — is covered without
 * knowing about search. A deleted person's records leave with the cascade; the person's own trigger
 * sweeps anything left with their id. Archived people are not in the index's data (their records
 * are hidden at query time), so archiving costs nothing here.
 */

/** One kind of record and how it reads into the index; NEW/OLD refer to the table's row. */
export interface IndexedTable {
  kind: string;
  table: string;
  /** Columns whose change re-indexes the row. */
  watched: string[];
  /** SQL over NEW.*, in this order: person_id, goal_id, day, state, owner, text. */
  person: string;
  goal: string;
  day: string;
  state: string;
  owner: string;
  text: string;
  /** Rows indexed only when this holds (e.g. an investment with a note). */
  when: string;
}

const localDayOf = (timestamp: string) => `date(${timestamp}, 'localtime')`;
/** Parts on lines of their own; concat_ws skips a NULL part, so an empty field adds no blank line. */
const lines = (...parts: string[]) => `concat_ws(char(10), ${parts.join(', ')})`;

export const TABLES: IndexedTable[] = [
  {
    kind: 'person',
    table: 'people',
    watched: ['name', 'preferred_name', 'pronunciation', 'role', 'team', 'created_at'],
    person: 'NEW.id',
    goal: 'NULL',
    day: localDayOf('NEW.created_at'),
    state: 'NULL',
    owner: 'NULL',
    text: lines('NEW.name', 'NEW.preferred_name', 'NEW.role', 'NEW.team', 'NEW.pronunciation'),
    when: '1',
  },
  {
    kind: 'note',
    table: 'notes',
    watched: ['person_id', 'body', 'noted_on'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: 'NEW.noted_on',
    state: 'NULL',
    owner: 'NULL',
    text: 'NEW.body',
    when: '1',
  },
  {
    kind: 'journal',
    table: 'journal_entries',
    watched: ['body', 'day'],
    person: 'NULL',
    goal: 'NULL',
    day: 'NEW.day',
    state: 'NULL',
    owner: 'NULL',
    text: 'NEW.body',
    // An entry cleared to '' is kept for its revision; there is nothing in it to find.
    when: "trim(NEW.body) <> ''",
  },
  {
    kind: 'matter',
    table: 'matters',
    watched: ['person_id', 'what', 'why', 'noted_on'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: 'NEW.noted_on',
    state: 'NULL',
    owner: 'NULL',
    text: lines('NEW.what', 'NEW.why'),
    when: '1',
  },
  {
    kind: 'goal',
    table: 'goals',
    watched: ['person_id', 'title', 'detail', 'status', 'created_at'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: localDayOf('NEW.created_at'),
    state: "CASE NEW.status WHEN 'active' THEN 'open' WHEN 'let_go' THEN 'dropped' ELSE 'done' END",
    owner: 'NULL',
    text: lines('NEW.title', 'NEW.detail'),
    when: '1',
  },
  {
    kind: 'progress',
    table: 'progress_notes',
    watched: ['person_id', 'goal_id', 'body', 'noted_on'],
    person: 'NEW.person_id',
    goal: 'NEW.goal_id',
    day: 'NEW.noted_on',
    state: 'NULL',
    owner: 'NULL',
    text: 'NEW.body',
    when: '1',
  },
  {
    kind: 'detail',
    table: 'personal_details',
    watched: ['person_id', 'name', 'relation', 'note', 'created_at'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: localDayOf('NEW.created_at'),
    state: 'NULL',
    owner: 'NULL',
    text: lines('NEW.name', 'NEW.relation', 'NEW.note'),
    when: '1',
  },
  {
    kind: 'date',
    table: 'important_dates',
    watched: ['person_id', 'title', 'note', 'on_date'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: 'NEW.on_date',
    state: 'NULL',
    owner: 'NULL',
    text: lines('NEW.title', 'NEW.note'),
    when: '1',
  },
  {
    kind: 'commitment',
    table: 'commitments',
    watched: ['person_id', 'text', 'drop_reason', 'status', 'owner', 'made_on'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: 'NEW.made_on',
    state: 'NEW.status',
    owner: 'NEW.owner',
    text: lines('NEW.text', 'NEW.drop_reason'),
    when: '1',
  },
  {
    kind: 'talking_point',
    table: 'talking_points',
    watched: ['person_id', 'text', 'discussed_on', 'created_at'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: localDayOf('NEW.created_at'),
    state: "CASE WHEN NEW.discussed_on IS NULL THEN 'open' ELSE 'done' END",
    owner: 'NULL',
    text: 'NEW.text',
    when: '1',
  },
  {
    kind: 'investment',
    table: 'investments',
    watched: ['person_id', 'note', 'day'],
    person: 'NEW.person_id',
    goal: 'NULL',
    day: 'NEW.day',
    state: 'NULL',
    owner: 'NULL',
    text: 'NEW.note',
    when: 'NEW.note IS NOT NULL',
  },
];

/** 2^24 rows a day; kept in step with `core/search/search-rowid.ts`. */
const PER_DAY = 16777216;
const dayBase = (day: string) => `((CAST(julianday(${day}) AS INTEGER) - 2440587) * ${PER_DAY})`;
/** The next free rowid on a day: after every row already written for it. */
export const nextRowid = (day: string) =>
  `(SELECT coalesce(max(id), ${dayBase(day)} - 1) + 1 FROM search_docs WHERE id >= ${dayBase(day)} AND id < ${dayBase(day)} + ${PER_DAY})`;

const unindex = (kind: string, id: string) => /* sql */ `
  DELETE FROM search_text WHERE rowid = (SELECT id FROM search_docs WHERE record_id = ${id} AND kind = '${kind}');
  DELETE FROM search_docs WHERE record_id = ${id} AND kind = '${kind}';`;

const index = (t: IndexedTable) => /* sql */ `
  INSERT INTO search_docs (id, kind, record_id, person_id, goal_id, day, state, owner)
    SELECT ${nextRowid(t.day)}, '${t.kind}', NEW.id, ${t.person}, ${t.goal}, ${t.day}, ${t.state}, ${t.owner} WHERE ${t.when};
  INSERT INTO search_text (rowid, text)
    SELECT id, ${t.text} FROM search_docs WHERE record_id = NEW.id AND kind = '${t.kind}' AND ${t.when};`;

const triggers = (t: IndexedTable) => /* sql */ `
CREATE TRIGGER search_${t.table}_insert AFTER INSERT ON ${t.table} BEGIN ${index(t)}
END;
CREATE TRIGGER search_${t.table}_update AFTER UPDATE OF ${['id', ...t.watched].join(', ')} ON ${t.table} BEGIN ${unindex(t.kind, 'OLD.id')} ${index(t)}
END;
CREATE TRIGGER search_${t.table}_delete AFTER DELETE ON ${t.table} BEGIN ${unindex(t.kind, 'OLD.id')}
END;`;

const row = (sql: string) => sql.replaceAll('NEW.', 'r.');

/** One kind's existing rows as documents, for the build below. */
const existing = (t: IndexedTable) => /* sql */ `
    SELECT '${t.kind}' AS kind, r.id AS record_id, ${row(t.person)} AS person_id, ${row(t.goal)} AS goal_id,
           ${row(t.day)} AS day, ${row(t.state)} AS state, ${row(t.owner)} AS owner, r.created_at AS created_at
    FROM ${t.table} r WHERE ${row(t.when)}`;

/**
 * One kind's text into the index in rowid order. FTS5 writes its pending terms out as a new segment
 * whenever a rowid comes lower than the one before, so left to the planner (which walks the records
 * and looks each document up) the build wrote a segment per few rows and took minutes at 10×; in
 * order it is one sorted stream per kind.
 */
const indexText = (t: IndexedTable) => /* sql */ `INSERT INTO search_text (rowid, text)
  SELECT s.id, ${row(t.text)} FROM search_docs s CROSS JOIN ${t.table} r ON r.id = s.record_id WHERE s.kind = '${t.kind}' ORDER BY s.id;`;

/** Existing records in one pass, numbered within each day in the order they were written. */
const build = /* sql */ `
INSERT INTO search_docs (id, kind, record_id, person_id, goal_id, day, state, owner)
  SELECT ${dayBase('d.day')} + row_number() OVER (PARTITION BY d.day ORDER BY d.created_at, d.kind, d.record_id) - 1,
         d.kind, d.record_id, d.person_id, d.goal_id, d.day, d.state, d.owner
  FROM (${TABLES.map(existing).join('\n    UNION ALL')}) d;
${TABLES.map(indexText).join('\n')}
`;

export const up = /* sql */ `
CREATE TABLE search_docs (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL,
  record_id  TEXT NOT NULL,
  person_id  TEXT,
  goal_id    TEXT,
  day        TEXT NOT NULL,
  -- open, done or dropped for commitments, goals and talking points; NULL for the rest.
  state      TEXT,
  -- me or them for commitments.
  owner      TEXT,
  UNIQUE (record_id, kind)
) STRICT;
CREATE INDEX search_docs_by_person ON search_docs (person_id, id);

-- The three-letter prefix index makes the first prefix searched as one types (\`pro\`) a single
-- lookup instead of a merge of every word starting so.
CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '3');

${build}

INSERT INTO search_text (search_text) VALUES ('optimize');

${TABLES.map(triggers).join('\n')}

-- Whatever the cascade left with a deleted person's id goes too: nothing of theirs stays findable.
CREATE TRIGGER search_people_sweep AFTER DELETE ON people BEGIN
  DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_docs WHERE person_id = OLD.id);
  DELETE FROM search_docs WHERE person_id = OLD.id;
END;
`;
