/**
 * Every table the archive carries, parents before children (the order an import inserts in and
 * the reverse of the order a replace deletes in). A migration that adds a table adds it here; a
 * test fails while a table of the schema is in neither list.
 */
export const ARCHIVE_TABLES = [
  'people',
  'matters',
  'goals',
  'progress_notes',
  'personal_details',
  'important_dates',
  'notes',
  'investments',
  'commitments',
  'talking_points',
] as const;
export type ArchiveTable = (typeof ARCHIVE_TABLES)[number];

/** Tables the database rebuilds from the others (kept counts, search indexes): never archived. */
export const DERIVED_TABLES: readonly string[] = ['note_counts'];

/** The column a merge compares to decide whose copy is newer; tables without `updated_at` are never edited in place. */
export function versionColumnOf(columns: readonly string[]): 'updated_at' | 'created_at' {
  return columns.includes('updated_at') ? 'updated_at' : 'created_at';
}

export function isArchiveTable(name: string): name is ArchiveTable {
  return (ARCHIVE_TABLES as readonly string[]).includes(name);
}
