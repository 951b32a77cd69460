import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NativeFiles } from '../../../../src/shared/native-files';
import { fileNameOf, pathIn, reportSaved, saveMarkdownDocument } from '../../../../src/renderer/app/save-file';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';

function desktopFiles(outcome: Awaited<ReturnType<NativeFiles['saveFile']>>) {
  return {
    saveFile: vi.fn<NativeFiles['saveFile']>(async () => outcome),
    openFile: vi.fn<NativeFiles['openFile']>(async () => ({ state: 'cancelled' as const })),
    restoreFile: vi.fn<NativeFiles['restoreFile']>(async () => ({ state: 'cancelled' as const })),
    showInFolder: vi.fn<NativeFiles['showInFolder']>(async () => true),
  };
}

afterEach(() => {
  for (const toast of [...toasts.items]) toasts.dismiss(toast.id);
});

describe('saving a document the page made', () => {
  it('in the desktop app, asks the save dialog and offers “Show in folder” for what it wrote', async () => {
    const files = desktopFiles({ state: 'saved', path: '/home/sam/Reviews/evidence-sam.md', bytes: 6 });
    await saveMarkdownDocument('# Sam\n', 'evidence-sam.md', files);
    expect(files.saveFile).toHaveBeenCalledWith({ kind: 'markdown', fileName: 'evidence-sam.md', text: '# Sam\n' });
    const [toast] = toasts.items;
    expect(toast?.message).toBe('Saved evidence-sam.md.');
    expect(toast?.action?.label).toBe('Show in folder');
    await toast?.action?.run();
    expect(files.showInFolder).toHaveBeenCalledWith('/home/sam/Reviews/evidence-sam.md');
  });

  it('says nothing on a cancel, and the dialog’s sentence on a failure', () => {
    const files = desktopFiles({ state: 'cancelled' });
    reportSaved({ state: 'cancelled' }, files);
    expect(toasts.items).toEqual([]);
    reportSaved({ state: 'failed', message: 'Tend could not save it: the disk is full. Choose another place and try again.' }, files);
    expect(toasts.items.map((toast) => toast.message)).toEqual(['Tend could not save it: the disk is full. Choose another place and try again.']);
  });
});

it.each([
  ['/home/sam/.local/share/tend/backups', 'tend-1.sqlite', '/home/sam/.local/share/tend/backups/tend-1.sqlite'],
  ['/data/backups/', 'b.sqlite', '/data/backups/b.sqlite'],
  ['C:\\Users\\Sam\\AppData\\Tend\\backups', 'b.sqlite', 'C:\\Users\\Sam\\AppData\\Tend\\backups\\b.sqlite'],
] as const)('%s + %s → %s', (folder, name, path) => {
  expect(pathIn(folder, name)).toBe(path);
  expect(fileNameOf(path)).toBe(name);
});
