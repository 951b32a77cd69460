import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  corruptCopyName,
  openPreferences,
  preferencesFile,
} from '../../../../src/core/preferences/open-preferences';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../src/shared/settings';

let dir: string;
const at = new Date('2026-03-04T05:06:07.089Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-prefs-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function open() {
  const file = preferencesFile(dir);
  return openPreferences({
    file,
    createStore: () => new Conf<Preferences>({ cwd: dir, configName: 'config', defaults: DEFAULT_PREFERENCES }),
    now: () => at,
  });
}

const bounds = { x: 10, y: 20, width: 1000, height: 700, maximized: false };

describe('openPreferences', () => {
  it('starts from defaults when there is no file yet', () => {
    const { store, movedAside } = open();
    expect(movedAside).toBeNull();
    expect(store.get('windowBounds')).toBeNull();
  });

  it('loads a valid file as it is, keeping keys a newer Tend may have written', () => {
    writeFileSync(preferencesFile(dir), JSON.stringify({ windowBounds: bounds, theme: 'dark' }));
    const { store, movedAside } = open();
    expect(movedAside).toBeNull();
    expect(store.get('windowBounds')).toEqual(bounds);
    expect(JSON.parse(readFileSync(preferencesFile(dir), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it.each([
    ['an empty object', '{}'],
    ['only keys another version wrote', JSON.stringify({ reminderTime: '17:30' })],
  ])('keeps a file with %s and fills in the defaults', (_label, contents) => {
    writeFileSync(preferencesFile(dir), contents);
    const { store, movedAside } = open();
    expect(movedAside).toBeNull();
    expect(store.get('windowBounds')).toBeNull();
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"windowBounds": {"x": 1'],
    ['binary noise', '\u0000\u0001garbage\uFFFD'],
    ['JSON null', 'null'],
    ['a JSON array', '[1, 2, 3]'],
    ['a wrong type', JSON.stringify({ windowBounds: 'big' })],
    ['a negative size', JSON.stringify({ windowBounds: { ...bounds, width: -5 } })],
  ])('moves %s aside with its bytes intact and uses defaults', (_label, contents) => {
    writeFileSync(preferencesFile(dir), contents);
    const { store, movedAside } = open();

    expect(movedAside).toBe(join(dir, 'config.corrupt-2026-03-04T05-06-07-089Z.json'));
    expect(readFileSync(movedAside!, 'utf8')).toBe(contents);
    expect(store.get('windowBounds')).toBeNull();
    store.set('windowBounds', bounds);
    expect(JSON.parse(readFileSync(preferencesFile(dir), 'utf8'))).toEqual({ windowBounds: bounds });
  });

  it('never overwrites an earlier corrupt copy', () => {
    writeFileSync(preferencesFile(dir), 'first {');
    open();
    writeFileSync(preferencesFile(dir), 'second {');
    open();
    const copies = readdirSync(dir).filter((name) => name.includes('.corrupt-')).sort();
    expect(copies).toEqual(['config.corrupt-2026-03-04T05-06-07-089Z-1.json', 'config.corrupt-2026-03-04T05-06-07-089Z.json']);
    expect(copies.map((name) => readFileSync(join(dir, name), 'utf8')).sort()).toEqual(['first {', 'second {']);
  });
});

describe('corruptCopyName', () => {
  it('keeps the folder and extension and has no characters Windows forbids', () => {
    const name = corruptCopyName(join(dir, 'config.json'), at);
    expect(name.startsWith(dir)).toBe(true);
    expect(name.endsWith('.json')).toBe(true);
    expect(name.slice(dir.length + 1)).not.toMatch(/[:<>"|?*]/);
  });
});
