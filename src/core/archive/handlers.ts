import type { DataFolder } from '../backup/data-folder';
import type { NewPersonDefaults } from '../people/people-service';
import { backUpNow } from '../backup/restore';
import type { ExportOutcome, ImportOutcome, RosterOutcome } from '../../shared/archive';
import { methods, type EventPayloads, type ParsedInput } from '../../shared/contract';
import type { Handlers } from '../dispatch';
import { TaskCancelled, throwIfCancelled, type LongTask } from './progress';
import { writeAsOneTransaction } from '../backup/long-write';
import { removeBackup } from '../backup/backups';
import type { TaskRegistry } from '../tasks/task-registry';
import type { ArchiveSettings } from './archive-service';
import { TendError } from '../errors';
import { exclusively } from '../backup/exclusive';

/** The export and import code, a chunk of its own loaded on first use (archive-work.ts). */
const work = () => import('./archive-work');

type ArchiveMethod = 'archive.export' | 'archive.previewImport' | 'archive.import' | 'roster.preview' | 'roster.import';

/** The contract's export and import methods; with a taskId, export and import report progress and can be cancelled (tasks.cancel). */
/** `newPersonDefaults`: the Settings defaults a roster's new people start with, as `people.save` gives them. */
export function createArchiveHandlers(
  folder: DataFolder,
  newPersonDefaults: () => NewPersonDefaults,
  settings: ArchiveSettings,
  tasks: TaskRegistry,
): Pick<Handlers, ArchiveMethod> {
  const db = () => folder.live.current();
  return {
    // With a taskId the export reports progress and can be cancelled (tasks.cancel); it leaves no file then.
    'archive.export': ({ format, destination, taskId, passphrase }) =>
      tasks.run(taskId, async (task) => (await work()).exportData(folder, settings, format, destination, task, passphrase)),
    'archive.previewImport': async ({ source, passphrase }) => {
      const { previewArchive, parseArchive, readSource } = await work();
      return previewArchive(db(), parseArchive(await readSource(source, passphrase), db()));
    },
    // With a taskId an import (archive or roster) reports progress and can be cancelled; it changes nothing then.
    'archive.import': ({ source, mode, confirmRemoved, passphrase, taskId }) =>
      tasks.run(taskId, async (task) => {
        const { importData } = await work();
        return exclusively(folder, 'an import', () => importData(folder, settings, source, mode, confirmRemoved, task, passphrase));
      }),
    'roster.preview': async ({ csv, ...reading }) => {
      const { previewRoster, rosterPeople } = await work();
      return previewRoster(csv, rosterPeople(db(), folder.clock), reading);
    },
    'roster.import': ({ taskId, ...input }) => tasks.run(taskId, (task) => exclusively(folder, 'an import', () => importRosterData(folder, input, newPersonDefaults(), task))),
  };
}

/**
 * Imports a roster: refused before any backup when no row of it can be imported; otherwise a backup,
 * then every importable row in one transaction (importRoster, writeAsOneTransaction). A cancelled
 * import leaves no backup behind: nothing was written, so it is the database as it still is.
 */
async function importRosterData(folder: DataFolder, { csv, ...reading }: Omit<ParsedInput<'roster.import'>, 'taskId'>, defaults: NewPersonDefaults, task: LongTask = {}) {
  const { importRoster, importableRows, previewRoster, rosterPeople } = await work();
  const db = folder.live.current();
  if (importableRows(previewRoster(csv, rosterPeople(db, folder.clock), reading)).length === 0) {
    throw new TendError('invalid_input', 'No row of this roster can be imported; fix the rows the preview lists and try again.', 'csv');
  }
  throwIfCancelled(task.signal, 'import');
  const backup = await backUpNow(folder, 'pre-import');
  try {
    throwIfCancelled(task.signal, 'import');
    const written = await writeAsOneTransaction(folder, task, (side, pause) => importRoster(side, folder.clock, csv, reading, defaults, pause, task));
    return { ...written, backupFile: backup.file };
  } catch (error) {
    if (error instanceof TaskCancelled) removeBackup(folder.backupDir, backup.file);
    throw error;
  }
}

/**
 * Export and import with progress reports and cancelling, for a host that shows a progress bar
 * (the contract's methods run the same code without them). An import announces `data.changed` as
 * the dispatcher would.
 */
export interface ArchiveTasks {
  exportData(input: ParsedInput<'archive.export'>, task?: LongTask): Promise<ExportOutcome>;
  importData(input: ParsedInput<'archive.import'>, task?: LongTask): Promise<ImportOutcome>;
  importRoster(input: ParsedInput<'roster.import'>, task?: LongTask): Promise<RosterOutcome>;
}

export function createArchiveTasks(
  folder: DataFolder,
  announce: (payload: EventPayloads['data.changed']) => void,
  newPersonDefaults: () => NewPersonDefaults,
  settings: ArchiveSettings,
): ArchiveTasks {
  return {
    exportData: async ({ format, destination, passphrase }, task) => (await work()).exportData(folder, settings, format, destination, task, passphrase),
    async importData({ source, mode, confirmRemoved, passphrase }, task) {
      const { importData } = await work();
      const outcome = await exclusively(folder, 'an import', () => importData(folder, settings, source, mode, confirmRemoved, task, passphrase));
      announce({ method: 'archive.import', touches: methods['archive.import'].touches });
      return outcome;
    },
    async importRoster(input, task) {
      const outcome = await exclusively(folder, 'an import', () => importRosterData(folder, input, newPersonDefaults(), task));
      announce({ method: 'roster.import', touches: methods['roster.import'].touches });
      return outcome;
    },
  };
}
