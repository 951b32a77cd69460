import type { Handlers } from '../dispatch';
import type { TaskRegistry } from '../tasks/task-registry';
import { listBackups } from './backups';
import type { DataFolder } from './data-folder';
import { exclusively } from './exclusive';
import { backUpNow, backupStatus, restoreBackup, restoreBackupFile } from './restore';

/** The contract's `backup.*` methods. */
export function createBackupHandlers(folder: DataFolder, tasks: TaskRegistry): Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'backup.restoreFile' | 'backup.status'> {
  return {
    'backup.list': () => listBackups(folder.backupDir, folder.live.current().openOptions),
    'backup.create': () => exclusively(folder, 'a backup', () => backUpNow(folder, 'manual')),
    // With a taskId it reports its steps and can be cancelled until the swap (tasks.cancel).
    'backup.restore': ({ file, taskId }) => tasks.run(taskId, (task) => exclusively(folder, 'a restore', () => restoreBackup(folder, file, task))),
    'backup.restoreFile': ({ path, taskId }) => tasks.run(taskId, (task) => exclusively(folder, 'a restore', () => restoreBackupFile(folder, path, task))),
    'backup.status': () => backupStatus(folder),
  };
}
