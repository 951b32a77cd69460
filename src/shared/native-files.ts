import * as v from 'valibot';
import { EXPORT_FORMATS } from './archive';
import { TASK_ENTRIES } from './tasks';
import { Passphrase } from './encryption';

/**
 * The desktop app's own file dialogs (issue 23): exports and evidence documents are saved where
 * the leader chooses (the save dialog opens in the folder used last), archives and rosters are
 * opened from an open dialog, a backup file can be restored from one, and every file Tend writes can
 * be shown in its folder. The web host
 * keeps its downloads and file inputs; the renderer asks the bridge whether these exist.
 * The page never names a path to write: the main process shows the dialog and writes there.
 */

export const SaveFileRequest = v.variant('kind', [
  /** An export (JSON, a Markdown folder, ICS), written by the core where the dialog says. */
  v.strictObject({ kind: v.literal('export'), format: v.picklist(EXPORT_FORMATS), ...TASK_ENTRIES, passphrase: v.optional(Passphrase) }),
  /** A document the page made (the evidence pack's Markdown), written as it is. */
  v.strictObject({
    kind: v.literal('markdown'),
    fileName: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200), v.check((name) => !/[\\/]/.test(name), 'A file name, not a path.')),
    text: v.pipe(v.string(), v.maxLength(20_000_000)),
  }),
]);
export type SaveFileRequest = v.InferInput<typeof SaveFileRequest>;

export type SaveFileOutcome =
  | { state: 'saved'; path: string; bytes: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export const OpenFileRequest = v.strictObject({ kind: v.picklist(['archive', 'roster']) });
export type OpenFileRequest = v.InferInput<typeof OpenFileRequest>;

/**
 * The chosen file's name and bytes: the page decodes them as it does an upload (a roster may be
 * UTF-16 or Windows-1252), then previews and imports the text.
 */
export type OpenFileOutcome = { state: 'opened'; name: string; bytes: Uint8Array } | { state: 'cancelled' } | { state: 'failed'; message: string };

/** "Restore from file…": the open dialog chooses a backup file, which the core restores (watched with a taskId). */
export const RestoreFileRequest = v.strictObject({ ...TASK_ENTRIES });
export type RestoreFileRequest = v.InferInput<typeof RestoreFileRequest>;

/** `safetyBackup`: the backup of what was there just before, by file name. */
export type RestoreFileOutcome = { state: 'restored'; name: string; safetyBackup: string } | { state: 'cancelled' } | { state: 'failed'; message: string };

/** What the desktop bridge adds for files; absent in the browser. */
export interface NativeFiles {
  saveFile(request: SaveFileRequest): Promise<SaveFileOutcome>;
  openFile(request: OpenFileRequest): Promise<OpenFileOutcome>;
  restoreFile(request: RestoreFileRequest): Promise<RestoreFileOutcome>;
  /** Opens the system's file manager with the file selected; false when Tend did not write that file. */
  showInFolder(path: string): Promise<boolean>;
}
