import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the web host keeps data by default: a `tend-web` folder in the user's data dir, apart from the desktop app's. */
export function defaultWebDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'tend-web');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'tend-web');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'tend-web');
}
