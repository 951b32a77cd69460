import type { DataFolder } from '../backup/data-folder';
import type { NewPersonDefaults } from '../people/people-service';
import { backUpNow } from '../backup/restore';
import type { ExportOutcome, ImportOutcome } from '../../shared/archive';
import { methods, type EventPayloads, type ParsedInput } from '../../shared/contract';
import type { Handlers } from '../dispatch';
import type { LongTask } from './progress';
import { exportData, importData, readSource } from './archive-service';
import { parseArchive, previewArchive } from './json-import';
import { importRoster, activePeople } from './roster-import';
import { previewRoster } from './roster';

type ArchiveMethod = 'archive.export' | 'archive.previewImport' | 'archive.import' | 'roster.preview' | 'roster.import';

/** The contract's export and import methods. Progress and cancelling are for hosts calling exportData/importData directly. */
/** `newPersonDefaults`: the Settings defaults a roster's new people start with, as `people.save` gives them. */
export function createArchiveHandlers(folder: DataFolder, newPersonDefaults: () => NewPersonDefaults): Pick<Handlers, ArchiveMethod> {
  const db = () => folder.live.current();
  return {
    'archive.export': ({ format, destination }) => exportData(folder, format, destination),
    'archive.previewImport': ({ source }) => previewArchive(db(), parseArchive(readSource(source), db())),
    'archive.import': ({ source, mode, confirmRemoved }) => importData(folder, source, mode, confirmRemoved),
    'roster.preview': ({ csv, mapping }) => previewRoster(csv, activePeople(db(), folder.clock), mapping),
    'roster.import': async ({ rows }) => {
      const backup = await backUpNow(folder, 'pre-import');
      return { ...importRoster(db(), folder.clock, rows, newPersonDefaults()), backupFile: backup.file };
    },
  };
}

/**
 * Export and import with progress reports and cancelling, for a host that shows a progress bar
 * (the contract's methods run the same code without them). An import announces `data.changed` as
 * the dispatcher would.
 */
export interface ArchiveTasks {
  exportData(input: ParsedInput<'archive.export'>, task?: LongTask): Promise<ExportOutcome>;
  importData(input: ParsedInput<'archive.import'>, task?: LongTask): Promise<ImportOutcome>;
}

export function createArchiveTasks(folder: DataFolder, announce: (payload: EventPayloads['data.changed']) => void): ArchiveTasks {
  return {
    exportData: ({ format, destination }, task) => exportData(folder, format, destination, task),
    async importData({ source, mode, confirmRemoved }, task) {
      const outcome = await importData(folder, source, mode, confirmRemoved, task);
      announce({ method: 'archive.import', touches: methods['archive.import'].touches });
      return outcome;
    },
  };
}
