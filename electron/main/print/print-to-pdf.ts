import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, type WebContents } from 'electron';
import * as v from 'valibot';
import { log } from '../../../src/core/log';
import { PRINT_PDF_CHANNEL } from '../../../src/shared/channels';
import { PrintToPdfRequest, type PrintToPdfOutcome } from '../../../src/shared/print';
import { isAppUrl } from '../security/policy';

const logger = log('print');

/**
 * "Print / Save as PDF" in the desktop app (issue 20): the page as the print stylesheet lays it out
 * (`printToPDF` uses print media and, with `preferCSSPageSize`, the stylesheet's `@page` margins that
 * hold the running head), written where the user chooses in the system's save dialog. Only the app's
 * own page may ask, and only for itself: the sender's contents are what is printed.
 */
export async function savePageAsPdf(contents: WebContents, senderUrl: string | undefined, request: unknown): Promise<PrintToPdfOutcome> {
  if (!isAppUrl(senderUrl)) {
    logger.warn(`refused a PDF of ${senderUrl ?? 'a frame that is gone'}`);
    return { state: 'failed', message: 'This window is not allowed to save a PDF.' };
  }
  const parsed = v.safeParse(PrintToPdfRequest, request);
  if (!parsed.success) return { state: 'failed', message: 'Tend could not name the PDF; try again from the page you want to save.' };

  const window = BrowserWindow.fromWebContents(contents);
  const options = {
    title: 'Save as PDF',
    defaultPath: join(app.getPath('documents'), parsed.output.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { state: 'cancelled' };

  try {
    const pdf = await contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
    await writeFile(chosen.filePath, pdf);
    return { state: 'saved', path: chosen.filePath };
  } catch (error) {
    logger.error('saving a PDF failed', error);
    const reason = (error as { code?: string }).code === 'ENOSPC' ? 'the disk is full' : 'the file could not be written';
    return { state: 'failed', message: `Tend could not save the PDF: ${reason}. Choose another place and try again.` };
  }
}

/** Answers the page's "Save as PDF"; returns the undo for the shutdown queue. */
export function registerPrintToPdf(): () => void {
  ipcMain.handle(PRINT_PDF_CHANNEL, (event, request: unknown) => savePageAsPdf(event.sender, event.senderFrame?.url, request));
  return () => ipcMain.removeHandler(PRINT_PDF_CHANNEL);
}
