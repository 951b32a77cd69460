import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { isDamagedDatabaseError, keyStatements, SQLITE_DRIVER, type OpenOptions } from '../db/database';
import { log } from '../log';
import { filePassesQuickCheck } from './integrity';

const logger = log('integrity');

/**
 * The worker's whole program, as CommonJS source: it is evaluated, not bundled, so the same text runs
 * under vitest, the web host's bundle and Electron's main bundle. It loads better-sqlite3 from the
 * path the calling thread resolved (the worker has no bundle of its own to resolve it from) and
 * answers each request with the quick check's verdict on a read-only connection of its own. Being
 * text, it spells out isDamagedDatabaseError's two codes (db/database.ts) itself.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
parentPort.on('message', ({ id, file, nativeBinding, keyStatements }) => {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    for (const statement of keyStatements) db.pragma(statement);
    db.pragma('busy_timeout = 5000');
    const rows = db.pragma('quick_check');
    parentPort.postMessage({ id, verdict: rows.length === 1 && rows[0].quick_check === 'ok' ? 'ok' : 'damaged' });
  } catch (error) {
    const code = error && error.code;
    const damaged = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
    parentPort.postMessage({ id, verdict: damaged ? 'damaged' : 'failed', message: String((error && error.message) || error) });
  } finally {
    try { if (db) db.close(); } catch {}
  }
});
`;

type Verdict = 'ok' | 'damaged' | 'failed';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (verdict: Verdict) => void>();

/**
 * One worker per process, made on first use and kept: a check runs every start and then daily, and
 * each test process opens many folders. It holds the process open only while a check is pending
 * (a `message` listener re-references a worker unreferenced before it, so the order matters).
 */
function checker(): Worker {
  if (worker) return worker;
  const driver = createRequire(import.meta.url).resolve(SQLITE_DRIVER);
  // Loaded here, with the first check after the first answer, rather than by every start before it.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const made = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver } });
  made.on('message', ({ id, verdict, message }: { id: number; verdict: Verdict; message?: string }) => {
    if (verdict === 'failed') logger.warn(`the integrity check could not run in its worker: ${message}`);
    pending.get(id)?.(verdict);
    pending.delete(id);
    if (pending.size === 0) made.unref();
  });
  made.on('error', (error) => {
    logger.warn('the integrity check worker stopped', error);
    for (const settle of pending.values()) settle('failed');
    pending.clear();
    worker = null;
  });
  worker = made;
  return made;
}

/**
 * SQLite's quick check of `file` on a worker thread, so the event loop keeps answering while a large
 * file is read page by page. Where the worker cannot run the check (it failed to start, or to load
 * the driver), it runs here instead: a slower answer beats no check.
 */
export async function quickCheckOffThread(file: string, openOptions: OpenOptions = {}): Promise<boolean> {
  let verdict: Verdict;
  try {
    const id = nextId++;
    verdict = await new Promise<Verdict>((settle) => {
      pending.set(id, settle);
      const running = checker();
      running.ref();
      // The key goes as the statements that apply it, so the worker keys its connection as openDatabase does.
      running.postMessage({ id, file, nativeBinding: openOptions.nativeBinding, keyStatements: openOptions.key ? keyStatements(openOptions.key) : [] });
    });
  } catch (error) {
    logger.warn('the integrity check worker could not start', error);
    verdict = 'failed';
  }
  if (verdict !== 'failed') return verdict === 'ok';
  try {
    return filePassesQuickCheck(file, openOptions);
  } catch (error) {
    if (isDamagedDatabaseError(error)) return false;
    throw error;
  }
}
