import * as v from 'valibot';
import { Id, unstorableText, wholeNumber } from './fields';
import { DATA_AREAS, type MethodTable } from './method-table';
import { CadenceDays, PersonSaveInput, type Person } from './people';
import { TASK_ENTRIES } from './tasks';
import { Passphrase, passphraseText } from './encryption';

/** Export (JSON archive, Markdown folder, ICS calendar) and import (JSON archive, CSV team roster). */

export const EXPORT_FORMATS = ['json', 'markdown', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An absolute path chosen by the host (Electron's save or open dialog). */
export const AbsolutePath = v.pipe(
  v.string('Choose a file.'),
  v.nonEmpty('Choose a file.'),
  v.check((s) => s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s), 'Choose a file by its full path.'),
  // A file system cannot name a file with these (Node refuses a NUL; a lone surrogate would be renamed).
  v.check((s) => unstorableText('The path', s) === null, 'That path has a character no file name can hold; choose the file again.'),
);

export const ArchiveExportInput = v.strictObject({
  format: v.picklist(EXPORT_FORMATS, 'Choose JSON, Markdown or ICS.'),
  /**
   * Where to write it (a file, or for Markdown a folder to create). Omitted: the data folder's
   * `exports/`, where the web host offers it as a download.
   */
  destination: v.optional(AbsolutePath),
  /** Watch it and allow a cancel (src/shared/tasks.ts). */
  ...TASK_ENTRIES,
  /**
   * JSON only: encrypt the archive with this passphrase (scrypt + AES-256-GCM; docs/archive-format.md,
   * "Encrypted archives"). Markdown and ICS are always plaintext.
   */
  passphrase: v.optional(Passphrase),
});

export interface ExportOutcome {
  format: ExportFormat;
  /** Full path of the file (JSON, ICS) or folder (Markdown) written. */
  path: string;
  /** Its name; inside `exports/` when no destination was given (for a later `GET /export/<name>`). */
  name: string;
  /** Bytes written (all files, for Markdown). */
  bytes: number;
  /** Rows (JSON), people (Markdown) or events (ICS) written. */
  items: number;
}

/** An archive to import: a path from the host's open dialog, or the file's text (a browser upload). */
export const ArchiveSource = v.union(
  [v.strictObject({ path: AbsolutePath }), v.strictObject({ text: v.pipe(v.string(), v.nonEmpty('The archive is empty.')) })],
  'Choose an archive file.',
);

export type ArchiveSource = v.InferOutput<typeof ArchiveSource>;

export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The passphrase of an encrypted archive (asked when the preview says the archive is encrypted). */
const ArchivePassphrase = v.optional(passphraseText('The passphrase'));

export const ArchivePreviewInput = v.strictObject({ source: ArchiveSource, passphrase: ArchivePassphrase });
export const ArchiveImportInput = v.strictObject({
  source: ArchiveSource,
  passphrase: ArchivePassphrase,
  /** merge: add new records and update those the archive has as new or newer; replace: the archive becomes everything. */
  mode: v.picklist(IMPORT_MODES, 'Choose merge or replace.'),
  /**
   * A replace that removes records here the archive does not have needs their number (the preview's
   * `removedByReplace`), so nothing is emptied without the user seeing how much goes.
   */
  confirmRemoved: v.optional(wholeNumber('Records to remove', 0, Number.MAX_SAFE_INTEGER)),
  /** Watch it and allow a cancel (src/shared/tasks.ts); a cancelled import changes nothing. */
  ...TASK_ENTRIES,
});

export interface TableCounts {
  /** Records in the archive. */
  inArchive: number;
  /** Of those, how many already exist here by id. */
  existing: number;
  /** Of the existing ones, how many a merge would update (the archive's copy is as new or newer). */
  newerInArchive: number;
  /** Records here now (all replaced by a replace). */
  here: number;
  /** Records a merge would add (not here yet). */
  added: number;
  /** Records a merge would change (here, different, and as new or newer in the archive). */
  changed: number;
  /** Records here the archive does not have: a replace removes them. */
  removedByReplace: number;
}

export interface ImportPreview {
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<string, TableCounts>;
  /** All tables' `removedByReplace`: what `archive.import` in replace mode needs as `confirmRemoved`. */
  removedByReplace: number;
}

export interface ImportOutcome {
  mode: ImportMode;
  inserted: number;
  updated: number;
  /** Existing records identical to the archive's copy (re-importing an archive changes nothing). */
  unchanged: number;
  /** Existing records kept because they were newer here (merge only). */
  kept: number;
  /** Records removed first (replace only). */
  removed: number;
  /** The backup taken just before the import, by file name. */
  backupFile: string;
}

/** The columns of a team roster, in the order the mapping step shows them. */
export const ROSTER_FIELDS = ['name', 'preferredName', 'role', 'team', 'email', 'startedOn', 'cadenceDays'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

const ColumnIndex = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)));

export const RosterMapping = v.strictObject({
  name: v.optional(ColumnIndex),
  preferredName: v.optional(ColumnIndex),
  role: v.optional(ColumnIndex),
  team: v.optional(ColumnIndex),
  email: v.optional(ColumnIndex),
  startedOn: v.optional(ColumnIndex),
  cadenceDays: v.optional(ColumnIndex),
});

/**
 * The one limit on a roster's size: its rows (after the header) and the file's length. Within it, an
 * import is one call and one transaction, written in chunks of ROSTER_CHUNK_ROWS with progress between.
 */
export const ROSTER_MAX_ROWS = 20_000;
export const ROSTER_MAX_BYTES = 5_000_000;
export const ROSTER_CHUNK_ROWS = 500;

/** How to read a date like 03/04/2024: day first (3 April) or month first (March 4). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * A roster as the file holds it and how to read it: the preview and the import take the same input,
 * so the import writes exactly what the preview showed (re-checked against the people there are then).
 */
export const RosterInput = v.strictObject({
  csv: v.pipe(v.string('Paste or choose a CSV file.'), v.maxLength(ROSTER_MAX_BYTES, 'The roster is too large (5 MB at most).')),
  /** Column index per field; a field left out is guessed from the headers, `null` means not imported. */
  mapping: v.optional(RosterMapping),
  /** For dates like 03/04/2024; left out, it is read from the file (dates with a part over 12 tell). */
  dateOrder: v.optional(v.picklist(DATE_ORDERS, 'Choose day first or month first.')),
  /** Names written "Last, First" ("O’Brien, Kate") are imported as "Kate O’Brien"; left out, guessed from the file. */
  lastFirst: v.optional(v.boolean('Choose whether names are written last name first.')),
});
export const RosterPreviewInput = RosterInput;

/** One person from a roster, validated with the same field schemas as `people.save`. */
export const RosterPerson = v.strictObject({
  /** Update this existing person instead of creating one (offered when the name matches). */
  personId: v.optional(Id),
  name: PersonSaveInput.entries.name,
  preferredName: PersonSaveInput.entries.preferredName,
  role: PersonSaveInput.entries.role,
  team: PersonSaveInput.entries.team,
  email: PersonSaveInput.entries.email,
  startedOn: PersonSaveInput.entries.startedOn,
  /** Left out: a new person gets the default, an existing one keeps theirs. */
  cadenceDays: v.optional(CadenceDays),
});
export type RosterPerson = v.InferOutput<typeof RosterPerson>;

/** The roster as previewed, and a taskId to watch the import and allow a cancel (src/shared/tasks.ts). */
export const RosterImportInput = v.strictObject({ ...RosterInput.entries, ...TASK_ENTRIES });

export interface RosterRowIssue {
  field: RosterField;
  message: string;
}

export interface RosterRowPreview {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  /** The row as it would be imported (valid rows only), ready to send back to `roster.import`. */
  person: v.InferInput<typeof RosterPerson> | null;
  /** Cell text per mapped field, for showing the row as it is. */
  cells: Partial<Record<RosterField, string>>;
  issues: RosterRowIssue[];
  /** An existing person with the same name (accents, case and word order ignored). */
  match: { id: string; name: string } | null;
  action: 'create' | 'update' | 'skip';
}

export interface RosterPreview {
  headers: string[];
  delimiter: ',' | ';' | '\t';
  /**
   * How dates like 03/04/2024 were read: from the input, else from the file (`null` when it has none
   * or cannot tell: `ambiguous` then says the leader must choose, and such rows wait for it).
   */
  dateOrder: DateOrder | null;
  ambiguousDates: boolean;
  /** Whether names with one comma are read "Last, First", and how many rows have such a name. */
  lastFirst: boolean;
  commaNames: number;
  /** The mapping used: guessed from the headers unless given. */
  mapping: Record<RosterField, number | null>;
  rows: RosterRowPreview[];
}

export interface RosterOutcome {
  created: Person[];
  updated: Person[];
  backupFile: string;
}

export const archiveMethods = {
  /** Write everything as a JSON archive, a Markdown folder (one file per person) or an ICS calendar of dates. */
  'archive.export': { input: ArchiveExportInput, touches: [] },
  /** Read an archive and say what importing it would do; writes nothing. */
  'archive.previewImport': { input: ArchivePreviewInput, touches: [] },
  /** Import an archive in one transaction, after a backup: merge by id, or replace everything. */
  'archive.import': { input: ArchiveImportInput, touches: DATA_AREAS },
  /** Parse a CSV roster, map its columns, validate each row and match names; writes nothing. */
  'roster.preview': { input: RosterPreviewInput, touches: [] },
  /** Create or update the confirmed roster rows in one transaction, after a backup. */
  'roster.import': { input: RosterImportInput, touches: ['people', 'profile', 'backups'] },
} as const satisfies MethodTable;

export interface ArchiveResults {
  'archive.export': ExportOutcome;
  'archive.previewImport': ImportPreview;
  'archive.import': ImportOutcome;
  'roster.preview': RosterPreview;
  'roster.import': RosterOutcome;
}

/**
 * Whether a call from a renderer names a file on this computer. Only the host may (Electron's own save
 * and open dialogs): a page must never steer writes or reads to arbitrary paths, so both transports
 * refuse such a call before it reaches the dispatcher.
 */
export function namesHostPath(method: string, input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  if (method === 'archive.export') return Object.hasOwn(input, 'destination');
  if (method === 'backup.restoreFile') return true;
  if (method === 'archive.previewImport' || method === 'archive.import') {
    const source = (input as { source?: unknown }).source;
    return typeof source === 'object' && source !== null && Object.hasOwn(source, 'path');
  }
  return false;
}

export const HOST_PATH_REFUSAL = 'Files on this computer can only be chosen in Tend’s own save and open dialogs.';
