import type { DataFolder } from '../backup/data-folder';
import { backUpNow } from '../backup/restore';
import type { Handlers } from '../dispatch';
import { exportData, importData, readSource } from './archive-service';
import { parseArchive, previewArchive } from './json-import';
import { importRoster, activePeople } from './roster-import';
import { previewRoster } from './roster';

type ArchiveMethod = 'archive.export' | 'archive.previewImport' | 'archive.import' | 'roster.preview' | 'roster.import';

/** The contract's export and import methods. Progress and cancelling are for hosts calling exportData/importData directly. */
export function createArchiveHandlers(folder: DataFolder): Pick<Handlers, ArchiveMethod> {
  const db = () => folder.live.current();
  return {
    'archive.export': ({ format, destination }) => exportData(folder, format, destination),
    'archive.previewImport': ({ source }) => previewArchive(db(), parseArchive(readSource(source), db())),
    'archive.import': ({ source, mode }) => importData(folder, source, mode),
    'roster.preview': ({ csv, mapping }) => previewRoster(csv, activePeople(db(), folder.clock), mapping),
    'roster.import': async ({ rows }) => {
      const backup = await backUpNow(folder, 'pre-import');
      return { ...importRoster(db(), folder.clock, rows), backupFile: backup.file };
    },
  };
}
