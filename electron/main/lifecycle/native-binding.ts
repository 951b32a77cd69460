import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../../../src/core/tend';

/**
 * Where `npm start` (scripts/electron-sqlite.mjs) puts better-sqlite3 built for this Electron's ABI.
 * Keyed by Electron version so an Electron upgrade gets its own build; the Node build in
 * node_modules stays untouched for the tests (DESIGN.md, Native module).
 */
export function electronSqliteBindingPath(appPath: string, electronVersion: string): string {
  return join(appPath, '.cache', 'electron-sqlite', electronVersion, 'better_sqlite3.node');
}

export function findNativeBinding(appPath: string, electronVersion: string): string {
  const binding = electronSqliteBindingPath(appPath, electronVersion);
  if (!existsSync(binding)) {
    throw new StartupError(
      `Tend's database engine has not been prepared for Electron ${electronVersion} (missing ${binding}). Start Tend with \`npm start\`, which prepares it.`,
    );
  }
  return binding;
}
