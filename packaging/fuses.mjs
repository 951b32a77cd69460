// Electron's fuses for the packaged app, as data: flipped in the Electron binary after packing and
// before signing (after-pack.mjs), so they cannot be changed at run time. Each is named as
// @electron/fuses names it (FuseV1Options); a test checks every fuse Electron's security checklist
// names is set here, the way the checklist advises.
export const FUSES = {
  // The binary must never run as plain Node (ELECTRON_RUN_AS_NODE): that would run any script with the user's rights.
  RunAsNode: false,
  // Cookies on disk are encrypted with the OS key store (Tend sets none today; it costs nothing to have).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger into the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at build time (macOS and Windows; Electron has no Linux support yet).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, so a folder dropped beside it (resources/app) cannot replace Tend.
  OnlyLoadAppFromAsar: true,
  // Tend's pages are served from app://, never file://, so file:// needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/**
 * The config @electron/fuses's `flipFuses` takes: FUSES keyed by the library's own enum, so a name it
 * does not know fails here instead of being ignored. Ad hoc macOS signatures break when the binary
 * changes, so Apple Silicon builds get a fresh one (a real identity re-signs after this anyway).
 */
export function fuseConfig({ FuseVersion, FuseV1Options }, { platform, arch }) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' && (arch === 'arm64' || arch === 'universal') };
  for (const [name, value] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses has no fuse called ${name}`);
    config[FuseV1Options[name]] = value;
  }
  return config;
}
