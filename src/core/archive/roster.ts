import * as v from 'valibot';
import {
  ROSTER_FIELDS,
  RosterPerson,
  type RosterField,
  type RosterPreview,
  type RosterRowIssue,
  type RosterRowPreview,
} from '../../shared/archive';
import type { Person } from '../../shared/people';
import { parseCsv } from './csv';

/** Header words that name each roster field (compared without accents, case or punctuation). */
const HEADER_WORDS: Record<RosterField, string[]> = {
  name: ['name', 'full name', 'fullname', 'employee', 'person', 'nom', 'nombre'],
  preferredName: ['preferred name', 'preferred', 'nickname', 'goes by', 'known as'],
  role: ['role', 'title', 'job title', 'position'],
  team: ['team', 'department', 'departement', 'equipe', 'group', 'squad'],
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

/**
 * Parses a roster, maps its columns (guessed unless given), validates every row with the contract's
 * person fields, and matches names to existing people (and to earlier rows) ignoring accents, case
 * and word order. A matched row is offered as an update, never as a duplicate. Pure: writes nothing.
 */
export function previewRoster(csv: string, people: readonly Person[], override: Partial<Record<RosterField, number | null>> = {}): RosterPreview {
  const { delimiter, records } = parseCsv(csv);
  const [header, ...body] = records;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = { ...guessMapping(headers), ...override };
  const byKey = new Map<string, Person>();
  for (const person of people) byKey.set(nameKey(person.name), person);
  const seen = new Map<string, number>();

  const rows: RosterRowPreview[] = body.map(({ line, cells }) => {
    const cellOf = (field: RosterField) => {
      const index = mapping[field];
      return index === null || index === undefined ? undefined : (cells[index] ?? '').trim();
    };
    const shown: Partial<Record<RosterField, string>> = {};
    for (const field of ROSTER_FIELDS) {
      const cell = cellOf(field);
      if (cell !== undefined) shown[field] = cell;
    }
    const name = cellOf('name') ?? '';
    const match = name ? (byKey.get(nameKey(name)) ?? null) : null;
    const cadence = cellOf('cadenceDays');
    const candidate = {
      ...(match ? { personId: match.id } : {}),
      name: match ? match.name : name,
      preferredName: cellOf('preferredName') ?? null,
      role: cellOf('role') ?? null,
      team: cellOf('team') ?? null,
      startedOn: cellOf('startedOn') ?? null,
      ...(cadence ? { cadenceDays: cadenceValue(cadence) } : {}),
    };
    const parsed = v.safeParse(RosterPerson, candidate);
    const issues = parsed.success ? [] : issuesOf(parsed.issues);
    const key = nameKey(name);
    if (key && seen.has(key)) issues.push({ field: 'name', message: `The same person is already on line ${seen.get(key)}.` });
    else if (key) seen.set(key, line);
    return {
      line,
      person: issues.length === 0 ? candidate as v.InferInput<typeof RosterPerson> : null,
      cells: shown,
      issues,
      match: match ? { id: match.id, name: match.name } : null,
      action: issues.length > 0 ? 'skip' : match ? 'update' : 'create',
    };
  });
  return { headers, delimiter, mapping, rows };
}
