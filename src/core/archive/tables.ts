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
  'reminders',
  'journal_entries',
  'journal_mentions',
  'prep_dismissals',
  'one_on_ones',
  // Which person each calendar event is a 1:1 with, and the after-meeting offers answered (issue 22).
  'calendar_matches',
  'calendar_offers',
] as const;
export type ArchiveTable = (typeof ARCHIVE_TABLES)[number];

/** Tables the database rebuilds from the others (kept counts, search indexes): never archived. */
export const DERIVED_TABLES: readonly string[] = [
  'note_counts',
  'last_investments',
  // Each person's investments by month, packed for Insights (migration 017): its triggers rebuild it from the rows an import writes.
  'insights_months',
  // The search index (migration 009): its triggers rebuild it from the rows an import writes.
  'search_docs',
  'search_text',
  'search_text_config',
  'search_text_content',
  'search_text_data',
  'search_text_docsize',
  'search_text_idx',
  // A read-only view of the search index's words (migration 018): it stores nothing of its own.
  'search_vocab',
];

/**
 * Tables that belong to this device and are never archived: which calendars it reads (a
 * subscription's address is a secret), the copy it last read and the occurrences taken from it,
 * rebuilt at the next read. An archive carries the decisions about them (`calendar_matches`).
 */
export const DEVICE_TABLES: readonly string[] = [
  'calendar_sources',
  'calendar_preferences',
  'calendar_events',
  // This device's windows' drafts and recent searches (migration 016): where a window left off, not a record.
  'private_state',
];

/** What identifies a record of each table: its `id`, or the columns of its primary key where it has no id. */
const KEY_COLUMNS: Partial<Record<ArchiveTable, readonly string[]>> = {
  journal_mentions: ['entry_id', 'person_id'],
  prep_dismissals: ['person_id', 'key'],
  one_on_ones: ['meeting_id'],
  calendar_matches: ['uid'],
  calendar_offers: ['uid', 'recurrence_id'],
};

export function keyColumnsOf(table: ArchiveTable): readonly string[] {
  return KEY_COLUMNS[table] ?? ['id'];
}

/** `"a" = @a AND "b" = @b` for a table's key, to find the copy of an archived record here. */
export function whereKey(table: ArchiveTable): string {
  return keyColumnsOf(table)
    .map((column) => `"${column}" = @${column}`)
    .join(' AND ');
}

/**
 * The column a merge compares to decide whose copy is newer: `updated_at`, else `created_at`; a
 * table with neither (journal mentions, rebuilt with their entry) is never edited in place.
 */
export function versionColumnOf(columns: readonly string[]): 'updated_at' | 'created_at' | null {
  if (columns.includes('updated_at')) return 'updated_at';
  return columns.includes('created_at') ? 'created_at' : null;
}

export function isArchiveTable(name: string): name is ArchiveTable {
  return (ARCHIVE_TABLES as readonly string[]).includes(name);
}
