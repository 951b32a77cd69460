// The native module, named here and in SQLITE_DRIVER only: better-sqlite3 built with SQLite3MultipleCiphers, same API.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { log } from '../log';
import { briefSql } from './brief-sql';
import { StartupError } from '../startup-error';
import { ensurePrivateDatabaseFile } from './private-file';

const SLOW_QUERY_MS = 20;
const logger = log('db');

export type SqlParams = Record<string, unknown> | unknown[];

/**
 * The one writer connection. Boring on purpose: statements are prepared once and reused, every
 * write goes through `transaction`, and slow queries are logged with their SQL.
 */
export interface Database {
  readonly file: string;
  /** How this connection was opened, so another file (a backup, an export snapshot) opens with the same native build. */
  readonly openOptions: OpenOptions;
  all<T>(sql: string, params?: SqlParams): T[];
  get<T>(sql: string, params?: SqlParams): T | undefined;
  run(sql: string, params?: SqlParams): BetterSqlite3.RunResult;
  exec(sql: string): void;
  transaction<T>(fn: () => T): T;
  /** Several reads that must see one consistent state, without taking the write lock. */
  readConsistently<T>(fn: () => T): T;
  pragma(source: string): unknown;
  userVersion(): number;
  /**
   * A consistent, compacted snapshot into `destination` with `VACUUM INTO` (safe while the DB is live);
   * SQLite3MultipleCiphers encrypts it with this connection's key. SQLite's online backup API cannot
   * write an encrypted copy.
   */
  backupTo(destination: string): Promise<void>;
  /** Checkpoint the WAL into the main file and close. Safe to call twice. */
  close(): void;
  readonly raw: BetterSqlite3.Database;
}

export interface OpenOptions {
  /** Path to a better-sqlite3 `.node` built for this runtime's ABI (Electron); Node uses the default. */
  nativeBinding?: string;
  readonly?: boolean;
  /** The 256-bit database key as 64 hex digits (a string, so the integrity worker can be sent it); none: a plaintext file. */
  key?: string;
}

/** The package name of the native module, for code that must resolve it by name (the integrity worker). */
export const SQLITE_DRIVER = 'better-sqlite3-multiple-ciphers';

/** How to open a data folder's files: the host's native build, and the key when the folder is encrypted. */
export function openOptionsOf(nativeBinding: string | undefined, key: Buffer | string | undefined): OpenOptions {
  return {
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(key ? { key: typeof key === 'string' ? key : key.toString('hex') } : {}),
  };
}

/** The file is encrypted with another key (or is not a database at all: SQLite cannot tell these apart). */
/** Whether an error from SQLite says the file is damaged or no database (not that it is busy, locked or missing). */
export function isDamagedDatabaseError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

export class WrongKeyError extends StartupError {
  constructor(readonly file: string, options?: { cause?: unknown }) {
    super(`${file} cannot be opened with this key (a different key encrypted it, or it is not a Tend database).`, options);
    this.name = 'WrongKeyError';
  }
}

const KEY_HEX = /^[0-9a-f]{64}$/;

/**
 * SQLCipher 4's format (AES-256, HMAC-SHA512 per page), keyed with the raw key so no key derivation
 * runs on open. The statements must be the first on the connection, before any page is read; `rekey`
 * encrypts a plaintext file in place (rollback-journal mode only).
 */
export function keyStatements(key: string, verb: 'key' | 'rekey' = 'key'): string[] {
  if (!KEY_HEX.test(key)) throw new Error('A database key is 64 lowercase hex digits.');
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `${verb} = "x'${key}'"`];
}

function applyParams<T>(stmt: BetterSqlite3.Statement, method: 'all' | 'get' | 'run', params?: SqlParams): T {
  if (params === undefined) return stmt[method]() as T;
  return (Array.isArray(params) ? stmt[method](...params) : stmt[method](params)) as T;
}

/** SQLite's name for a database that lives only in memory. */
export const IN_MEMORY = ':memory:';

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  // ':memory:' names no file: making it private would create an empty file of that name in the
  // working directory (one was once committed from a test run).
  if (!options.readonly && file !== IN_MEMORY) ensurePrivateDatabaseFile(file);
  const raw = new BetterSqlite3(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  if (options.key) {
    for (const statement of keyStatements(options.key)) raw.pragma(statement);
  }
  raw.pragma('busy_timeout = 5000');
  // 16 MB rather than SQLite's 2 MB: Today seeks one index leaf per person on every read, and at
  // hundreds of people those leaves no longer stay cached, so each read went back to the file.
  raw.pragma('cache_size = -16000');
  const statements = new Map<string, BetterSqlite3.Statement>();
  let closed = false;
  // Built once: better-sqlite3 makes a new wrapper (and its variants) for each transaction() call,
  // which every read and every write would otherwise pay for.
  const inTransaction = raw.transaction(<T>(fn: () => T): T => fn());

  function statement(sql: string): BetterSqlite3.Statement {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = raw.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  }

  function timed<T>(sql: string, run: () => T): T {
    const started = performance.now();
    const value = run();
    const took = performance.now() - started;
    if (took >= SLOW_QUERY_MS) logger.warn(`slow query (${took.toFixed(1)} ms): ${briefSql(sql)}`);
    return value;
  }

  return {
    file,
    openOptions: options,
    raw,
    all: <T>(sql: string, params?: SqlParams) => timed(sql, () => applyParams<T[]>(statement(sql), 'all', params)),
    get: <T>(sql: string, params?: SqlParams) => timed(sql, () => applyParams<T | undefined>(statement(sql), 'get', params)),
    run: (sql, params) => timed(sql, () => applyParams<BetterSqlite3.RunResult>(statement(sql), 'run', params)),
    exec: (sql) => void timed(sql, () => raw.exec(sql)),
    // IMMEDIATE takes the write lock up front, so a write never fails half-way on SQLITE_BUSY.
    transaction: <T>(fn: () => T): T => inTransaction.immediate(fn) as T,
    readConsistently: <T>(fn: () => T): T => inTransaction.deferred(fn) as T,
    pragma: (source) => raw.pragma(source),
    userVersion: () => raw.pragma('user_version', { simple: true }) as number,
    backupTo: async (destination) => {
      raw.prepare('VACUUM INTO ?').run(destination);
    },
    close: () => {
      if (closed) return;
      closed = true;
      try {
        if (!raw.readonly && raw.pragma('journal_mode', { simple: true }) === 'wal') {
          raw.pragma('wal_checkpoint(TRUNCATE)');
        }
      } finally {
        // Release the file even when it cannot be read (not a database): a leaked handle keeps it locked.
        raw.close();
      }
    },
  };
}

/** The settings every read-write connection runs with: a journal must not lose a saved entry. */
export function applyWriterPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
