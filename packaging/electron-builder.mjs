// `npm run dist` (scripts/dist.mjs): electron-builder's configuration for Tend's installers —
// AppImage and deb on Linux, dmg on macOS, NSIS on Windows. Checked against electron-builder's own
// schema by tests/unit/packaging/electron-builder-config.test.ts.
import { relative, sep } from 'node:path';
import { projectDir } from '../scripts/electron-binary.mjs';
import { electronSqliteBinding, electronVersion } from '../scripts/electron-sqlite.mjs';
import { NATIVE_MODULE } from '../scripts/native-module.mjs';

/**
 * better-sqlite3 built for Electron, as `npm start` prepares it (.cache/electron-sqlite/<version>/),
 * relative to the project: packed at the same place and kept out of app.asar (a native module must be
 * a real file), where electron/main/lifecycle/native-binding.ts looks in a packaged app.
 */
export const electronSqliteFile = (version = electronVersion()) => relative(projectDir, electronSqliteBinding(projectDir, version)).split(sep).join('/');

export default {
  // Also the AppUserModelID Windows shows notifications under (APP_ID in electron/main/index.ts).
  appId: 'app.tend.desktop',
  productName: 'Tend',
  copyright: 'Copyright © Tend',
  directories: { output: 'dist' },
  files: [
    'out/**/*',
    'resources/icons/**/*',
    'package.json',
    electronSqliteFile(),
    // The module's JS is all the app loads from it (the binding is passed by path); its Node build and sources stay behind.
    `!node_modules/${NATIVE_MODULE}/{build,deps,src}/**/*`,
  ],
  asarUnpack: [electronSqliteFile()],
  // The Electron build above is the one shipped. electron-builder's own rebuild would replace the Node
  // build in node_modules that the tests load (TOOLCHAIN.md), so it is off.
  npmRebuild: false,
  // One 1024 px source (scripts/render-icons.mjs): electron-builder makes the .icns, the .ico and the Linux sizes from it.
  icon: 'resources/icons/tend-1024.png',
  afterPack: './packaging/after-pack.mjs',
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    // The autostart entry (reminders/launch-at-login.ts) names the icon `tend`, as installed under this name.
    executableName: 'tend',
    category: 'Office',
    synopsis: 'A private desktop journal for people leaders',
    maintainer: 'The Tend authors',
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};
