/**
 * The desktop app's save and open dialogs and "Show in folder" (issue 23), over a real core and the
 * recording stand-in for `electron`: exports land where the save dialog says, the next dialog opens
 * in the folder used last, a cancel writes nothing, and only files Tend wrote can be shown.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { OPEN_FILE_CHANNEL, RESTORE_FILE_CHANNEL, SAVE_FILE_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../../src/shared/channels';
import { fake } from '../../fixtures/fake-electron';
import { pinnedClock } from '../../fixtures/clock';
import { TEST_START } from '../../fixtures/open-test-tend';
import { openTend } from '../../../src/core/tend';
import { removeTempDir } from '../../fixtures/temp-dir';

vi.mock('electron', async () => (await import('../../fixtures/fake-electron')).electronModule);

const { registerNativeFiles } = await import('../../../electron/main/files/native-files');

const root = mkdtempSync(join(tmpdir(), 'tend-native-files-'));
const documents = join(root, 'Documents');
mkdirSync(documents);
fake.electron.app.setPath('documents', documents);
const APP_PAGE = 'app://tend/index.html#/settings';

// One core for the whole file (openTestTend closes its core after each test).
const tend = await openTend({ dataDir: join(root, 'data'), appVersion: '0.0.0-test', host: 'electron', clock: pinnedClock(TEST_START) });
await tend.dispatch('people.save', { name: 'Sam Okafor' });
let lastFolder: string | null = null;
const main = new fake.electron.BrowserWindow({});
const captureWindow = new fake.electron.BrowserWindow({});
const unregister = registerNativeFiles({
  tend,
  folders: { get: () => lastFolder, set: (folder) => void (lastFolder = folder) },
  refused: (sender) => sender === (captureWindow.webContents as never),
  today: () => '2026-11-23',
});

function ask(channel: string, window: InstanceType<typeof fake.electron.BrowserWindow>, senderUrl: string, request: unknown) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`nothing answers ${channel}`);
  return handler({ sender: window.webContents, senderFrame: { url: senderUrl } }, request);
}

afterEach(() => {
  fake.electron.dialog.saves.length = 0;
  fake.electron.dialog.opens.length = 0;
  fake.electron.shell.shown.length = 0;
});
afterAll(() => {
  unregister();
  tend.close();
  removeTempDir(root);
});

describe('native file dialogs (Electron main)', () => {
  it('saves a JSON export where the save dialog says, from Documents the first time, and remembers the folder', async () => {
    const chosen = join(root, 'Exports');
    mkdirSync(chosen);
    fake.electron.dialog.saveAnswers.push(join(chosen, 'team.json'));
    const outcome = await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'export', format: 'json' });
    expect(fake.electron.dialog.saves[0]).toMatchObject({ parent: true, options: { defaultPath: join(documents, 'tend-archive-2026-11-23.json') } });
    expect(outcome).toMatchObject({ state: 'saved', path: join(chosen, 'team.json') });
    expect(JSON.parse(readFileSync(join(chosen, 'team.json'), 'utf8'))).toHaveProperty('tables');
    // Nothing but the finished file: no temporary name left beside it.
    expect(readdirSync(chosen)).toEqual(['team.json']);

    fake.electron.dialog.saveAnswers.push(null);
    expect(await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'export', format: 'ics' })).toEqual({ state: 'cancelled' });
    expect(fake.electron.dialog.saves[1]!.options.defaultPath).toBe(join(chosen, 'tend-calendar-2026-11-23.ics'));
    expect(readdirSync(chosen)).toEqual(['team.json']);
  });

  it('replaces a file the dialog confirmed, but never removes a folder to make room for a Markdown export', async () => {
    const file = join(root, 'replace-me.json');
    writeFileSync(file, 'old');
    fake.electron.dialog.saveAnswers.push(file);
    expect(await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'export', format: 'json' })).toMatchObject({ state: 'saved' });
    expect(readFileSync(file, 'utf8')).not.toBe('old');

    const folder = join(root, 'Precious');
    mkdirSync(folder);
    writeFileSync(join(folder, 'keep.txt'), 'mine');
    fake.electron.dialog.saveAnswers.push(folder);
    expect(await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'export', format: 'markdown' })).toEqual({
      state: 'failed',
      message: 'Precious already exists; choose a new name for the export folder.',
    });
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('saves a document the page made (the evidence pack) as it is', async () => {
    const target = join(root, 'evidence-sam.md');
    fake.electron.dialog.saveAnswers.push(target);
    const outcome = await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'markdown', fileName: 'evidence-sam.md', text: '# Sam\n' });
    expect(outcome).toEqual({ state: 'saved', path: target, bytes: 6 });
    expect(readFileSync(target, 'utf8')).toBe('# Sam\n');
    expect(await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'markdown', fileName: '../up.md', text: 'x' })).toMatchObject({ state: 'failed' });
  });

  it('saves a prep sheet’s Markdown where the dialog says, opening in the folder used last, and can show it', async () => {
    const people = await tend.dispatch('people.list');
    const sam = people.ok ? people.value[0]! : null;
    const markdown = await tend.dispatch('prep.markdown', { personId: sam!.id });
    if (!markdown.ok) throw new Error(markdown.error.message);
    lastFolder = join(root, 'One-on-ones');
    mkdirSync(lastFolder);
    const target = join(lastFolder, 'prep-sam-okafor-2026-11-23.md');
    fake.electron.dialog.saveAnswers.push(target);
    const outcome = await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'markdown', fileName: 'prep-sam-okafor-2026-11-23.md', text: markdown.value });
    expect(fake.electron.dialog.saves[0]).toMatchObject({ parent: true, options: { defaultPath: target, filters: [{ name: 'Markdown', extensions: ['md'] }] } });
    expect(outcome).toEqual({ state: 'saved', path: target, bytes: Buffer.byteLength(markdown.value) });
    expect(readFileSync(target, 'utf8')).toContain('Sam Okafor');
    expect(readdirSync(lastFolder)).toEqual(['prep-sam-okafor-2026-11-23.md']);
    expect(await ask(SHOW_IN_FOLDER_CHANNEL, main, APP_PAGE, target)).toBe(true);
    expect(fake.electron.shell.shown).toEqual([target]);
  });

  it('opens an archive or a roster from the open dialog and hands the page its text', async () => {
    const roster = join(root, 'team.csv');
    writeFileSync(roster, 'Name\nPriya Raman\n');
    fake.electron.dialog.openAnswers.push(roster);
    const opened = (await ask(OPEN_FILE_CHANNEL, main, APP_PAGE, { kind: 'roster' })) as { state: string; name: string; bytes: Uint8Array };
    expect(opened).toMatchObject({ state: 'opened', name: 'team.csv' });
    expect(Buffer.from(opened.bytes).toString('utf8')).toBe('Name\nPriya Raman\n');
    expect(lastFolder).toBe(root);
    fake.electron.dialog.openAnswers.push(null);
    expect(await ask(OPEN_FILE_CHANNEL, main, APP_PAGE, { kind: 'archive' })).toEqual({ state: 'cancelled' });
    expect(fake.electron.dialog.opens[1]!.options.defaultPath).toBe(root);
  });

  it('restores from a backup file the open dialog chooses (a copy kept elsewhere); a cancel or a file that is no backup changes nothing', async () => {
    const taken = await tend.dispatch('backup.create');
    if (!taken.ok) throw new Error(taken.error.message);
    const kept = join(root, 'Elsewhere');
    mkdirSync(kept);
    const copy = join(kept, 'tend-before-the-move.sqlite');
    writeFileSync(copy, readFileSync(join(tend.dataDir, 'backups', taken.value.file)));
    await tend.dispatch('people.save', { name: 'Added After The Copy' });
    const names = async () => {
      const people = await tend.dispatch('people.list');
      return people.ok ? people.value.map((p) => p.name) : [];
    };

    fake.electron.dialog.openAnswers.push(null);
    expect(await ask(RESTORE_FILE_CHANNEL, main, APP_PAGE, {})).toEqual({ state: 'cancelled' });
    const notABackup = join(kept, 'notes.sqlite');
    writeFileSync(notABackup, 'just text');
    fake.electron.dialog.openAnswers.push(notABackup);
    expect(await ask(RESTORE_FILE_CHANNEL, main, APP_PAGE, {})).toEqual({ state: 'failed', message: 'That file is not a Tend backup (it is not an SQLite database).' });
    expect(await names()).toContain('Added After The Copy');

    fake.electron.dialog.openAnswers.push(copy);
    const outcome = await ask(RESTORE_FILE_CHANNEL, main, APP_PAGE, {});
    expect(outcome).toMatchObject({ state: 'restored', name: 'tend-before-the-move.sqlite', safetyBackup: expect.stringMatching(/^tend-pre-restore-/) });
    expect(fake.electron.dialog.opens.at(-1)).toMatchObject({ parent: true, options: { title: 'Restore from a backup file', defaultPath: kept, filters: [{ name: 'Tend backup', extensions: ['sqlite'] }] } });
    expect(await names()).not.toContain('Added After The Copy');
    expect(await names()).toContain('Sam Okafor');
    // The page can never name the file itself: only the dialog in the main process does.
    expect(await ask(RESTORE_FILE_CHANNEL, captureWindow, 'app://tend/index.html#/capture', {})).toMatchObject({ state: 'failed' });
    expect(await ask(RESTORE_FILE_CHANNEL, main, APP_PAGE, { path: copy })).toMatchObject({ state: 'failed' });
  });

  it('shows in its folder only a file Tend wrote or keeps in its data folder', async () => {
    const written = join(root, 'shown.json');
    fake.electron.dialog.saveAnswers.push(written);
    await ask(SAVE_FILE_CHANNEL, main, APP_PAGE, { kind: 'export', format: 'json' });
    expect(await ask(SHOW_IN_FOLDER_CHANNEL, main, APP_PAGE, written)).toBe(true);
    const backup = join(tend.dataDir, 'backups', 'tend-2026-11-23.sqlite');
    expect(await ask(SHOW_IN_FOLDER_CHANNEL, main, APP_PAGE, backup)).toBe(true);
    for (const foreign of ['/etc/passwd', join(tend.dataDir, '..', 'elsewhere'), 'relative/path', 42]) {
      expect(await ask(SHOW_IN_FOLDER_CHANNEL, main, APP_PAGE, foreign)).toBe(false);
    }
    expect(fake.electron.shell.shown).toEqual([written, backup]);
  });

  it('refuses the quick-capture window and any page that is not the app’s', async () => {
    expect(await ask(SAVE_FILE_CHANNEL, captureWindow, 'app://tend/index.html#/capture', { kind: 'export', format: 'json' })).toEqual({
      state: 'failed',
      message: 'This window cannot save files.',
    });
    expect(await ask(OPEN_FILE_CHANNEL, main, 'https://example.com/', { kind: 'archive' })).toMatchObject({ state: 'failed' });
    expect(fake.electron.dialog.saves).toEqual([]);
    expect(fake.electron.dialog.opens).toEqual([]);
    expect(existsSync(join(root, 'Exports', 'tend-archive-2026-11-23.json'))).toBe(false);
  });
});
