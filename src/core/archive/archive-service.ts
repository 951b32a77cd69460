import { readFileSync, writeFileSync } from 'node:fs';
import type { ArchiveSource, ExportFormat, ExportOutcome, ImportMode, ImportOutcome } from '../../shared/archive';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { TendError, notFound } from '../errors';
import type { DataFolder } from '../backup/data-folder';
import { removeBackup } from '../backup/backups';
import { backUpNow } from '../backup/restore';
import { makePrivate } from '../backup/private-file';
import { calendarEvents } from './calendar-export';
import { exportTarget, makePrivateFolder } from './export-target';
import { buildCalendar } from './ics';
import { writeJsonArchive } from './json-export';
import { importArchive, parseArchive, previewArchive } from './json-import';
import { writeMarkdownFolder } from './markdown-export';
import { throwIfCancelled, type LongTask } from './progress';
import { withSnapshot } from './snapshot';

/**
 * Exports in one of three formats to `destination`, or into the data folder's `exports/`. Written
 * under a temporary name and renamed when complete: a cancelled or failed export leaves nothing.
 */
/** The Settings, as the JSON archive carries them (they live beside the database, not in it). */
export interface ArchiveSettings {
  get(): Settings;
  set(patch: SettingsPatch): void;
}

export async function exportData(
  folder: DataFolder,
  settings: ArchiveSettings,
  format: ExportFormat,
  destination?: string,
  task: LongTask = {},
): Promise<ExportOutcome> {
  const target = exportTarget(format, folder.exportDir, folder.clock, destination);
  try {
    const written = await withSnapshot(folder.live.current(), async (snapshot) => {
      if (format === 'json') {
        const header = { appVersion: folder.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: folder.clock().toISOString(), settings: settings.get() };
        const { bytes, rows } = await writeJsonArchive(snapshot, target.temp, header, task);
        return { bytes, items: rows };
      }
      if (format === 'markdown') {
        makePrivateFolder(target.temp);
        const { bytes, people } = await writeMarkdownFolder(snapshot, target.temp, task);
        return { bytes, items: people };
      }
      const events = calendarEvents(snapshot);
      const text = buildCalendar(events, folder.clock());
      throwIfCancelled(task.signal, 'export');
      writeFileSync(target.temp, text, { mode: 0o600, flag: 'wx' });
      makePrivate(target.temp);
      return { bytes: Buffer.byteLength(text), items: events.length };
    });
    target.commit();
    return { format, path: target.path, name: target.name, ...written };
  } catch (error) {
    target.discard();
    throw error;
  }
}

export function readSource(source: ArchiveSource): string {
  if ('text' in source) return source.text;
  try {
    return readFileSync(source.path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw notFound('That archive file', 'source');
    throw new TendError('invalid_input', 'That archive file cannot be read; check its permissions.', 'source');
  }
}

/**
 * Checks the whole archive first (see parseArchive) and, for a replace that removes records, that the
 * caller confirmed how many; only then takes a backup and imports in one transaction (importArchive).
 * A refused archive leaves no backup behind: one refused while writing is rolled back, and its backup,
 * identical to the database as it still is, is removed.
 */
export async function importData(
  folder: DataFolder,
  settings: ArchiveSettings,
  source: ArchiveSource,
  mode: ImportMode,
  confirmRemoved: number | undefined,
  task: LongTask = {},
): Promise<ImportOutcome> {
  const db = folder.live.current();
  const archive = parseArchive(readSource(source), db, mode);
  if (mode === 'replace') {
    const removing = previewArchive(db, archive).removedByReplace;
    if (removing > 0 && confirmRemoved !== removing) {
      const records = removing === 1 ? '1 record' : `${removing.toLocaleString('en-US')} records`;
      throw new TendError('invalid_input', `Replacing removes ${records} here that this archive does not have; confirm removing ${removing === 1 ? 'it' : 'them'} to continue.`, 'confirmRemoved');
    }
  }
  throwIfCancelled(task.signal, 'import');
  const backup = await backUpNow(folder, 'pre-import');
  throwIfCancelled(task.signal, 'import');
  try {
    const counts = importArchive(folder.live.current(), archive, mode, task);
    // A replace makes Tend the archive, its Settings too; a merge keeps the Settings here (they carry no dates to compare).
    if (mode === 'replace' && archive.settings) settings.set(archive.settings);
    return { mode, ...counts, backupFile: backup.file };
  } catch (error) {
    if (error instanceof TendError && error.code === 'invalid_input') removeBackup(folder.backupDir, backup.file);
    throw error;
  }
}
