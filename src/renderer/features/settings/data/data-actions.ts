import type { ExportFormat, ExportOutcome, ImportMode, ImportOutcome, ImportPreview, RosterInput, RosterOutcome, RosterPreview } from '../../../../shared/archive';
import type { BackupInfo, BackupStatus } from '../../../../shared/backup';
import type { NativeFiles, RestoreFileOutcome } from '../../../../shared/native-files';
import type * as v from 'valibot';
import { ApiFailure, call, messageOf } from '../../../app/api';
import { written } from '../../../app/data-changes';
import { toasts } from '../../../app/toasts.svelte';
import { formatSize } from './data-display';

/**
 * What Settings → Data does: back up, restore, export and import. Components call these; each write
 * goes through `written`, so the section shows the change (a new backup, restored people) before the
 * toast.
 */

export interface DataOverview {
  status: BackupStatus;
  backups: BackupInfo[];
}

export async function loadDataOverview(): Promise<DataOverview> {
  const [status, backups] = await Promise.all([call('backup.status'), call('backup.list')]);
  return { status, backups };
}

export async function backUpNow(): Promise<BackupInfo | null> {
  try {
    const backup = await written('backup.create', {});
    toasts.show(`Backed up: ${formatSize(backup.size)} in the backups folder.`);
    return backup;
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not take a backup; check the free space on this computer.'));
    return null;
  }
}

/** A watched call's taskId, spread into its input (none: the call runs unwatched). */
const watchedBy = (taskId: string | undefined): { taskId?: string } => (taskId === undefined ? {} : { taskId });

/**
 * Restores a backup (the core backs up the current state first). A refusal or a cancel (with a
 * taskId, see WatchedTask) rejects with its ApiFailure, whose one sentence the dialog shows; nothing
 * has changed then.
 */
export async function restoreBackup(backup: BackupInfo, taskId?: string): Promise<void> {
  const outcome = await written('backup.restore', { file: backup.file, ...watchedBy(taskId) });
  toasts.show(`Restored. What you had just before is kept as a backup too (${outcome.safetyBackup.file}).`);
}

/**
 * "Restore from file…" (the desktop app): the open dialog chooses a backup file and the core restores
 * it, watched with `taskId`. Says so in a toast once restored; a refusal or a cancel comes back as the
 * outcome, for the dialog to show (nothing has changed then).
 */
export async function restoreFromFile(files: Pick<NativeFiles, 'restoreFile'>, taskId?: string): Promise<RestoreFileOutcome> {
  const outcome = await files.restoreFile(watchedBy(taskId));
  if (outcome.state === 'restored') toasts.show(`Restored ${outcome.name}. What you had just before is kept as a backup too (${outcome.safetyBackup}).`);
  return outcome;
}

/**
 * Writes an export into the data folder's `exports/`; the view then offers it (a download, or its
 * path). With a taskId it can be watched and cancelled; a JSON archive given a passphrase is written encrypted.
 */
export function exportData(format: ExportFormat, taskId?: string, passphrase = ''): Promise<ExportOutcome> {
  return call('archive.export', { format, ...watchedBy(taskId), ...sealedExport(format, passphrase) });
}

/** What an export carries to be encrypted: a JSON archive given a passphrase is; the other formats never are. */
export function sealedExport(format: ExportFormat, passphrase: string): { passphrase?: string } {
  return format === 'json' && passphrase !== '' ? { passphrase } : {};
}

/** Where the browser downloads an export from (the web host; the tokens as for the event stream, since a link sends no headers). */
export function downloadHref(outcome: Pick<ExportOutcome, 'name'>, token: string, unlockToken: string | null = null): string {
  const unlock = unlockToken ? `&unlock=${encodeURIComponent(unlockToken)}` : '';
  return `/exports/${encodeURIComponent(outcome.name)}?token=${encodeURIComponent(token)}${unlock}`;
}

/**
 * Reads an archive's text and says what importing it would do; writes nothing. An encrypted archive
 * is refused on the field `passphrase` until it is given the passphrase that opens it.
 */
export function previewArchive(text: string, passphrase?: string): Promise<ImportPreview> {
  return call('archive.previewImport', { source: { text }, ...(passphrase === undefined ? {} : { passphrase }) });
}

/** Whether a refusal asks for the archive's passphrase (missing or wrong) rather than saying the file is unusable. */
export function asksPassphrase(failure: unknown): boolean {
  return failure instanceof ApiFailure && failure.error.code === 'invalid_input' && failure.error.field === 'passphrase';
}

/**
 * `confirmRemoved`: for a replace, the preview's count of records it removes, as the user saw it;
 * `passphrase`: the one that opened the preview of an encrypted archive; `taskId`: to watch and cancel it.
 */
export async function importArchive(text: string, mode: ImportMode, confirmRemoved: number, passphrase?: string, taskId?: string): Promise<ImportOutcome> {
  const outcome = await written('archive.import', {
    source: { text },
    mode,
    ...(mode === 'replace' ? { confirmRemoved } : {}),
    ...(passphrase === undefined ? {} : { passphrase }),
    ...watchedBy(taskId),
  });
  const changed = outcome.inserted + outcome.updated + outcome.removed;
  toasts.show(
    changed === 0
      ? 'Imported: nothing was different, so nothing changed.'
      : `Imported: ${outcome.inserted} added, ${outcome.updated} updated${mode === 'replace' ? `, ${outcome.removed} removed first` : ''}.`,
  );
  return outcome;
}

/** How to read a roster: its column mapping, date order and name order, as the leader set them (or guessed). */
export type RosterReading = Omit<v.InferInput<typeof RosterInput>, 'csv'>;

export function previewRoster(csv: string, reading: RosterReading = {}): Promise<RosterPreview> {
  return call('roster.preview', { csv, ...reading });
}

/** Imports the rows the preview offered, read the same way; one call and one transaction, after a backup. */
export async function importRoster(csv: string, reading: RosterReading, taskId?: string): Promise<RosterOutcome> {
  const outcome = await written('roster.import', { csv, ...reading, ...watchedBy(taskId) });
  const parts = [
    outcome.created.length > 0 ? `${outcome.created.length} added` : '',
    outcome.updated.length > 0 ? `${outcome.updated.length} updated` : '',
  ].filter(Boolean);
  toasts.show(`Team roster imported: ${parts.join(', ')}.`);
  return outcome;
}
