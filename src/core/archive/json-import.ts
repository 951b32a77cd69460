import * as v from 'valibot';
import type { ImportMode, ImportPreview, TableCounts } from '../../shared/archive';
import { SettingsPatch } from '../../shared/settings';
import type { Database } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { TendError } from '../errors';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from './json-export';
import type { LongTask } from './progress';
import { COLUMN_SCHEMAS } from './archive-rows';
import { columnsOf } from './snapshot';
import { ARCHIVE_TABLES, isArchiveTable, keyColumnsOf, versionColumnOf, whereKey, type ArchiveTable } from './tables';

const refuse = (message: string) => new TendError('invalid_input', message, 'source');

type Cell = string | number | null;
type Row = Record<string, Cell>;

const ArchiveShape = v.strictObject({
  format: v.literal(ARCHIVE_FORMAT),
  formatVersion: v.number(),
  appVersion: v.string(),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Written since the archive carries Settings; an older archive has none and leaves them as they are. */
  settings: v.optional(SettingsPatch),
  tables: v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
});
const Rows = v.array(v.looseObject({}));
// Every cell checked below is one of these; a column without a schema of its own still gets this much.
const Cell = v.union([v.string(), v.pipe(v.number(), v.safeInteger()), v.null()]);

export interface Archive {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  settings: SettingsPatch | undefined;
  tables: Partial<Record<ArchiveTable, Row[]>>;
}

interface ColumnInfo {
  name: string;
  notnull: number;
  dflt_value: unknown;
}

/**
 * The schema of one table's rows: each column with the contract's schema for that field (see
 * archive-rows); a column without a default is required; any other key is refused. A column an older
 * archive lacks takes its default, as when the archive was written before it existed.
 */
function rowSchemaOf(db: Database, table: ArchiveTable) {
  const columns = db.all<ColumnInfo>(`SELECT name, "notnull", dflt_value FROM pragma_table_info(?)`, [table]);
  const entries: Record<string, v.GenericSchema> = {};
  for (const column of columns) {
    const schema = COLUMN_SCHEMAS[table][column.name] ?? Cell;
    entries[column.name] = column.notnull === 1 && column.dflt_value === null ? schema : v.optional(schema);
  }
  return v.strictObject(entries);
}

function describe(issue: v.BaseIssue<unknown>): string {
  const column = issue.path?.[0]?.key;
  if (issue.type === 'strict_object' && issue.input !== undefined) return `a field Tend does not know (${String(column)})`;
  if (issue.input === undefined) return `no ${String(column)}`;
  return `${String(column)}: ${issue.message}`;
}

/** Every row that refers to a record (a person, a goal…) must find it in the archive, or here unless replacing. */
function checkReferences(db: Database, tables: Archive['tables'], mode: ImportMode | 'preview'): void {
  for (const table of ARCHIVE_TABLES) {
    const links = db.all<{ table: string; from: string; to: string }>(`SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)`, [table]);
    for (const link of links) {
      if (!isArchiveTable(link.table)) continue;
      const inArchive = new Set((tables[link.table] ?? []).map((row) => row[link.to]));
      for (const [index, row] of (tables[table] ?? []).entries()) {
        const target = row[link.from];
        if (target === null || target === undefined || inArchive.has(target)) continue;
        const here = mode !== 'replace' && db.get(`SELECT 1 FROM "${link.table}" WHERE "${link.to}" = ?`, [target]);
        if (!here) throw refuse(`Record ${index + 1} of ${table} in that archive refers to ${link.table} ${String(target)}, which is neither in the archive nor here.`);
      }
    }
  }
}

/**
 * Reads and strictly checks an archive against the database it is going into, before anything is
 * written or backed up: a known format version, a schema no newer than this app's, only known tables,
 * every row's fields by the contract's own schemas (ids, days, kinds, lengths, text rules), one record
 * per key, and references that resolve. An archive from an older schema is accepted: its rows lack
 * only columns added since, which take their defaults. A byte-order mark before the text is allowed.
 * Throws a TendError saying, in one sentence, what is wrong.
 */
export function parseArchive(text: string, db: Database, mode: ImportMode | 'preview' = 'preview'): Archive {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw refuse('That file is not a Tend archive (it is not valid JSON).');
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if ((json as { format?: unknown } | null)?.format !== ARCHIVE_FORMAT) throw refuse('That file is not a Tend archive.');
  if (version !== ARCHIVE_FORMAT_VERSION) {
    throw refuse(`That archive is in format ${String(version)}, which this version of Tend cannot read; update Tend to import it.`);
  }
  const parsed = v.safeParse(ArchiveShape, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? 'the archive';
    if (where.startsWith('settings')) throw refuse(`That archive's settings are not as Tend writes them (${issue?.message})`);
    throw refuse(`That archive is damaged or was edited (${where} is not as Tend writes it).`);
  }
  const archive = parsed.output;
  if (archive.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refuse(`That archive comes from a newer version of Tend (schema ${archive.schemaVersion}); update Tend to import it.`);
  }
  const tables: Archive['tables'] = {};
  // Own keys of the parsed JSON, "__proto__" included (JSON.parse makes it an ordinary key).
  for (const table of Object.keys(archive.tables)) {
    if (!isArchiveTable(table)) throw refuse(`That archive has a table this version of Tend does not know (${table}).`);
    const rows = v.safeParse(Rows, archive.tables[table]);
    if (!rows.success) throw refuse(`That archive is damaged or was edited (${table} is not a list of records).`);
    const schema = rowSchemaOf(db, table);
    const keys = new Set<string>();
    tables[table] = rows.output.map((raw, index) => {
      const row = v.safeParse(schema, raw);
      if (!row.success) throw refuse(`Record ${index + 1} of ${table} in that archive has ${describe(row.issues[0])}.`);
      const output = row.output as Row;
      const key = keyText(table, output);
      if (keys.has(key)) throw refuse(`Record ${index + 1} of ${table} in that archive repeats ${key}.`);
      keys.add(key);
      return output;
    });
  }
  checkReferences(db, tables, mode);
  return {
    formatVersion: archive.formatVersion,
    appVersion: archive.appVersion,
    schemaVersion: archive.schemaVersion,
    exportedAt: archive.exportedAt,
    settings: archive.settings,
    tables,
  };
}

function versionOf(row: Row, column: string | null): string {
  return column !== null && typeof row[column] === 'string' ? (row[column] as string) : '';
}

function keyText(table: ArchiveTable, row: Row): string {
  return keyColumnsOf(table)
    .map((column) => String(row[column]))
    .join(' / ');
}

/**
 * Counts per table: what a merge would add and change, and what a replace would remove (records here
 * the archive does not have); reads only.
 */
export function previewArchive(db: Database, archive: Archive): ImportPreview {
  const tables: Record<string, TableCounts> = {};
  db.readConsistently(() => {
    for (const table of ARCHIVE_TABLES) {
      const rows = archive.tables[table] ?? [];
      const versionColumn = versionColumnOf(columnsOf(db, table));
      let existing = 0;
      let newerInArchive = 0;
      let changed = 0;
      for (const row of rows) {
        const here = db.get<Row>(`SELECT * FROM "${table}" WHERE ${whereKey(table)}`, row);
        if (!here) continue;
        existing += 1;
        if (versionColumn !== null && versionOf(row, versionColumn) >= versionOf(here, versionColumn)) {
          newerInArchive += 1;
          if (!sameRow(row, here)) changed += 1;
        }
      }
      const count = db.get<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`)!.n;
      tables[table] = { inArchive: rows.length, existing, newerInArchive, here: count, added: rows.length - existing, changed, removedByReplace: count - existing };
    }
  });
  const removedByReplace = Object.values(tables).reduce((sum, t) => sum + t.removedByReplace, 0);
  return {
    formatVersion: archive.formatVersion,
    schemaVersion: archive.schemaVersion,
    appVersion: archive.appVersion,
    exportedAt: archive.exportedAt,
    tables,
    removedByReplace,
  };
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  kept: number;
  removed: number;
}

function sameRow(row: Row, here: Row): boolean {
  return Object.keys(row).every((column) => row[column] === here[column]);
}

/** Records written between two pauses (a progress report, a chance to cancel): a few milliseconds' work. */
export const IMPORT_CHUNK_ROWS = 500;

/**
 * Writes an archive into `db`, inside the one transaction the caller holds open (writeAsOneTransaction),
 * pausing every IMPORT_CHUNK_ROWS records. `replace` empties every table first; `merge` inserts
 * records it does not have and overwrites those whose copy in the archive is as new or newer (by
 * `updated_at`, or `created_at` where a table has no edits): an equal stamp means the same edit,
 * so importing the same archive twice changes nothing. Progress counts the records removed first
 * (replace) and those written; any failure is thrown, and the caller rolls everything back.
 */
export async function importArchive(db: Database, archive: Archive, mode: ImportMode, pause: () => Promise<void>, task: LongTask = {}): Promise<ImportCounts> {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0, kept: 0, removed: 0 };
  const removing = mode === 'replace' ? ARCHIVE_TABLES.reduce((sum, t) => sum + db.get<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`)!.n, 0) : 0;
  const total = removing + ARCHIVE_TABLES.reduce((sum, t) => sum + (archive.tables[t]?.length ?? 0), 0);
  let done = 0;
  const report = async (step: string) => {
    task.onProgress?.({ done, total, step });
    await pause();
  };
  if (mode === 'replace') {
    for (const table of [...ARCHIVE_TABLES].reverse()) {
      const removed = db.run(`DELETE FROM "${table}"`).changes;
      counts.removed += removed;
      done += removed;
      if (removed > 0) await report(table);
    }
  }
  for (const table of ARCHIVE_TABLES) {
    const versionColumn = versionColumnOf(columnsOf(db, table));
    const rows = archive.tables[table] ?? [];
    for (const [index, row] of rows.entries()) {
      const columns = Object.keys(row).sort();
      const here = mode === 'merge' ? db.get<Row>(`SELECT * FROM "${table}" WHERE ${whereKey(table)}`, row) : undefined;
      try {
        if (!here) {
          db.run(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`, row);
          counts.inserted += 1;
        } else if (sameRow(row, here)) {
          counts.unchanged += 1;
        } else if (versionColumn !== null && versionOf(row, versionColumn) >= versionOf(here, versionColumn)) {
          const keys = keyColumnsOf(table);
          const sets = columns.filter((c) => !keys.includes(c)).map((c) => `"${c}" = @${c}`);
          db.run(`UPDATE "${table}" SET ${sets.join(', ')} WHERE ${whereKey(table)}`, row);
          counts.updated += 1;
        } else {
          counts.kept += 1;
        }
      } catch (error) {
        throw refuse(`Record ${keyText(table, row)} of ${table} could not be imported (${(error as Error).message}); nothing was changed.`);
      }
      done += 1;
      if ((index + 1) % IMPORT_CHUNK_ROWS === 0 || index === rows.length - 1) await report(table);
    }
  }
  return counts;
}
