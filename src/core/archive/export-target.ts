import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportFormat } from '../../shared/archive';
import type { Clock } from '../clock';
import { ensurePrivateDir } from '../backup/backups';
import { stampOf } from '../backup/file-swap';
import { TendError } from '../errors';

const EXTENSION: Record<ExportFormat, string> = { json: '.json', markdown: '', ics: '.ics' };

/**
 * Where an export goes, and the temporary name it is written under: the final name appears only
 * when the export is complete, so a cancelled or failed export leaves nothing behind.
 */
export interface ExportTarget {
  path: string;
  name: string;
  temp: string;
  /** Renames the finished temp file or folder to its final name. */
  commit(): void;
  /** Removes whatever was written so far. */
  discard(): void;
}

export function exportTarget(format: ExportFormat, exportDir: string, clock: Clock, destination?: string): ExportTarget {
  let path: string;
  if (destination) {
    path = destination;
    if (!existsSync(dirname(path))) throw new TendError('invalid_input', 'That folder does not exist; choose another place.', 'destination');
  } else {
    ensurePrivateDir(exportDir);
    const base = `tend-${format}-${stampOf(clock)}`;
    path = join(exportDir, `${base}${EXTENSION[format]}`);
    // Two exports in the same millisecond (a pinned clock, a double click) get their own names.
    for (let n = 2; existsSync(path); n++) path = join(exportDir, `${base}-${n}${EXTENSION[format]}`);
  }
  if (existsSync(path)) throw new TendError('conflict', `${basename(path)} already exists; choose another name.`, 'destination');
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  return {
    path,
    name: basename(path),
    temp,
    commit: () => renameSync(temp, path),
    discard: () => rmSync(temp, { recursive: true, force: true }),
  };
}

/** A folder only the user can read, for the Markdown export's temporary folder. */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { mode: 0o700 });
  ensurePrivateDir(dir);
}
