import { formatDistance, type Locale } from 'date-fns';
import type { BackupReason } from '../../../../shared/backup';
import type { ExportFormat, TableCounts } from '../../../../shared/archive';

/** Words for Settings → Data: why a backup was taken, sizes, and when. Pure, so they are table-tested. */

const REASONS: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'You made this',
  'pre-migration': 'Before an update',
  'pre-import': 'Before an import',
  'pre-restore': 'Before a restore',
  'pre-encryption': 'Before encrypting',
};

export function reasonLabel(reason: BackupReason): string {
  return REASONS[reason];
}

/** "12 KB", "3.4 MB": decimal units as file managers show them, grouped by the locale. */
export function formatSize(bytes: number, localeTag = 'en-US'): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(localeTag, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** "3 hours ago" for an instant; "just now" under a minute. */
export function relativeInstant(iso: string, now: Date, locale: Locale): string {
  const at = new Date(iso);
  if (Math.abs(now.getTime() - at.getTime()) < 60_000) return 'just now';
  return formatDistance(at, now, { addSuffix: true, locale });
}


/** "12 people · 340 notes", or what is unknown. */
export function countsLabel(people: number | null, notes: number | null, localeTag = 'en-US'): string {
  if (people === null || notes === null) return 'Contents unknown';
  const n = (value: number) => value.toLocaleString(localeTag);
  return `${n(people)} ${people === 1 ? 'person' : 'people'} · ${n(notes)} ${notes === 1 ? 'note' : 'notes'}`;
}

export const EXPORT_CHOICES: readonly { format: ExportFormat; title: string; detail: string }[] = [
  {
    format: 'json',
    title: 'Everything, as a Tend archive',
    detail: 'A JSON file Tend can import again, exactly as it is now. Give a passphrase to encrypt it; without one it is not encrypted.',
  },
  {
    format: 'markdown',
    title: 'A page per person, in Markdown',
    detail: 'Readable in any editor: profile, goals, notes and timeline. Not encrypted: anyone who can open the files can read them.',
  },
  {
    format: 'ics',
    title: 'Birthdays and anniversaries',
    detail: 'An ICS calendar with each important date as a yearly event. Not encrypted: anyone who can open the file can read it.',
  },
];

export type ImportKind = 'archive' | 'roster';

/** What can be imported, and the file picker each opens (`fileLabel` names the hidden input). */
export const IMPORT_CHOICES: readonly { kind: ImportKind; title: string; detail: string; accept: string; fileLabel: string }[] = [
  {
    kind: 'archive',
    title: 'A Tend archive',
    detail: 'A JSON archive exported from Tend. You see what it holds before anything changes.',
    accept: '.json,application/json',
    fileLabel: 'Tend archive file',
  },
  {
    kind: 'roster',
    title: 'A team roster',
    detail: 'A CSV file with names, and optionally roles, teams and start dates.',
    accept: '.csv,text/csv,text/plain',
    fileLabel: 'Team roster file',
  },
];

/** Table names in an archive, as a leader would call them. */
const TABLE_WORDS: Record<string, string> = {
  people: 'People',
  matters: 'What matters',
  goals: 'Goals and challenges',
  progress_notes: 'Progress updates',
  personal_details: 'Personal details',
  important_dates: 'Important dates',
  notes: 'Notes',
  investments: 'Time invested',
  commitments: 'Commitments',
  talking_points: 'Talking points',
};

export function tableLabel(table: string): string {
  return TABLE_WORDS[table] ?? table.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}

/** What a merge or a replace would do to one table, in words: added, changed, removed. */
export function tableEffect(counts: TableCounts, mode: 'merge' | 'replace'): string {
  const parts =
    mode === 'replace'
      ? [`${counts.added} to add`, counts.existing > 0 ? `${counts.existing} replaced` : '', counts.removedByReplace > 0 ? `${counts.removedByReplace} removed` : '']
      : [
          `${counts.added} to add`,
          counts.changed > 0 ? `${counts.changed} to change` : '',
          // A record already here is rewritten only when the archive's copy is as new or newer.
          counts.existing - counts.newerInArchive > 0 ? `${counts.existing - counts.newerInArchive} newer here, kept` : '',
        ];
  return parts.filter(Boolean).join(' · ');
}
