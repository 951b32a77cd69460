import type { EventName } from './contract';

/** The IPC channel names: one for calls, one for events. */
export const RPC_CHANNEL = 'tend:rpc';
export const EVENT_CHANNEL = 'tend:event';

export const EVENT_NAMES = ['data.changed', 'navigate', 'reminder', 'attention.changed', 'database.damaged', 'day.changed', 'shortcut', 'lock.changed', 'task.progress'] as const satisfies readonly EventName[];
/** The desktop app's "Save as PDF" of the window's page (src/shared/print.ts). */
export const PRINT_PDF_CHANNEL = 'tend:print-pdf';
/** The desktop app's save and open dialogs and "Show in folder" (src/shared/native-files.ts). */
export const SAVE_FILE_CHANNEL = 'tend:save-file';
export const OPEN_FILE_CHANNEL = 'tend:open-file';
export const SHOW_IN_FOLDER_CHANNEL = 'tend:show-in-folder';
export const RESTORE_FILE_CHANNEL = 'tend:restore-file';
