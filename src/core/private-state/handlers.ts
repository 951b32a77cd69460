import type { privateStateMethods } from '../../shared/private-state';
import type { Clock } from '../clock';
import type { HandlersOf } from '../compose-handlers';
import type { Database } from '../db/database';

/** The window's kept drafts and recent searches (src/shared/private-state.ts), in the encrypted database. */
export function privateStateHandlers(db: Database, clock: Clock): HandlersOf<typeof privateStateMethods> {
  return {
    'privateState.list': () => db.all('SELECT key, value FROM private_state ORDER BY key'),
    'privateState.save': ({ set, remove }) => {
      const at = clock().toISOString();
      db.transaction(() => {
        for (const { key, value } of set) {
          db.run('INSERT INTO private_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', [key, value, at]);
        }
        for (const key of remove) db.run('DELETE FROM private_state WHERE key = ?', [key]);
      });
      return null;
    },
  };
}
