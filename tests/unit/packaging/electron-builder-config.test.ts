import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config, { electronSqliteFile } from '../../../packaging/electron-builder.mjs';
import { electronVersion } from '../../../scripts/electron-sqlite.mjs';

const require = createRequire(import.meta.url);
// electron-builder's own loader and schema check, as `electron-builder --config` runs them before building.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};
const quiet = { isEnabled: false, add() {} };

describe('electron-builder configuration (packaging/electron-builder.mjs)', () => {
  it('passes electron-builder’s own schema, loaded as its CLI loads it', async () => {
    const loaded = await getConfig(process.cwd(), 'packaging/electron-builder.mjs', null);
    await expect(validateConfiguration(loaded, quiet)).resolves.toBeUndefined();
  }, 30_000);

  it('whose check would catch a misspelt option', async () => {
    await expect(validateConfiguration({ ...config, linux: { tagret: ['deb'] } }, quiet)).rejects.toThrow(/does not match the API schema/);
  }, 30_000);

  it('builds AppImage and deb, dmg, and NSIS', () => {
    expect(config).toMatchObject({ linux: { target: ['AppImage', 'deb'] }, mac: { target: ['dmg'] }, win: { target: ['nsis'] } });
  });

  it('packs the Electron build of the native module for this Electron, and unpacks it where the packaged app looks', () => {
    const file = electronSqliteFile();
    expect(file).toBe(`.cache/electron-sqlite/${electronVersion()}/better_sqlite3.node`);
    expect(config.files).toContain(file);
    expect(config.asarUnpack).toEqual([file]);
    expect(config).toMatchObject({ npmRebuild: false });
  });

  it('uses the app id the main process gives Windows, and the fuse hook', () => {
    expect(readFileSync('electron/main/index.ts', 'utf8')).toContain(`const APP_ID = '${config.appId}';`);
    expect(config.afterPack).toBe('./packaging/after-pack.mjs');
  });
});
