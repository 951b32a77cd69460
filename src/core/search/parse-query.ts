import { SEARCH_KIND_LABELS as KIND_LABELS, type SearchFilterChip, type SearchKind } from '../../shared/search';

/**
 * The search box's language, as a pure rule (issue 17): what a person already knows how to type.
 * Nothing typed is ever an error here — an unbalanced quote, a lone `-`, `NEAR(`, `*` or `:` are
 * searched as plain words; only the contract's length limit refuses a query.
 *
 * - words: all must match, each as a prefix from three letters (`promo` finds "promotion")
 * - `"exact phrase"`; `-word` or `-"phrase"` leaves those out; `a or b` either one
 * - filters: `person:Sam`, `person:"Rivera, Sam"`, `kind:goal|note`, `before:2026-01-01`,
 *   `after:2025-12-31`, `this month`, `last 90 days`, `mine`, `their asks`, `open`, `done`, `archived`
 */

/** One thing to match: words in order (a phrase when several); `prefix` lets the last one be the start of a word. */
export interface MatchPart {
  words: string[];
  prefix: boolean;
}

export interface ParsedQuery {
  /** Every group must match; within a group, any alternative (`or`). */
  groups: MatchPart[][];
  /** None of these may match. */
  excluded: MatchPart[];
  filters: QueryFilters;
  chips: SearchFilterChip[];
  /** The words searched, written back tidily (filters left out), for "what was searched". */
  words: string;
}

export interface QueryFilters {
  /** Each is a name as typed; every one must match the record's person (all of a name's words, in any order). */
  people: string[];
  kinds: SearchKind[];
  /** Strictly before / after these days. */
  before: string | null;
  after: string | null;
  within: { unit: 'month' } | { unit: 'days'; days: number } | null;
  owner: 'me' | 'them' | null;
  state: 'open' | 'done' | null;
  archived: boolean;
}

const KIND_WORDS: Record<string, SearchKind[]> = {
  person: ['person'],
  people: ['person'],
  note: ['note'],
  notes: ['note'],
  journal: ['journal'],
  entry: ['journal'],
  entries: ['journal'],
  matter: ['matter'],
  matters: ['matter'],
  goal: ['goal', 'progress'],
  goals: ['goal', 'progress'],
  challenge: ['goal', 'progress'],
  challenges: ['goal', 'progress'],
  progress: ['progress'],
  detail: ['detail'],
  details: ['detail'],
  family: ['detail'],
  date: ['date'],
  dates: ['date'],
  birthday: ['date'],
  commitment: ['commitment'],
  commitments: ['commitment'],
  ask: ['commitment'],
  asks: ['commitment'],
  talking_point: ['talking_point'],
  'talking-point': ['talking_point'],
  point: ['talking_point'],
  points: ['talking_point'],
  investment: ['investment'],
  investments: ['investment'],
  time: ['investment'],
};

/** A piece of the query as typed: a bare run of characters or a quoted phrase, maybe after a `-`. */
interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** `key:` when the token was `key:value` with a known key. */
  key: string | null;
  source: string;
}

/**
 * A word is matched as the start of longer words from this many letters: `t*` or `ab*` would have
 * FTS5 gather every word beginning so, on every keystroke, for almost no one's benefit.
 */
export const PREFIX_FROM = 3;

const FILTER_KEYS = new Set(['person', 'kind', 'before', 'after']);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Splits on white space, keeping `"…"` (and `key:"…"`) together; an unbalanced quote is just a character. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    let negated = false;
    if (query[i] === '-' && i + 1 < query.length && !/\s/.test(query[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    const keyMatch = /^([a-z_]+):/i.exec(query.slice(i));
    const key = keyMatch && FILTER_KEYS.has(keyMatch[1]!.toLowerCase()) ? keyMatch[1]!.toLowerCase() : null;
    const valueStart = key ? i + keyMatch![0].length : i;
    if (query[valueStart] === '"') {
      const close = query.indexOf('"', valueStart + 1);
      if (close > valueStart) {
        tokens.push({ text: query.slice(valueStart + 1, close), quoted: true, negated, key, source: query.slice(start, close + 1) });
        i = close + 1;
        continue;
      }
    }
    let end = valueStart;
    while (end < query.length && !/\s/.test(query[end] ?? '')) end++;
    // An unbalanced quote is not a phrase: the quote mark itself is dropped with the other punctuation.
    tokens.push({ text: query.slice(valueStart, end), quoted: false, negated, key, source: query.slice(start, end) });
    i = end;
  }
  return tokens;
}

/** The words FTS5's unicode61 tokenizer would see: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

function emptyFilters(): QueryFilters {
  return { people: [], kinds: [], before: null, after: null, within: null, owner: null, state: null, archived: false };
}

const lower = (token: Token | undefined) => (token && !token.quoted && !token.negated && token.key === null ? token.text.toLowerCase() : null);

export function parseQuery(query: string): ParsedQuery {
  const tokens = tokenize(query);
  const filters = emptyFilters();
  const chips: SearchFilterChip[] = [];
  const groups: MatchPart[][] = [];
  const excluded: MatchPart[] = [];
  const shown: string[] = [];
  let pendingOr = false;

  const chip = (key: SearchFilterChip['key'], label: string, source: string) => chips.push({ key, label, source });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = lower(token);

    // Filters written as words.
    if (token.key !== null && !token.negated) {
      if (readKeyFilter(token, filters, chip)) continue;
    }
    if (word === 'this' && lower(tokens[i + 1]) === 'month') {
      filters.within = { unit: 'month' };
      chip('within', 'This month', `${token.source} ${tokens[i + 1]!.source}`);
      i++;
      continue;
    }
    const days = lower(tokens[i + 1]);
    const unit = lower(tokens[i + 2]);
    if (word === 'last' && days !== null && /^\d{1,4}$/.test(days) && Number(days) > 0 && (unit === 'days' || unit === 'day')) {
      filters.within = { unit: 'days', days: Number(days) };
      chip('within', `Last ${Number(days)} ${Number(days) === 1 ? 'day' : 'days'}`, [token, tokens[i + 1]!, tokens[i + 2]!].map((t) => t.source).join(' '));
      i += 2;
      continue;
    }
    if (word === 'their' && lower(tokens[i + 1]) === 'asks') {
      filters.owner = 'them';
      chip('owner', 'Their asks', `${token.source} ${tokens[i + 1]!.source}`);
      i++;
      continue;
    }
    if (word === 'mine') {
      filters.owner = 'me';
      chip('owner', 'Mine', token.source);
      continue;
    }
    if (word === 'open' || word === 'done') {
      filters.state = word;
      chip('state', word === 'open' ? 'Open' : 'Done', token.source);
      continue;
    }
    if (word === 'archived') {
      filters.archived = true;
      chip('archived', 'Including archived people', token.source);
      continue;
    }

    // `or` joins the group before it with the part after it; a dangling `or` is a word.
    if (word === 'or' && groups.length > 0 && !pendingOr && tokens.slice(i + 1).some((t) => !t.negated && partOf(t) !== null)) {
      pendingOr = true;
      continue;
    }

    const part = partOf(token);
    if (part === null) continue;
    if (token.negated) {
      excluded.push(part);
      shown.push(`-${showPart(part)}`);
      continue;
    }
    if (pendingOr) {
      groups[groups.length - 1]!.push(part);
      shown.push('or', showPart(part));
      pendingOr = false;
    } else {
      groups.push([part]);
      shown.push(showPart(part));
    }
  }
  return { groups, excluded, filters, chips, words: shown.join(' ') };
}

/** The words of a token to match; null when it holds none (a lone `*`, `-`, `(`). */
function partOf(token: Token): MatchPart | null {
  const text = token.key !== null ? token.source.replace(/^-/, '') : token.text;
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return { words, prefix: !token.quoted && words.at(-1)!.length >= PREFIX_FROM };
}

function showPart(part: MatchPart): string {
  return part.words.length === 1 ? part.words[0]! : `"${part.words.join(' ')}"`;
}

function readKeyFilter(token: Token, filters: QueryFilters, chip: (key: SearchFilterChip['key'], label: string, source: string) => void): boolean {
  const value = token.text.trim();
  switch (token.key) {
    case 'person': {
      if (wordsOf(value).length === 0) return false;
      filters.people.push(value);
      chip('person', `Person: ${value}`, token.source);
      return true;
    }
    case 'kind': {
      const names = value.toLowerCase().split(/[|,]/).filter((name) => name !== '');
      const kinds = names.flatMap((name) => KIND_WORDS[name] ?? []);
      if (names.length === 0 || names.some((name) => !Object.hasOwn(KIND_WORDS, name))) return false;
      for (const kind of kinds) if (!filters.kinds.includes(kind)) filters.kinds.push(kind);
      const labels = [...new Set(names.map((name) => KIND_LABELS[KIND_WORDS[name]![0]!]))];
      chip('kind', labels.join(' or '), token.source);
      return true;
    }
    case 'before':
    case 'after': {
      if (!isRealDay(value)) return false;
      if (token.key === 'before') {
        filters.before = filters.before === null || value < filters.before ? value : filters.before;
        chip('before', `Before ${value}`, token.source);
      } else {
        filters.after = filters.after === null || value > filters.after ? value : filters.after;
        chip('after', `After ${value}`, token.source);
      }
      return true;
    }
    default:
      return false;
  }
}

/** The longest prefix index the search table has (014-search-prefixes.ts): longer prefixes gather their postings. */
export const LONGEST_PREFIX_INDEX = 6;

/**
 * Where a prefix's `*` may be left out when no longer word starts so (see `ftsMatchTemplateOf`).
 * Words are runs of letters and digits, so this character never occurs in one.
 */
const OPTIONAL_STAR = '\u0000';

/**
 * A lone word longer than the longest prefix index, in plain ASCII letters and digits: the index
 * holds it exactly as lower-cased here. Accented or other letters are folded by FTS5's tokenizer,
 * which JavaScript cannot mirror byte for byte, so those keep their `*`.
 */
const PROBED_WORD = /^[A-Za-z0-9]+$/;

function isProbed(part: MatchPart): boolean {
  const word = part.words[0]!;
  return part.prefix && part.words.length === 1 && word.length > LONGEST_PREFIX_INDEX && PROBED_WORD.test(word);
}

/** FTS5 query text for one part: each word a quoted string, so no operator typed by accident can reach FTS5. */
function ftsPart(part: MatchPart): string {
  const phrase = `"${part.words.map((word) => word.replaceAll('"', '""')).join(' ')}"`;
  if (!part.prefix) return phrase;
  return isProbed(part) ? `${phrase}${OPTIONAL_STAR}` : `${phrase}*`;
}

function ftsExpressionOf(parsed: Pick<ParsedQuery, 'groups' | 'excluded'>): string | null {
  if (parsed.groups.length === 0) return null;
  const all = parsed.groups.map((group) => (group.length === 1 ? ftsPart(group[0]!) : `(${group.map(ftsPart).join(' OR ')})`)).join(' AND ');
  if (parsed.excluded.length === 0) return all;
  return `(${all}) NOT (${parsed.excluded.map(ftsPart).join(' OR ')})`;
}

/** The FTS5 MATCH expression for the query's words; null when there are none to match (filters alone). */
export function ftsMatchOf(parsed: Pick<ParsedQuery, 'groups' | 'excluded'>): string | null {
  return ftsExpressionOf(parsed)?.replaceAll(OPTIONAL_STAR, '*') ?? null;
}

/**
 * The MATCH expression in pieces around each long prefix (`conference*`): FTS5 answers a prefix
 * longer than its prefix indexes by first gathering every posting of every word so starting. When
 * the index holds no longer word starting so, the word alone matches exactly the same rows (and
 * scores, and highlights), and FTS5 pages it newest first. `ftsMatchOf` is
 * `pieces[0] + (words[0] has longer words ? '*' : '') + pieces[1] + …`, with `words` lower-cased.
 */
export function ftsMatchTemplateOf(parsed: Pick<ParsedQuery, 'groups' | 'excluded'>): { pieces: string[]; words: string[] } | null {
  const expression = ftsExpressionOf(parsed);
  if (expression === null) return null;
  const words = [...parsed.groups.flat(), ...parsed.excluded].filter(isProbed).map((part) => part.words[0]!.toLowerCase());
  return { pieces: expression.split(OPTIONAL_STAR), words };
}

/** The FTS5 expression for what is left out, on its own (a query of only `-words`). */
export function ftsExcludedOf(parsed: Pick<ParsedQuery, 'excluded'>): string | null {
  return parsed.excluded.length === 0 ? null : parsed.excluded.map(ftsPart).join(' OR ').replaceAll(OPTIONAL_STAR, '*');
}
