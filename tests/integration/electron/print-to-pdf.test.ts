/**
 * "Print / Save as PDF" in the desktop app (issue 20): the page's own contents printed with
 * `printToPDF` and written where the save dialog says, against the recording stand-in for `electron`.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PRINT_PDF_CHANNEL } from '../../../src/shared/channels';
import { fake } from '../../fixtures/fake-electron';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const { registerPrintToPdf } = await import('../../../electron/main/print/print-to-pdf');

const root = mkdtempSync(join(tmpdir(), 'tend-print-pdf-'));
fake.electron.app.setPath('documents', join(root, 'Documents'));
const APP_PAGE = 'app://tend/index.html#/prep/p1';

function ask(window: InstanceType<typeof fake.electron.BrowserWindow>, senderUrl: string | null, request: unknown) {
  const handler = fake.handlers.get(PRINT_PDF_CHANNEL);
  if (!handler) throw new Error('no PDF handler registered');
  return handler({ sender: window.webContents, senderFrame: senderUrl === null ? null : { url: senderUrl } }, request);
}

afterEach(() => {
  fake.electron.dialog.saves.length = 0;
  fake.electron.dialog.saveAnswers.length = 0;
});
afterAll(() => removeTempDir(root));

describe('Save as PDF (Electron main)', () => {
  const unregister = registerPrintToPdf();
  const window = new fake.electron.BrowserWindow({});

  it('offers the suggested name in Documents, prints the asking page with its CSS page size, and writes the PDF there', async () => {
    const target = join(root, 'sam.pdf');
    fake.electron.dialog.saveAnswers.push(target);
    const outcome = await ask(window, APP_PAGE, { fileName: 'prep-samuel-okafor-2026-11-23.pdf' });
    expect(outcome).toEqual({ state: 'saved', path: target });
    expect(fake.electron.dialog.saves).toEqual([
      { parent: true, options: expect.objectContaining({ defaultPath: join(root, 'Documents', 'prep-samuel-okafor-2026-11-23.pdf') }) },
    ]);
    expect(window.webContents.printed.at(-1)).toEqual({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
    expect(readFileSync(target, 'latin1')).toBe('%PDF-1.7 fake');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const printedBefore = window.webContents.printed.length;
    fake.electron.dialog.saveAnswers.push(null);
    expect(await ask(window, APP_PAGE, { fileName: 'evidence.pdf' })).toEqual({ state: 'cancelled' });
    expect(window.webContents.printed).toHaveLength(printedBefore);
  });

  it('refuses a page that is not the app’s own, and a name that is a path, before any dialog', async () => {
    expect(await ask(window, 'https://example.com/', { fileName: 'x.pdf' })).toMatchObject({ state: 'failed' });
    expect(await ask(window, null, { fileName: 'x.pdf' })).toMatchObject({ state: 'failed' });
    expect(await ask(window, APP_PAGE, { fileName: '../../etc/x.pdf' })).toMatchObject({ state: 'failed' });
    expect(await ask(window, APP_PAGE, { fileName: 'notes.txt' })).toMatchObject({ state: 'failed' });
    expect(fake.electron.dialog.saves).toEqual([]);
  });

  it('says in words when the PDF cannot be written, and leaves no file', async () => {
    const target = join(root, 'missing-folder', 'sam.pdf');
    fake.electron.dialog.saveAnswers.push(target);
    const outcome = await ask(window, APP_PAGE, { fileName: 'sam.pdf' });
    expect(outcome).toMatchObject({ state: 'failed', message: expect.stringContaining('could not save the PDF') });
    expect(existsSync(target)).toBe(false);
  });

  it('stops answering once unregistered (at quit)', () => {
    unregister();
    expect(fake.handlers.has(PRINT_PDF_CHANNEL)).toBe(false);
  });
});
