import type { Settings } from '../../shared/settings';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { Database } from '../db/database';
import { makePrivate } from '../backup/private-file';
import { ARCHIVE_TABLES, keyColumnsOf } from './tables';
import { throwIfCancelled, yieldToEventLoop, type LongTask } from './progress';
import { columnsOf } from './snapshot';

/** Bumped when the archive's shape changes; an import refuses any version it does not know. */
export const ARCHIVE_FORMAT = 'tend-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface ArchiveHeader {
  appVersion: string;
  schemaVersion: number;
  /** UTC ISO instant, from the app's clock. */
  exportedAt: string;
  /** The Settings (reminders, rhythm defaults, appearance): they live beside the database, not in it. */
  settings: Settings;
}

const FLUSH_BYTES = 64 * 1024;
const ROWS_PER_YIELD = 500;

/** Appends text to a file in chunks, so the archive is never one string in memory. */
function bufferedWriter(fd: number) {
  let pending: string[] = [];
  let size = 0;
  let written = 0;
  const flush = () => {
    if (size === 0) return;
    written += writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text: string) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_BYTES) flush();
    },
    finish(): number {
      flush();
      return written;
    },
  };
}

/** The archive's text, piece by piece, to `out` (see writeJsonArchive); returns the rows written. */
async function emitArchive(snapshot: Database, header: ArchiveHeader, task: LongTask, out: { write(text: string): void }): Promise<number> {
  const tables = [...ARCHIVE_TABLES].sort();
  const total = tables.reduce((sum, t) => sum + snapshot.get<{ n: number }>(`SELECT count(*) AS n FROM "${t}"`)!.n, 0);
  out.write(
    `{\n  "format": ${JSON.stringify(ARCHIVE_FORMAT)},\n  "formatVersion": ${ARCHIVE_FORMAT_VERSION},\n` +
      `  "appVersion": ${JSON.stringify(header.appVersion)},\n  "schemaVersion": ${header.schemaVersion},\n` +
      `  "exportedAt": ${JSON.stringify(header.exportedAt)},\n  "settings": ${JSON.stringify(header.settings)},\n  "tables": {`,
  );
  let done = 0;
  for (const [t, table] of tables.entries()) {
    const columns = columnsOf(snapshot, table).sort();
    const select = snapshot.raw.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${keyColumnsOf(table).map((c) => `"${c}"`).join(', ')}`);
    out.write(`${t === 0 ? '' : ','}\n    ${JSON.stringify(table)}: [`);
    let first = true;
    let sinceYield = 0;
    for (const row of select.iterate() as IterableIterator<Record<string, unknown>>) {
      out.write(`${first ? '' : ','}\n      ${JSON.stringify(row)}`);
      first = false;
      done += 1;
      if (++sinceYield === ROWS_PER_YIELD) {
        sinceYield = 0;
        task.onProgress?.({ done, total, step: table });
        // Iteration pauses here; the snapshot connection is this export's own, so nothing else waits on it.
        await yieldToEventLoop();
        throwIfCancelled(task.signal, 'export');
      }
    }
    out.write(first ? ']' : '\n    ]');
    task.onProgress?.({ done, total, step: table });
    throwIfCancelled(task.signal, 'export');
  }
  out.write('\n  }\n}\n');
  return done;
}

/**
 * Writes every archived table to `file`, table by table (sorted by name) and row by row (sorted by
 * id), each row's keys sorted: the same data always gives the same bytes, so export → import →
 * export is byte-identical. Reads from `snapshot` (see withSnapshot). Returns bytes and rows written.
 */
export async function writeJsonArchive(snapshot: Database, file: string, header: ArchiveHeader, task: LongTask = {}): Promise<{ bytes: number; rows: number }> {
  const fd = openSync(file, 'wx', 0o600);
  try {
    makePrivate(file);
    const out = bufferedWriter(fd);
    const rows = await emitArchive(snapshot, header, task, out);
    const bytes = out.finish();
    fsyncSync(fd);
    return { bytes, rows };
  } finally {
    closeSync(fd);
  }
}

/**
 * The same archive as one string in memory, for an archive that is encrypted before it is written:
 * its plaintext never touches the disk, not even under a temporary name.
 */
export async function jsonArchiveText(snapshot: Database, header: ArchiveHeader, task: LongTask = {}): Promise<{ text: string; rows: number }> {
  const pieces: string[] = [];
  const rows = await emitArchive(snapshot, header, task, { write: (text) => void pieces.push(text) });
  return { text: pieces.join(''), rows };
}
