import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import afterPack from '../../../packaging/after-pack.mjs';
import { FUSES, fuseConfig } from '../../../packaging/fuses.mjs';

/**
 * The fuses Electron's security checklist ("Check which fuses you can change", and the fuses guide
 * it points to) names for an app like Tend, with the advised setting. Tend serves its pages from
 * app://, so it also takes away file://'s extra privileges.
 */
const CHECKLIST = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

describe('Electron fuses (packaging/fuses.mjs)', () => {
  it.each(Object.entries(CHECKLIST))('sets %s as the checklist advises (%s)', (name, advised) => {
    expect(name in FuseV1Options, `@electron/fuses knows ${name}`).toBe(true);
    expect(FUSES[name]).toBe(advised);
  });

  it('sets nothing beyond the checklist (the V8 snapshot fuse stays Electron’s default)', () => {
    expect(Object.keys(FUSES).sort()).toEqual(Object.keys(CHECKLIST).sort());
  });

  it('keys the config by @electron/fuses’ own enum, version 1', () => {
    const config = fuseConfig({ FuseVersion, FuseV1Options }, { platform: 'linux', arch: 'x64' });
    expect(config).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it.each([
    ['darwin', 'arm64', true],
    ['darwin', 'universal', true],
    ['darwin', 'x64', false],
    ['win32', 'x64', false],
    ['linux', 'arm64', false],
  ])('re-signs ad hoc only for Apple Silicon macOS: %s %s → %s', (platform, arch, reset) => {
    expect(fuseConfig({ FuseVersion, FuseV1Options }, { platform, arch }).resetAdHocDarwinSignature).toBe(reset);
  });

  it('refuses a fuse name @electron/fuses does not know, instead of ignoring it', () => {
    expect(() => fuseConfig({ FuseVersion, FuseV1Options: { RunAsNode: 0 } }, { platform: 'linux', arch: 'x64' })).toThrow(/no fuse called/);
  });

  it('the afterPack hook flips them in the packed binary through electron-builder', async () => {
    const addElectronFuses = vi.fn(async () => undefined);
    const context = { electronPlatformName: 'darwin', arch: 3, packager: { addElectronFuses } };
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, fuseConfig({ FuseVersion, FuseV1Options }, { platform: 'darwin', arch: 'arm64' }));
  });
});
