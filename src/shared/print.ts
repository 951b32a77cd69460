import * as v from 'valibot';

/**
 * Saving the shown page as a PDF in the desktop app (issue 20: `webContents.printToPDF` and a save
 * dialog, instead of the browser's print dialog). Not a core method: only the window that asks can be
 * printed, so the request goes to Electron's main process on a channel of its own.
 */

/** The longest file name the save dialog is offered; longer names are cut. */
export const PRINT_FILE_NAME_MAX = 120;

export const PrintToPdfRequest = v.strictObject({
  /** The name the save dialog suggests, e.g. `prep-samuel-okafor-2026-11-23.pdf`. */
  fileName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(PRINT_FILE_NAME_MAX), v.regex(/^[^/\\:*?"<>|\0]+\.pdf$/u)),
});
export type PrintToPdfRequest = v.InferOutput<typeof PrintToPdfRequest>;

/** `saved` with where, `cancelled` when the dialog was dismissed, `failed` with why in words. */
export type PrintToPdfOutcome = { state: 'saved'; path: string } | { state: 'cancelled' } | { state: 'failed'; message: string };
