import type { Database } from '../db/database';

/**
 * The one writer connection, replaceable. A restore or import closes the connection and opens the
 * new file; the services were built on the old one, so they are wired again on the new one and the
 * handlers the dispatcher holds delegate to whatever is wired now.
 */
export interface LiveDatabase<H> {
  current(): Database;
  /** Handlers that always call the services wired on the current connection. */
  readonly handlers: H;
  /**
   * Closes the current connection and installs the one `reopen` returns (synchronously, so no call
   * can run in between). If `reopen` throws, the previous file is opened again by `fallback`.
   */
  replace(reopen: () => Database, fallback: () => Database): void;
}

type HandlerMap = Record<string, (input: never) => unknown>;

export function createLiveDatabase<H extends HandlerMap>(db: Database, wire: (db: Database) => H): LiveDatabase<H> {
  let current = db;
  let wired = wire(db);
  const handlers = Object.fromEntries(
    Object.keys(wired).map((name) => [name, (input: never) => (wired[name] as (input: never) => unknown)(input)]),
  ) as H;
  return {
    current: () => current,
    handlers,
    replace(reopen, fallback) {
      current.close();
      try {
        current = reopen();
      } catch (error) {
        current = fallback();
        wired = wire(current);
        throw error;
      }
      wired = wire(current);
    },
  };
}
