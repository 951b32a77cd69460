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
import { jsonArchiveText, writeJsonArchive } from './json-export';
import { importArchive, parseArchive, previewArchive } from './json-import';
import { writeMarkdownFolder } from './markdown-export';
import { TaskCancelled, throwIfCancelled, type LongTask } from './progress';
import { writeAsOneTransaction } from '../backup/long-write';
import { withSnapshot } from './snapshot';
import { ArchiveEnvelopeError, isEncryptedArchiveText, openSealedArchive, sealArchive, WrongPassphraseError } from '../crypto/archive-envelope';

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
  passphrase?: string,
): Promise<ExportOutcome> {
  if (passphrase !== undefined && format !== 'json') throw new TendError('invalid_input', 'Only the JSON archive can be encrypted.', 'passphrase');
  const target = exportTarget(format, folder.exportDir, folder.clock, destination);
  try {
    const written = await withSnapshot(folder.live.current(), async (snapshot) => {
      if (format === 'json') {
        const header = { appVersion: folder.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: folder.clock().toISOString(), settings: settings.get() };
        if (passphrase === undefined) {
          const { bytes, rows } = await writeJsonArchive(snapshot, target.temp, header, task);
          return { bytes, items: rows };
        }
        // Sealed in memory: the plaintext archive is never written, not even under its temporary name.
        const { text, rows } = await jsonArchiveText(snapshot, header, task);
        const sealed = await sealArchive(text, passphrase);
        throwIfCancelled(task.signal, 'export');
        writeFileSync(target.temp, sealed, { mode: 0o600, flag: 'wx' });
        makePrivate(target.temp);
        return { bytes: Buffer.byteLength(sealed), items: rows };
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

function readSourceText(source: ArchiveSource): string {
  if ('text' in source) return source.text;
  try {
    return readFileSync(source.path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw notFound('That archive file', 'source');
    throw new TendError('invalid_input', 'That archive file cannot be read; check its permissions.', 'source');
  }
}

/** The archive's JSON text; an encrypted archive is opened with `passphrase` (a typed refusal when it is missing or wrong). */
export async function readSource(source: ArchiveSource, passphrase?: string): Promise<string> {
  const text = readSourceText(source);
  if (!isEncryptedArchiveText(text)) return text;
  if (passphrase === undefined) throw new TendError('invalid_input', 'This archive is encrypted; enter its passphrase.', 'passphrase');
  try {
    return await openSealedArchive(text, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new TendError('invalid_input', 'That passphrase does not open this archive.', 'passphrase');
    if (error instanceof ArchiveEnvelopeError) throw new TendError('invalid_input', error.message, 'source');
    throw error;
  }
}

/**
 * Checks the whole archive first (see parseArchive) and, for a replace that removes records, that the
 * caller confirmed how many; only then takes a backup and imports in one transaction (importArchive,
 * writeAsOneTransaction). A refused or cancelled import leaves no backup behind: it is rolled back, and
 * its backup, identical to the database as it still is, is removed.
 */
export async function importData(
  folder: DataFolder,
  settings: ArchiveSettings,
  source: ArchiveSource,
  mode: ImportMode,
  confirmRemoved: number | undefined,
  task: LongTask = {},
  passphrase?: string,
): Promise<ImportOutcome> {
  const text = await readSource(source, passphrase);
  const db = folder.live.current();
  const archive = parseArchive(text, db, mode);
  if (mode === 'replace') {
    const removing = previewArchive(db, archive).removedByReplace;
    if (removing > 0 && confirmRemoved !== removing) {
      const records = removing === 1 ? '1 record' : `${removing.toLocaleString('en-US')} records`;
      throw new TendError('invalid_input', `Replacing removes ${records} here that this archive does not have; confirm removing ${removing === 1 ? 'it' : 'them'} to continue.`, 'confirmRemoved');
    }
  }
  throwIfCancelled(task.signal, 'import');
  const backup = await backUpNow(folder, 'pre-import');
  try {
    throwIfCancelled(task.signal, 'import');
    const counts = await writeAsOneTransaction(folder, task, (side, pause) => importArchive(side, archive, mode, pause, task));
    // A replace makes Tend the archive, its Settings too; a merge keeps the Settings here (they carry no dates to compare).
    if (mode === 'replace' && archive.settings) settings.set(archive.settings);
    return { mode, ...counts, backupFile: backup.file };
  } catch (error) {
    // Nothing was written, so the backup is the database as it still is: a refused or cancelled import leaves none.
    if (error instanceof TendError && (error.code === 'invalid_input' || error instanceof TaskCancelled)) removeBackup(folder.backupDir, backup.file);
    throw error;
  }
}
