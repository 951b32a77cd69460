import * as v from 'valibot';
import type { ImportMode, ImportPreview, TableCounts } from '../../shared/archive';
import type { Database } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { TendError } from '../errors';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from './json-export';
import { throwIfCancelled, type LongTask } from './progress';
import { columnsOf } from './snapshot';
import { ARCHIVE_TABLES, isArchiveTable, keyColumnsOf, versionColumnOf, whereKey, type ArchiveTable } from './tables';

const refuse = (message: string) => new TendError('invalid_input', message, 'source');

type Cell = string | number | null;
type Row = Record<string, Cell>;

const Cell = v.union([v.string(), v.pipe(v.number(), v.safeInteger()), v.null()]);
const ArchiveShape = v.strictObject({
  format: v.literal(ARCHIVE_FORMAT),
  formatVersion: v.number(),
  appVersion: v.string(),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.string(),
  tables: v.record(v.string(), v.array(v.record(v.string(), Cell))),
});

export interface Archive {
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<ArchiveTable, Row[]>>;
}

/**
 * Reads and strictly checks an archive against the database it is going into: a known format
 * version, a schema no newer than this app's, known tables, known columns, an id on every row.
 * An archive from an older schema is accepted: its rows lack only columns added since, which take
 * their defaults. Throws a TendError saying, in one sentence, what is wrong.
 */
export function parseArchive(text: string, db: Database): Archive {
  let json: unknown;
  try {
    json = JSON.parse(text);
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
    const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? 'the archive';
    throw refuse(`That archive is damaged or was edited (${where} is not as Tend writes it).`);
  }
  const archive = parsed.output;
  if (archive.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refuse(`That archive comes from a newer version of Tend (schema ${archive.schemaVersion}); update Tend to import it.`);
  }
  const tables: Archive['tables'] = {};
  for (const [table, rows] of Object.entries(archive.tables)) {
    if (!isArchiveTable(table)) throw refuse(`That archive has a table this version of Tend does not know (${table}).`);
    const known = new Set(columnsOf(db, table));
    for (const [index, row] of rows.entries()) {
      const missing = keyColumnsOf(table).find((column) => typeof row[column] !== 'string');
      if (missing) throw refuse(`Record ${index + 1} of ${table} in that archive has no ${missing}.`);
      const unknown = Object.keys(row).find((column) => !known.has(column));
      if (unknown) throw refuse(`Record ${index + 1} of ${table} in that archive has a field Tend does not know (${unknown}).`);
    }
    tables[table] = rows;
  }
  return { formatVersion: archive.formatVersion, appVersion: archive.appVersion, schemaVersion: archive.schemaVersion, exportedAt: archive.exportedAt, tables };
}

function versionOf(row: Row, column: string | null): string {
  return column !== null && typeof row[column] === 'string' ? (row[column] as string) : '';
}

function keyText(table: ArchiveTable, row: Row): string {
  return keyColumnsOf(table)
    .map((column) => String(row[column]))
    .join(' / ');
}

/** Counts per table and how a merge would treat records already here; reads only. */
export function previewArchive(db: Database, archive: Archive): ImportPreview {
  const tables: Record<string, TableCounts> = {};
  db.readConsistently(() => {
    for (const table of ARCHIVE_TABLES) {
      const rows = archive.tables[table] ?? [];
      const versionColumn = versionColumnOf(columnsOf(db, table));
      let existing = 0;
      let newerInArchive = 0;
      for (const row of rows) {
        const here = db.get<Row>(`SELECT * FROM "${table}" WHERE ${whereKey(table)}`, row);
        if (!here) continue;
        existing += 1;
        if (versionColumn !== null && versionOf(row, versionColumn) >= versionOf(here, versionColumn)) newerInArchive += 1;
      }
      const count = db.get<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`)!.n;
      tables[table] = { inArchive: rows.length, existing, newerInArchive, here: count };
    }
  });
  return { formatVersion: archive.formatVersion, schemaVersion: archive.schemaVersion, appVersion: archive.appVersion, exportedAt: archive.exportedAt, tables };
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

/**
 * Writes an archive in one transaction. `replace` empties every table first; `merge` inserts
 * records it does not have and overwrites those whose copy in the archive is as new or newer (by
 * `updated_at`, or `created_at` where a table has no edits): an equal stamp means the same edit,
 * so importing the same archive twice changes nothing. Any failure rolls everything back.
 */
export function importArchive(db: Database, archive: Archive, mode: ImportMode, task: LongTask = {}): ImportCounts {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0, kept: 0, removed: 0 };
  const total = ARCHIVE_TABLES.reduce((sum, t) => sum + (archive.tables[t]?.length ?? 0), 0);
  let done = 0;
  db.transaction(() => {
    if (mode === 'replace') {
      for (const table of [...ARCHIVE_TABLES].reverse()) counts.removed += db.run(`DELETE FROM "${table}"`).changes;
    }
    for (const table of ARCHIVE_TABLES) {
      const versionColumn = versionColumnOf(columnsOf(db, table));
      for (const row of archive.tables[table] ?? []) {
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
      }
      task.onProgress?.({ done, total, step: table });
      throwIfCancelled(task.signal, 'import');
    }
  });
  return counts;
}
