import type { QuickLogProblem } from '../../shared/quick-log';
import { fold, type Token } from './tokens';

export interface PersonName {
  id: string;
  name: string;
  preferredName: string | null;
}

export type PersonMatch = { person: PersonName; used: number } | QuickLogProblem;

/** Long enough for "Ana María de la Cruz"; longer runs of words are the note. */
const MAX_NAME_WORDS = 4;

const WHOLE_WORDS = 1;
const PREFIX = 2;

function wordsOf(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/**
 * How well `query` (folded words) fits a person's name or preferred name: whole words anywhere in
 * it ("sam", "rivera", "sam rivera") fit best; a single word may also be the start of a word
 * ("riv"). Several words must all be whole, so "@Li todo: …" never reads as "Li Todorov".
 */
function fitOf(query: readonly string[], person: PersonName): number | null {
  let best: number | null = null;
  for (const form of [person.name, person.preferredName]) {
    if (!form) continue;
    const words = wordsOf(form);
    for (let i = 0; i + query.length <= words.length; i++) {
      if (query.every((q, j) => words[i + j] === q)) return WHOLE_WORDS;
      if (query.length === 1 && words[i]?.startsWith(query[0] ?? '')) best = PREFIX;
    }
  }
  return best;
}

function listOf(names: string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function resolve(query: string[], shown: string, used: number, people: readonly PersonName[], chosenId?: string): PersonMatch | null {
  let best = Infinity;
  let fits: PersonName[] = [];
  for (const person of people) {
    const fit = fitOf(query, person);
    if (fit === null || fit > best) continue;
    if (fit < best) fits = [];
    best = fit;
    fits.push(person);
  }
  if (fits.length === 0) return null;
  if (fits.length === 1 && fits[0]) return { person: fits[0], used };
  const chosen = fits.find((p) => p.id === chosenId);
  if (chosen) return { person: chosen, used };
  const candidates = fits
    .map((p) => ({ id: p.id, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
  return {
    type: 'error',
    field: 'person',
    message: `“${shown}” could be ${listOf(candidates.map((c) => c.name))}; choose one.`,
    candidates,
  };
}

function notFound(shown: string): QuickLogProblem {
  return { type: 'error', field: 'person', message: `No one on your team is called “${shown}”; check the name after @.` };
}

/**
 * Finds the person named at the start of `tokens` (the words after `@`), trying the longest run of
 * words first so "@Sam Rivera" beats "@Sam". `chosenId` settles a name that fits several people.
 */
export function matchPersonWords(tokens: readonly Token[], people: readonly PersonName[], chosenId?: string): PersonMatch {
  const first = tokens[0];
  if (!first || first.word === '') return { type: 'error', field: 'person', message: 'Add a name after @, like @Sam.' };
  for (let used = Math.min(MAX_NAME_WORDS, tokens.length); used >= 1; used--) {
    const run = tokens.slice(0, used);
    // A colon ends the name ("@Sam: …"), so no run may continue past one.
    if (run.slice(0, -1).some((t) => t.colon) || run.some((t) => t.word === '')) continue;
    const shown = run.map((t) => t.raw).join(' ').replace(/[,:]+$/, '');
    const match = resolve(run.map((t) => t.word), shown, used, people, chosenId);
    if (match) return match;
  }
  return notFound(first.raw.replace(/[,:]+$/, ''));
}

/** `@"Ana María"`: the quoted words are the whole name. */
export function matchQuotedName(name: string, people: readonly PersonName[], chosenId?: string): PersonMatch {
  const query = wordsOf(name);
  if (query.length === 0) return { type: 'error', field: 'person', message: 'Add a name between the quotes, like @"Ana María".' };
  return resolve(query, name.trim(), 0, people, chosenId) ?? notFound(name.trim());
}
