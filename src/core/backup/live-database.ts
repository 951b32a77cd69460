import type { Database } from '../db/database';
import { TendError } from '../errors';
import { BUSY_MESSAGE } from './exclusive';

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
  /**
   * Marks the file as being written by a long task on a connection of its own (an import, a restore):
   * until the returned release runs, every other write is refused with `busy` (see refuseWhileHeld),
   * so none waits on SQLite's lock or lands where the task would lose it. Reads go on as before.
   */
  hold(what: string): () => void;
  /** Throws `busy` while a long task holds the file. */
  refuseWhileHeld(): void;
}

type HandlerMap = Record<string, (input: never, caller: never) => unknown>;

export function createLiveDatabase<H extends HandlerMap>(db: Database, wire: (db: Database) => H): LiveDatabase<H> {
  let current = db;
  let wired = wire(db);
  let heldBy: string | null = null;
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
    hold(what) {
      if (heldBy !== null) throw new TendError('busy', BUSY_MESSAGE(heldBy));
      heldBy = what;
      return () => {
        heldBy = null;
      };
    },
    refuseWhileHeld() {
      if (heldBy !== null) throw new TendError('busy', BUSY_MESSAGE(heldBy));
    },
  };
}

/**
 * A connection handle for code that outlives a restore (the reminder store the scheduler holds):
 * every call goes to whichever connection is live now, never to one a restore has closed; a write
 * while an import or restore holds the file answers `busy`.
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
    // A write while an import or restore holds the file is refused at once, not left waiting on SQLite's lock.
    run: (sql, params) => (live.refuseWhileHeld(), live.current().run(sql, params)),
    exec: (sql) => (live.refuseWhileHeld(), live.current().exec(sql)),
    transaction: (fn) => (live.refuseWhileHeld(), live.current().transaction(fn)),
    readConsistently: (fn) => live.current().readConsistently(fn),
    pragma: (source) => live.current().pragma(source),
    userVersion: () => live.current().userVersion(),
    backupTo: (destination) => live.current().backupTo(destination),
    close: () => live.current().close(),
  };
}
