import { existsSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../../../src/core/tend';
import { NATIVE_BINARY } from '../../../scripts/native-module.mjs';

type PathApi = Pick<typeof path, 'basename' | 'dirname' | 'join'>;

/** What electron-builder names the packed app and the folder beside it holding what `asarUnpack` keeps out of it. */
const ASAR = 'app.asar';

/**
 * The app's folder on disk for files that must be real files (a native module cannot be loaded from
 * inside an archive): in a packaged app `appPath` is `<resources>/app.asar`, and those files are in
 * `<resources>/app.asar.unpacked` — on Linux (AppImage, deb), in the macOS .app bundle and under
 * Windows' NSIS install alike. Unpackaged (`npm start`), the project folder itself.
 */
export function unpackedAppPath(appPath: string, pathApi: PathApi = path): string {
  return pathApi.basename(appPath) === ASAR ? pathApi.join(pathApi.dirname(appPath), `${ASAR}.unpacked`) : appPath;
}

/**
 * Where `npm start` (scripts/electron-sqlite.mjs) puts better-sqlite3 built for this Electron's ABI,
 * and where `npm run dist` packs it (unpacked). Keyed by Electron version so an Electron upgrade gets
 * its own build; the Node build in node_modules stays untouched for the tests (DESIGN.md, Native module).
 */
export function electronSqliteBindingPath(appPath: string, electronVersion: string, pathApi: PathApi = path): string {
  return pathApi.join(unpackedAppPath(appPath, pathApi), '.cache', 'electron-sqlite', electronVersion, NATIVE_BINARY);
}

export function findNativeBinding(appPath: string, electronVersion: string): string {
  const binding = electronSqliteBindingPath(appPath, electronVersion);
  if (!existsSync(binding)) {
    const remedy =
      unpackedAppPath(appPath) === appPath
        ? 'Start Tend with `npm start`, which prepares it.'
        : 'This installation of Tend is incomplete; install it again.';
    throw new StartupError(`Tend's database engine has not been prepared for Electron ${electronVersion} (missing ${binding}). ${remedy}`);
  }
  return binding;
}
