import type { Handlers } from '../dispatch';
import { listBackups } from './backups';
import type { DataFolder } from './data-folder';
import { exclusively } from './exclusive';
import { backUpNow, backupStatus, restoreBackup } from './restore';

/** The contract's `backup.*` methods. */
export function createBackupHandlers(folder: DataFolder): Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'backup.status'> {
  return {
    'backup.list': () => listBackups(folder.backupDir, folder.live.current().openOptions),
    'backup.create': () => exclusively(folder, 'a backup', () => backUpNow(folder, 'manual')),
    'backup.restore': ({ file }) => exclusively(folder, 'a restore', () => restoreBackup(folder, file)),
    'backup.status': () => backupStatus(folder),
  };
}
