import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import * as v from 'valibot';
import { log } from '../../../src/core/log';
import type { Tend } from '../../../src/core/tend';
import type { ExportFormat } from '../../../src/shared/archive';
import { ROSTER_MAX_BYTES } from '../../../src/shared/archive';
import { OPEN_FILE_CHANNEL, RESTORE_FILE_CHANNEL, SAVE_FILE_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../../src/shared/channels';
import { OpenFileRequest, RestoreFileRequest, SaveFileRequest, type OpenFileOutcome, type RestoreFileOutcome, type SaveFileOutcome } from '../../../src/shared/native-files';
import { isAppUrl } from '../security/policy';
import { windowCaller } from '../../../src/core/dispatch';

const logger = log('files');

/** An archive larger than this is not read into the page (a 10× team's archive is a few MB). */
export const ARCHIVE_MAX_BYTES = 200_000_000;

/** The name the save dialog suggests for an export made on `day` (YYYY-MM-DD). */
export function exportFileName(format: ExportFormat, day: string): string {
  if (format === 'json') return `tend-archive-${day}.json`;
  if (format === 'ics') return `tend-calendar-${day}.ics`;
  return `tend-notes-${day}`;
}

const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }[]> = {
  json: [{ name: 'Tend archive', extensions: ['json'] }],
  ics: [{ name: 'Calendar', extensions: ['ics'] }],
  markdown: [],
};

/** Where the last dialog was, kept between runs (the app's preferences file). */
export interface FolderMemory {
  get(): string | null;
  set(folder: string): void;
}

export interface NativeFilesOptions {
  tend: Tend;
  folders: FolderMemory;
  /** Windows that may not use files at all (the quick-capture window). */
  refused: (sender: WebContents) => boolean;
  /** Today's local day, for the names the dialog suggests. */
  today: () => string;
}

/**
 * The save and open dialogs and "Show in folder" for the app's page (issue 23). Only the main
 * window's page may ask; the page never names a path to write: the dialog chooses it here, and
 * "Show in folder" opens only files this process wrote or Tend's own data folder holds.
 */
export function createNativeFiles({ tend, folders, refused, today }: NativeFilesOptions) {
  const written = new Set<string>();

  function allowed(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
    const url = event.senderFrame?.url;
    if (isAppUrl(url) && !refused(event.sender)) return true;
    logger.warn(`refused a file dialog for ${url ?? 'a frame that is gone'}`);
    return false;
  }

  function startIn(name: string): string {
    return join(folders.get() ?? app.getPath('documents'), name);
  }

  async function save(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, request: unknown, unlockToken: unknown = null): Promise<SaveFileOutcome> {
    if (!allowed(event)) return { state: 'failed', message: 'This window cannot save files.' };
    const parsed = v.safeParse(SaveFileRequest, request);
    if (!parsed.success) return { state: 'failed', message: 'Tend could not tell what to save; try again from Settings.' };
    const wanted = parsed.output;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options =
      wanted.kind === 'export'
        ? {
            title: wanted.format === 'markdown' ? 'Export as a Markdown folder' : 'Export',
            defaultPath: startIn(exportFileName(wanted.format, today())),
            filters: EXPORT_FILTERS[wanted.format],
          }
        : { title: 'Save', defaultPath: startIn(wanted.fileName), filters: [{ name: 'Markdown', extensions: ['md'] }] };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { state: 'cancelled' };
    const path = chosen.filePath;
    folders.set(dirname(path));

    if (wanted.kind === 'export') {
      // The dialog already asked before replacing a file; the core writes only a new name, so the old
      // file goes first. A folder is never removed: a Markdown export needs a name not yet taken.
      const existing = await stat(path).catch(() => null);
      if (existing?.isDirectory()) return { state: 'failed', message: `${basename(path)} already exists; choose a new name for the export folder.` };
      if (existing) await rm(path, { force: true });
      // The export is the window's own call: after a lock, it needs the token that window's unlock returned.
      const result = await tend.dispatch(
        'archive.export',
        { format: wanted.format, destination: path, ...(wanted.taskId ? { taskId: wanted.taskId } : {}), ...(wanted.passphrase ? { passphrase: wanted.passphrase } : {}) },
        windowCaller(unlockToken),
      );
      if (!result.ok) return { state: 'failed', message: result.error.message };
      written.add(result.value.path);
      return { state: 'saved', path: result.value.path, bytes: result.value.bytes };
    }
    // Written under a temporary name first, so a failure never leaves half a document under the chosen one.
    const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
    try {
      await writeFile(temp, wanted.text, { mode: 0o600 });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      logger.error('saving a document failed', error);
      const reason = (error as { code?: string }).code === 'ENOSPC' ? 'the disk is full' : 'the file could not be written';
      return { state: 'failed', message: `Tend could not save it: ${reason}. Choose another place and try again.` };
    }
    written.add(path);
    return { state: 'saved', path, bytes: Buffer.byteLength(wanted.text) };
  }

  async function open(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, request: unknown): Promise<OpenFileOutcome> {
    if (!allowed(event)) return { state: 'failed', message: 'This window cannot open files.' };
    const parsed = v.safeParse(OpenFileRequest, request);
    if (!parsed.success) return { state: 'failed', message: 'Tend could not tell what to open; try again from Settings.' };
    const archive = parsed.output.kind === 'archive';
    const options = {
      title: archive ? 'Import a Tend archive' : 'Import a team roster',
      defaultPath: folders.get() ?? app.getPath('documents'),
      properties: ['openFile' as const],
      filters: archive ? [{ name: 'Tend archive', extensions: ['json'] }] : [{ name: 'Spreadsheet (CSV)', extensions: ['csv', 'txt'] }],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return { state: 'cancelled' };
    folders.set(dirname(path));
    try {
      const limit = archive ? ARCHIVE_MAX_BYTES : ROSTER_MAX_BYTES;
      if ((await stat(path)).size > limit) {
        return { state: 'failed', message: `${basename(path)} is too large to be ${archive ? 'a Tend archive' : 'a team roster (5 MB at most)'}.` };
      }
      return { state: 'opened', name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    } catch (error) {
      logger.warn(`could not read ${path}`, error);
      return { state: 'failed', message: `Tend could not read ${basename(path)}; check that it is still there and try again.` };
    }
  }

  /**
   * "Restore from file…": the open dialog chooses a backup file (a copy kept elsewhere, or from
   * another computer with the same key), and the core restores it as one from the list, checked
   * first; the page only ever learns its name.
   */
  async function restore(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, request: unknown, unlockToken: unknown = null): Promise<RestoreFileOutcome> {
    if (!allowed(event)) return { state: 'failed', message: 'This window cannot restore backups.' };
    const parsed = v.safeParse(RestoreFileRequest, request);
    if (!parsed.success) return { state: 'failed', message: 'Tend could not tell what to restore; try again from Settings.' };
    const options = {
      title: 'Restore from a backup file',
      defaultPath: folders.get() ?? app.getPath('documents'),
      properties: ['openFile' as const],
      filters: [{ name: 'Tend backup', extensions: ['sqlite'] }],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return { state: 'cancelled' };
    folders.set(dirname(path));
    const result = await tend.dispatch('backup.restoreFile', { path, ...parsed.output }, windowCaller(unlockToken));
    if (!result.ok) return { state: 'failed', message: result.error.message };
    return { state: 'restored', name: result.value.restoredFrom, safetyBackup: result.value.safetyBackup.file };
  }

  /** Only what Tend wrote this session or keeps in its data folder (backups, exports): never any path a page names. */
  function showInFolder(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, path: unknown): boolean {
    if (!allowed(event) || typeof path !== 'string') return false;
    const inside = relative(tend.dataDir, path);
    const ours = written.has(path) || (isAbsolute(path) && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside));
    if (!ours) {
      logger.warn(`refused to show ${path}: Tend did not write it`);
      return false;
    }
    shell.showItemInFolder(path);
    return true;
  }

  return { save, open, restore, showInFolder };
}

/** Answers the page's file requests; returns the undo for the shutdown queue. */
export function registerNativeFiles(options: NativeFilesOptions): () => void {
  const files = createNativeFiles(options);
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, request: unknown, unlockToken: unknown) => files.save(event, request, unlockToken));
  ipcMain.handle(OPEN_FILE_CHANNEL, (event, request: unknown) => files.open(event, request));
  ipcMain.handle(SHOW_IN_FOLDER_CHANNEL, (event, path: unknown) => files.showInFolder(event, path));
  ipcMain.handle(RESTORE_FILE_CHANNEL, (event, request: unknown, unlockToken: unknown) => files.restore(event, request, unlockToken));
  return () => {
    ipcMain.removeHandler(RESTORE_FILE_CHANNEL);
    ipcMain.removeHandler(SAVE_FILE_CHANNEL);
    ipcMain.removeHandler(OPEN_FILE_CHANNEL);
    ipcMain.removeHandler(SHOW_IN_FOLDER_CHANNEL);
  };
}
