import * as v from 'valibot';
import {
  ROSTER_FIELDS,
  ROSTER_MAX_ROWS,
  type DateOrder,
  RosterPerson,
  type RosterField,
  type RosterPreview,
  type RosterRowIssue,
  type RosterRowPreview,
} from '../../shared/archive';
import type { Person } from '../../shared/people';
import { TendError } from '../errors';
import { parseCsv } from './csv';

/** Header words that name each roster field (compared without accents, case or punctuation). */
const HEADER_WORDS: Record<RosterField, string[]> = {
  name: ['name', 'full name', 'fullname', 'employee', 'person', 'nom', 'nombre'],
  preferredName: ['preferred name', 'preferred', 'nickname', 'goes by', 'known as'],
  role: ['role', 'title', 'job title', 'position'],
  team: ['team', 'department', 'departement', 'equipe', 'group', 'squad'],
  email: ['email', 'e mail', 'email address', 'work email', 'mail', 'courriel', 'correo'],
  startedOn: ['started on', 'start date', 'started', 'start', 'joined', 'hire date', 'hired'],
  cadenceDays: ['cadence', 'cadence days', 'check in every', 'every days', 'frequency'],
};

/** Lower case, accents and punctuation removed, words single-spaced. */
export function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key two spellings of one name share: accents, case and punctuation ignored, words in any
 * order ("Rivera, Sam" and "sam rivera" give the same key).
 */
export function nameKey(name: string): string {
  return simplify(name).split(' ').filter(Boolean).sort().join(' ');
}

/** Which column holds each field, from the header row; a header is used once, best match first. */
export function guessMapping(headers: readonly string[]): Record<RosterField, number | null> {
  const simple = headers.map(simplify);
  const mapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as Record<RosterField, number | null>;
  const used = new Set<number>();
  // Exact header matches first, so "Preferred name" is not taken by `name` through a looser rule.
  for (const exact of [true, false]) {
    for (const field of ROSTER_FIELDS) {
      if (mapping[field] !== null) continue;
      const index = simple.findIndex(
        (h, i) => !used.has(i) && HEADER_WORDS[field].some((word) => (exact ? h === word : h.split(' ').includes(word))),
      );
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/** A cadence cell as the schema expects it: digits become a number ("14", "14 days"); anything else is left for the schema to name. */
function cadenceValue(cell: string): number | string {
  const digits = /^\s*(\d{1,4})(?:\s*days?)?\s*$/i.exec(cell);
  return digits ? Number(digits[1]) : cell;
}

/** The first issue of each field: one sentence per cell is what the report shows. */
function issuesOf(issues: readonly v.BaseIssue<unknown>[]): RosterRowIssue[] {
  const byField = new Map<RosterField, string>();
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const field = (ROSTER_FIELDS as readonly unknown[]).includes(key) ? (key as RosterField) : 'name';
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** A day written with slashes, dots or dashes around a four-digit year at the end: 15/03/2024, 3.4.2024. */
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * The date order the file's own dates tell: a first part over 12 can only be a day (dmy), a second
 * part over 12 only a day too (mdy). Null when no date tells, or when they disagree.
 */
export function detectDateOrder(cells: readonly string[]): { order: DateOrder | null; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const cell of cells) {
    const parts = NUMERIC_DAY.exec(cell.trim());
    if (!parts) continue;
    numeric = true;
    if (Number(parts[1]) > 12) dayFirst = true;
    if (Number(parts[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return { order: dayFirst ? 'dmy' : 'mdy', ambiguous: false };
  return { order: null, ambiguous: numeric };
}

/** A start-date cell as the schema expects it (YYYY-MM-DD), or the problem with it; other text is left for the schema. */
function startedOnValue(cell: string, order: DateOrder | null): { value: string } | { issue: string } {
  const parts = NUMERIC_DAY.exec(cell);
  if (!parts) return { value: cell };
  if (!order) return { issue: `Is ${cell} day first or month first? Choose how the file writes dates.` };
  const [day, month] = order === 'dmy' ? [parts[1]!, parts[2]!] : [parts[2]!, parts[1]!];
  return { value: `${parts[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** "O’Brien, Kate" → "Kate O’Brien"; null for a name that is not one "Last, First" pair. */
export function firstLast(name: string): string | null {
  const parts = /^([^,]+),([^,]+)$/.exec(name);
  return parts ? `${parts[2]!.trim()} ${parts[1]!.trim()}` : null;
}

export interface RosterReading {
  mapping?: Partial<Record<RosterField, number | null>>;
  dateOrder?: DateOrder;
  lastFirst?: boolean;
}

/**
 * Parses a roster, maps its columns (guessed unless given), reads dates in the file's order (asking
 * when it cannot tell) and "Last, First" names as the leader chose (guessed: when most names are
 * written so), validates every row with the contract's person fields, and matches names to existing
 * people (and to earlier rows) ignoring accents, case and word order. A matched row is offered as an
 * update, never as a duplicate; an archived namesake is refused as `people.save` refuses it. A row
 * papaparse cannot read as written (a quote never closed) is reported, not imported. Pure: writes nothing.
 */
export function previewRoster(csv: string, people: readonly Person[], reading: RosterReading = {}): RosterPreview {
  const { delimiter, records } = parseCsv(csv);
  const [header, ...body] = records;
  if (body.length > ROSTER_MAX_ROWS) {
    const count = body.length.toLocaleString('en-US');
    throw new TendError('invalid_input', `This roster has ${count} rows; Tend imports up to ${ROSTER_MAX_ROWS.toLocaleString('en-US')} at a time. Split the file and import each part.`, 'csv');
  }
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = { ...guessMapping(headers), ...reading.mapping };
  const cellsOf = (cells: string[], field: RosterField) => {
    const index = mapping[field];
    return index === null || index === undefined ? undefined : (cells[index] ?? '').trim();
  };
  const byKey = new Map<string, Person>();
  for (const person of people) if (person.archivedAt === null) byKey.set(nameKey(person.name), person);
  const seen = new Map<string, number>();
  const detected = detectDateOrder(body.map(({ cells }) => cellsOf(cells, 'startedOn') ?? ''));
  const dateOrder = reading.dateOrder ?? detected.order;
  const names = body.map(({ cells }) => cellsOf(cells, 'name') ?? '').filter((name) => name !== '');
  const commaNames = names.filter((name) => firstLast(name) !== null).length;
  const lastFirst = reading.lastFirst ?? (commaNames > 0 && commaNames * 2 >= names.length);

  const archivedKeys = new Map(people.filter((p) => p.archivedAt !== null).map((p) => [nameKey(p.name), p]));

  const rows: RosterRowPreview[] = body.map(({ line, cells, malformed }) => {
    const cellOf = (field: RosterField) => cellsOf(cells, field);
    const shown: Partial<Record<RosterField, string>> = {};
    for (const field of ROSTER_FIELDS) {
      const cell = cellOf(field);
      if (cell !== undefined) shown[field] = cell;
    }
    const written = cellOf('name') ?? '';
    const name = (lastFirst && firstLast(written)) || written;
    const archived = archivedKeys.get(nameKey(name));
    const match = name ? (byKey.get(nameKey(name)) ?? null) : null;
    const cadence = cellOf('cadenceDays');
    const startedOn = startedOnValue(cellOf('startedOn') ?? '', dateOrder);
    const candidate = {
      ...(match ? { personId: match.id } : {}),
      name: match ? match.name : name,
      preferredName: cellOf('preferredName') ?? null,
      role: cellOf('role') ?? null,
      team: cellOf('team') ?? null,
      email: cellOf('email') ?? null,
      startedOn: 'value' in startedOn ? startedOn.value || null : null,
      ...(cadence ? { cadenceDays: cadenceValue(cadence) } : {}),
    };
    const parsed = v.safeParse(RosterPerson, candidate);
    const issues = parsed.success ? [] : issuesOf(parsed.issues);
    if (malformed) issues.unshift({ field: 'name', message: malformed });
    if ('issue' in startedOn) issues.push({ field: 'startedOn', message: startedOn.issue });
    if (archived && !match) issues.push({ field: 'name', message: `${archived.name} is archived. Restore them to make changes.` });
    const key = nameKey(name);
    if (key && seen.has(key)) issues.push({ field: 'name', message: `The same person is already on line ${seen.get(key)}.` });
    else if (key) seen.set(key, line);
    return {
      line,
      person: issues.length === 0 ? (candidate as v.InferInput<typeof RosterPerson>) : null,
      cells: shown,
      issues,
      match: match ? { id: match.id, name: match.name } : null,
      action: issues.length > 0 ? 'skip' : match ? 'update' : 'create',
    };
  });
  return { headers, delimiter, mapping, dateOrder, ambiguousDates: dateOrder === null && detected.ambiguous, lastFirst, commaNames, rows };
}
