import type { NativeFiles, SaveFileOutcome } from '../../shared/native-files';
import { nativeFiles } from './platform-files';
import { downloadText } from './save-text';
import { toasts } from './toasts.svelte';

/** The last part of a path, whichever separator the system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `name` inside `folder`, with the separator the folder's own path uses (a backslash on Windows). */
export function pathIn(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${name}`;
}

/** Says what became of a save: where it went, with "Show in folder", or why it failed; a cancel says nothing. */
export function reportSaved(outcome: SaveFileOutcome, files: Pick<NativeFiles, 'showInFolder'>): void {
  if (outcome.state === 'saved') {
    toasts.show(`Saved ${fileNameOf(outcome.path)}.`, { label: 'Show in folder', run: () => void files.showInFolder(outcome.path) });
  } else if (outcome.state === 'failed') {
    toasts.show(outcome.message);
  }
}

/**
 * Saves a Markdown document the page made (the evidence pack): in the desktop app through the
 * system's save dialog, opening in the folder used last; in the browser as a download.
 */
export async function saveMarkdownDocument(text: string, fileName: string, files: NativeFiles | null = nativeFiles()): Promise<void> {
  if (!files) {
    downloadText(text, fileName);
    return;
  }
  reportSaved(await files.saveFile({ kind: 'markdown', fileName, text }), files);
}
