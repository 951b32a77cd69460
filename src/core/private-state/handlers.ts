import type { PrivateSaveOrder, privateStateMethods } from '../../shared/private-state';
import type { Clock } from '../clock';
import type { HandlersOf } from '../compose-handlers';
import type { Database } from '../db/database';

/** The window's kept drafts and recent searches (src/shared/private-state.ts), in the encrypted database. */
export function privateStateHandlers(db: Database, clock: Clock): HandlersOf<typeof privateStateMethods> {
  /**
   * The order of the save that last wrote each key. Two saves of one page overlap only while both
   * are on their way, within one run of the core, so this lives in memory (a few hundred keys at most).
   */
  const lastWrite = new Map<string, PrivateSaveOrder>();
  /** Whether a save of the same page with a later place already wrote `key` (this one arrived late). */
  const overtaken = (key: string, order: PrivateSaveOrder | undefined): boolean => {
    const last = lastWrite.get(key);
    return order !== undefined && last !== undefined && last.page === order.page && last.seq > order.seq;
  };
  return {
    'privateState.list': () => db.all('SELECT key, value FROM private_state ORDER BY key'),
    'privateState.save': ({ set, remove, order }) => {
      const at = clock().toISOString();
      // What a later save of the same page already wrote is left as it is.
      const toSet = set.filter(({ key }) => !overtaken(key, order));
      const toRemove = remove.filter((key) => !overtaken(key, order));
      db.transaction(() => {
        for (const { key, value } of toSet) {
          db.run('INSERT INTO private_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', [key, value, at]);
        }
        for (const key of toRemove) db.run('DELETE FROM private_state WHERE key = ?', [key]);
      });
      // Recorded once the transaction has committed: a save that failed wrote nothing.
      if (order) for (const key of [...toSet.map((entry) => entry.key), ...toRemove]) lastWrite.set(key, order);
      return null;
    },
  };
}
