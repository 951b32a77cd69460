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

type HandlerMap = Record<string, (input: never, caller: never) => unknown>;

export function createLiveDatabase<H extends HandlerMap>(db: Database, wire: (db: Database) => H): LiveDatabase<H> {
  let current = db;
  let wired = wire(db);
  const handlers = Object.fromEntries(
    Object.keys(wired).map((name) => [name, (input: never, caller: never) => (wired[name] as (input: never, caller: never) => unknown)(input, caller)]),
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

/**
 * A connection handle for code that outlives a restore (the reminder store the scheduler holds):
 * every call goes to whichever connection is live now, never to one a restore has closed.
 */
export function followLive(live: LiveDatabase<unknown>): Database {
  return {
    get file() {
      return live.current().file;
    },
    get openOptions() {
      return live.current().openOptions;
    },
    get raw() {
      return live.current().raw;
    },
    all: (sql, params) => live.current().all(sql, params),
    get: (sql, params) => live.current().get(sql, params),
    run: (sql, params) => live.current().run(sql, params),
    exec: (sql) => live.current().exec(sql),
    transaction: (fn) => live.current().transaction(fn),
    readConsistently: (fn) => live.current().readConsistently(fn),
    pragma: (source) => live.current().pragma(source),
    userVersion: () => live.current().userVersion(),
    backupTo: (destination) => live.current().backupTo(destination),
    close: () => live.current().close(),
  };
}
