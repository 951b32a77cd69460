import type { Database } from './database';

/** SQLite's quick check: page and index structure, without the cost of comparing every index row. */
export function passesQuickCheck(db: Database): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
