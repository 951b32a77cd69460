// electron-builder's afterPack hook: flips Tend's fuses (fuses.mjs) in the packed Electron binary,
// with the project's own @electron/fuses. electron-builder finds the binary for each platform
// (packager.addElectronFuses) and signs after this hook, so the signature covers the flipped fuses.
import * as fuses from '@electron/fuses';
import { fuseConfig } from './fuses.mjs';

/** electron-builder's Arch enum, by number. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
  const config = fuseConfig(fuses, { platform: context.electronPlatformName, arch: ARCH_NAMES[context.arch] });
  await context.packager.addElectronFuses(context, config);
}
