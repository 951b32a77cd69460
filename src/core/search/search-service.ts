import type { SearchHit, SearchKind, SearchQueryInput, SearchResult } from '../../shared/search';
import { firstOfMonth, shiftDay } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { Database, SqlParams } from '../db/database';
import { TendError } from '../errors';
import { peopleNamed, type NamedPerson } from './match-people';
import { ftsExcludedOf, ftsMatchTemplateOf, parseQuery, type ParsedQuery } from './parse-query';
import { ROWS_PER_DAY, firstRowidOf } from './search-rowid';
import { HIT_END, HIT_START, openingOf, snippetSegments } from './snippet-segments';

/**
 * "Best match" ranks only the newest RANK_WINDOW matches, and counts per kind stop at COUNT_LIMIT:
 * a word in every other note must not make each keystroke score or count the whole journal (issue 17).
 */
export const RANK_WINDOW = 500;
export const COUNT_LIMIT = 500;

/** Words of context around the matched words in a snippet. */
const SNIPPET_TOKENS = 14;
const SNIPPET = `snippet(search_text, 0, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS})`;

interface HitRow {
  id: number;
  kind: SearchKind;
  recordId: string;
  goalId: string | null;
  day: string;
  personId: string | null;
  personName: string | null;
  archived: number | null;
  snippet: string;
}

/** What a query looks for once names and relative dates are settled. */
interface Plan {
  /** The MATCH's right-hand side as SQL and its parameters; null when there are no words (filters alone). */
  match: { sql: string; params: Record<string, string>; probes: number } | null;
  excluded: string | null;
  where: string[];
  params: Record<string, unknown>;
  /** Rowid bounds: dates (and for newest-first paging, the cursor) as a range of the index. */
  low: number;
  high: number;
  /** A filter that can match nothing (a name that is no one's): answer empty without asking SQLite. */
  impossible: boolean;
}

/**
 * The MATCH expression as SQL: each long prefix keeps its `*` only when the index holds a longer
 * word starting so (see `ftsMatchTemplateOf`), asked in the same statement, so no answer is kept
 * between calls and the words are read in the same snapshot as the hits.
 */
function matchOf(template: { pieces: string[]; words: string[] }): NonNullable<Plan['match']> {
  const params: Record<string, string> = { match0: template.pieces[0]! };
  template.words.forEach((word, i) => {
    // Every word longer than `word` that starts with it: no token holds a character below U+0001.
    params[`longer${i}`] = `${word}\u0001`;
    params[`past${i}`] = `${word.slice(0, -1)}${String.fromCharCode(word.charCodeAt(word.length - 1) + 1)}`;
    params[`match${i + 1}`] = template.pieces[i + 1]!;
  });
  return { sql: matchSqlFor(template.words.length), params, probes: template.words.length };
}

/** The MATCH expression's SQL for `probes` long prefixes: the same text for the same count, built once. */
const matchSqls = new Map<string, string>();
function matchSqlFor(probes: number): string {
  return keptSql(matchSqls, String(probes), () => {
    let sql = '@match0';
    for (let i = 0; i < probes; i++) {
      sql += ` || (CASE WHEN EXISTS (SELECT 1 FROM search_vocab WHERE term >= @longer${i} AND term < @past${i}) THEN '*' ELSE '' END) || @match${i + 1}`;
    }
    return probes === 0 ? sql : `(${sql})`;
  });
}

/**
 * How many statement texts a service keeps built: a search's SQL depends only on its shape (which
 * filters, how many long prefixes, which bounds), so each keystroke reuses a text built before and
 * the connection's statement cache finds it without hashing a new copy of it.
 */
const MAX_KEPT_SQL = 64;

/** `build()`'s text, kept under `key` (a shape) while there is room. */
function keptSql(kept: Map<string, string>, key: string, build: () => string): string {
  let sql = kept.get(key);
  if (sql === undefined) {
    sql = build();
    if (kept.size < MAX_KEPT_SQL) kept.set(key, sql);
  }
  return sql;
}

const EMPTY_BOUNDS = { low: Number.MIN_SAFE_INTEGER, high: Number.MAX_SAFE_INTEGER };

export interface SearchService {
  query(input: SearchQueryInput): SearchResult;
}

function readCursor(cursor: string | null, sort: SearchQueryInput['sort']): { id: number; score: number } | null {
  if (cursor === null) return null;
  const refuse = () => new TendError('invalid_input', 'This page marker is not one Tend gave; search again.', 'cursor');
  const parts = cursor.split(':');
  const id = Number(parts[1]);
  const score = Number(parts[2] ?? 0);
  if (parts[0] !== sort || !Number.isSafeInteger(id) || !Number.isFinite(score)) throw refuse();
  return { id, score };
}

export function createSearchService(db: Database, clock: Clock): SearchService {
  function namedPeople(): NamedPerson[] {
    return db.all<NamedPerson>(`SELECT id, name, preferred_name AS preferredName FROM people`);
  }

  function planOf(parsed: ParsedQuery, input: SearchQueryInput): Plan {
    const { filters } = parsed;
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    let impossible = false;

    // People: every `person:` name must fit; chip ids add to that.
    let personIds: string[] | null = input.filters.personIds ?? null;
    if (filters.people.length > 0) {
      const everyone = namedPeople();
      for (const typed of filters.people) {
        const named = peopleNamed(typed, everyone);
        personIds = personIds === null ? named : personIds.filter((id) => named.includes(id));
      }
    }
    if (personIds !== null) {
      if (personIds.length === 0) impossible = true;
      where.push(`d.person_id IN (SELECT value FROM json_each(@people))`);
      params.people = JSON.stringify(personIds);
    }

    const kinds = [...filters.kinds, ...(input.filters.kinds ?? [])];
    if (kinds.length > 0) {
      where.push(`d.kind IN (SELECT value FROM json_each(@kinds))`);
      params.kinds = JSON.stringify([...new Set(kinds)]);
    }
    if (filters.owner !== null) {
      where.push(`d.owner = @owner`);
      params.owner = filters.owner;
    }
    if (filters.state !== null) {
      where.push(`d.state = @state`);
      params.state = filters.state;
    }
    // An archived person's records wait behind the filter, unless the search names them.
    if (!filters.archived && !input.filters.includeArchived && personIds === null) where.push(`p.archived_at IS NULL`);

    let { low, high } = EMPTY_BOUNDS;
    if (filters.after !== null) low = Math.max(low, firstRowidOf(filters.after) + ROWS_PER_DAY);
    if (filters.before !== null) high = Math.min(high, firstRowidOf(filters.before));
    if (filters.within !== null) {
      const today = localDay(clock);
      const from = filters.within.unit === 'month' ? firstOfMonth(today) : shiftDay(today, 1 - filters.within.days);
      low = Math.max(low, firstRowidOf(from));
    }
    if (low >= high) impossible = true;
    const template = ftsMatchTemplateOf(parsed);
    return { match: template === null ? null : matchOf(template), excluded: ftsExcludedOf(parsed), where, params, low, high, impossible };
  }

  const kept = new Map<string, string>();

  /**
   * The FROM and WHERE of a query: driven by FTS5 when there are words, by the documents otherwise.
   * `key` names its shape, for statements built from it to be kept (see `keptSql`).
   */
  function sourceOf(plan: Plan): { sql: string; key: string; params: SqlParams; order: string } {
    const where = plan.where;
    if (plan.match !== null) {
      // Bounds only when there are some: FTS5 then walks its doclists without a range to check.
      const params: Record<string, unknown> = Object.assign({}, plan.params, plan.match.params);
      const hasLow = plan.low !== EMPTY_BOUNDS.low;
      const hasHigh = plan.high !== EMPTY_BOUNDS.high;
      if (hasLow) params.low = plan.low;
      if (hasHigh) params.high = plan.high;
      const key = `m${plan.match.probes}${hasLow ? 'l' : ''}${hasHigh ? 'h' : ''}|${where.join('|')}`;
      return {
        sql: keptSql(kept, `source ${key}`, () => {
          const range = `${hasLow ? 'AND search_text.rowid >= @low' : ''} ${hasHigh ? 'AND search_text.rowid < @high' : ''}`;
          return `FROM search_text JOIN search_docs d ON d.id = search_text.rowid LEFT JOIN people p ON p.id = d.person_id
              WHERE search_text MATCH ${plan.match!.sql} ${range}
              ${where.map((w) => `AND ${w}`).join(' ')}`;
        }),
        key,
        params,
        order: 'search_text.rowid DESC',
      };
    }
    const all = plan.excluded === null ? where : [...where, `d.id NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH @excluded)`];
    const key = `d|${all.join('|')}`;
    return {
      sql: keptSql(kept, `source ${key}`, () => `FROM search_docs d LEFT JOIN people p ON p.id = d.person_id
            WHERE d.id >= @low AND d.id < @high ${all.map((w) => `AND ${w}`).join(' ')}`),
      key,
      params: { ...plan.params, ...(plan.excluded === null ? {} : { excluded: plan.excluded }), low: plan.low, high: plan.high },
      order: 'd.id DESC',
    };
  }

  const HIT_COLUMNS = `d.id AS id, d.kind AS kind, d.record_id AS recordId, d.goal_id AS goalId, d.day AS day,
    d.person_id AS personId, p.name AS personName, p.archived_at IS NOT NULL AS archived`;

  function newest(plan: Plan, cursor: { id: number } | null, limit: number): HitRow[] {
    const bounded = cursor === null ? plan : { ...plan, high: Math.min(plan.high, cursor.id) };
    const source = sourceOf(bounded);
    const sql = keptSql(kept, `newest ${limit} ${source.key}`, () => {
      const snippet = plan.match !== null ? SNIPPET : `(SELECT text FROM search_text WHERE rowid = d.id)`;
      return `SELECT ${HIT_COLUMNS}, ${snippet} AS snippet ${source.sql} ORDER BY ${source.order} LIMIT ${limit + 1}`;
    });
    return db.all<HitRow>(sql, source.params);
  }

  function best(plan: Plan, match: NonNullable<Plan['match']>, cursor: { id: number; score: number } | null, limit: number): HitRow[] {
    const source = sourceOf(plan);
    const after = cursor === null ? '' : `WHERE score > @score OR (score = @score AND id < @after)`;
    const ranked = db.all<{ id: number; score: number }>(
      `SELECT id, score FROM (SELECT search_text.rowid AS id, bm25(search_text) AS score ${source.sql} ORDER BY ${source.order} LIMIT ${RANK_WINDOW})
       ${after} ORDER BY score, id DESC LIMIT ${limit + 1}`,
      cursor === null ? source.params : { ...(source.params as Record<string, unknown>), score: cursor.score, after: cursor.id },
    );
    if (ranked.length === 0) return [];
    // The page's snippets in one pass over the window's span: asking FTS5 for one rowid at a time
    // re-reads a prefix's whole doclist per hit.
    const ids = ranked.map((r) => r.id);
    const rows = db.all<HitRow>(
      `SELECT ${HIT_COLUMNS}, ${SNIPPET} AS snippet FROM search_text JOIN search_docs d ON d.id = search_text.rowid
       LEFT JOIN people p ON p.id = d.person_id
       WHERE search_text MATCH ${match.sql} AND search_text.rowid >= @low AND search_text.rowid <= @high
         AND +search_text.rowid IN (SELECT value FROM json_each(@ids))`,
      { ...match.params, low: Math.min(...ids), high: Math.max(...ids), ids: JSON.stringify(ids) },
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ranked.flatMap(({ id, score }) => {
      const row = byId.get(id);
      return row ? [Object.assign(row, { score })] : [];
    });
  }

  function countsOf(plan: Plan): { counts: Partial<Record<SearchKind, number>>; capped: boolean } {
    // With words, each kind they are found in is counted, whatever the kind filter (where else they
    // are). A kind filter without words browses that kind: counting every other kind then counted
    // the whole journal, which says nothing about what is listed.
    const counted = plan.match === null ? plan : { ...plan, where: plan.where.filter((w) => !w.startsWith('d.kind')) };
    const source = sourceOf(counted);
    const sql = keptSql(kept, `counts ${source.key}`, () => `SELECT d.kind AS kind ${source.sql} ORDER BY ${source.order} LIMIT ${COUNT_LIMIT + 1}`);
    const rows = db.all<{ kind: SearchKind }>(sql, source.params);
    const counts: Partial<Record<SearchKind, number>> = {};
    for (const { kind } of rows.slice(0, COUNT_LIMIT)) counts[kind] = (counts[kind] ?? 0) + 1;
    return { counts, capped: rows.length > COUNT_LIMIT };
  }

  function hitOf(row: HitRow, matched: boolean): SearchHit {
    return {
      kind: row.kind,
      id: row.recordId,
      goalId: row.goalId,
      person: row.personId === null || row.personName === null ? null : { id: row.personId, name: row.personName, archived: row.archived === 1 },
      day: row.day,
      snippet: matched ? snippetSegments(row.snippet) : openingOf(row.snippet),
    };
  }

  return {
    query(input) {
      const parsed = parseQuery(input.query);
      const understood = { words: parsed.words, filters: parsed.chips };
      const plan = planOf(parsed, input);
      const hasFilters = parsed.chips.length > 0 || (input.filters.personIds?.length ?? 0) > 0 || (input.filters.kinds?.length ?? 0) > 0;
      const nothingAsked = plan.match === null && plan.excluded === null && !hasFilters;
      if (plan.impossible || nothingAsked) return { hits: [], counts: {}, countsCapped: false, nextCursor: null, understood };

      const cursor = readCursor(input.cursor, input.sort);
      const withCounts = input.counts && cursor === null;
      const ranked = input.sort === 'best' && plan.match !== null;
      const answer = (): SearchResult => {
        const rows =
          ranked ? best(plan, plan.match!, cursor, input.limit) : newest(plan, cursor, input.limit);
        const page = rows.slice(0, input.limit);
        const last = page.at(-1);
        const more = rows.length > input.limit && last !== undefined;
        const nextCursor = !more
          ? null
          : ranked
            ? `best:${last.id}:${(last as HitRow & { score: number }).score}`
            : `${input.sort}:${last.id}`;
        const { counts, capped } = withCounts ? countsOf(plan) : { counts: {}, capped: false };
        return { hits: page.map((row) => hitOf(row, plan.match !== null)), counts, countsCapped: capped, nextCursor, understood };
      };
      // Several statements read one snapshot; a page alone is one statement, consistent by itself,
      // and BEGIN and COMMIT around it cost as much as the rest of a rare word's search (issue 17).
      return withCounts || ranked ? db.readConsistently(answer) : answer();
    },
  };
}
