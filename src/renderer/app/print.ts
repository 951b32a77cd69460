import { bridge } from './bridge';
import { messageOf } from './api';
import { toasts } from './toasts.svelte';

/**
 * Printing a view (issue 20). The print stylesheet (styles/base.css) lets the page grow past the window
 * and prints `--print-running-head` at the top of every page; a printable view sets it while shown,
 * so the browser's own Print (Ctrl+P) carries the same head as the view's button.
 */

/** `text` as a CSS string (the custom property's value is used as `content`). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** Shows `text` at the top of each printed page until the returned function is called. */
export function setPrintRunningHead(text: string): () => void {
  const root = document.documentElement;
  root.style.setProperty('--print-running-head', cssString(text));
  return () => root.style.removeProperty('--print-running-head');
}

/**
 * The view's "Print / Save as PDF": in the desktop app a PDF saved where the user chooses (Electron's
 * printToPDF and save dialog); in a browser its print dialog, which offers "Save as PDF" itself.
 */
export async function printPage(pdfFileName: string): Promise<void> {
  const host = bridge();
  if (!host.printToPdf) {
    window.print();
    return;
  }
  try {
    const outcome = await host.printToPdf({ fileName: pdfFileName });
    if (outcome.state === 'saved') toasts.show(`Saved as ${outcome.path}`);
    else if (outcome.state === 'failed') toasts.show(outcome.message);
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not save the PDF; try again.'));
  }
}
