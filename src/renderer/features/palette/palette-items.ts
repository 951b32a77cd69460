import { callName } from '../../../shared/call-name';
import type { Person } from '../../../shared/people';
import type { SnippetSegment } from '../../../shared/search';
import type { Route } from '../../app/routes';
import type { ShortcutId } from '../../app/shortcuts';
import { matchPeopleByName, wordsOf } from './person-match';

/**
 * What the Ctrl/Cmd+K palette offers for what was typed, as data: people first, then actions
 * (issue 17). The view adds the text results from `search.query` (text-results.ts) below these and
 * runs the chosen item's `action`; this module only decides what is offered and in what order.
 */

export type PaletteAction =
  | { do: 'go'; route: Route }
  | { do: 'log-time'; callName?: string }
  | { do: 'new-person' }
  | { do: 'presenting' }
  | { do: 'lock' }
  | { do: 'shortcuts' };

export interface PaletteItem {
  /** Unique in one answer; the option's DOM id is made from it. */
  key: string;
  label: string;
  /** A quieter second part: a role, "archived". */
  detail?: string;
  /** A text result's day (YYYY-MM-DD) and the words around what was found. */
  day?: string;
  snippet?: SnippetSegment[];
  shortcut?: ShortcutId;
  action: PaletteAction;
}

export interface PaletteOffer {
  people: PaletteItem[];
  actions: PaletteItem[];
}

type PalettePerson = Pick<Person, 'id' | 'name' | 'preferredName' | 'role' | 'archivedAt'>;

/** An action that needs no person, with the extra words it is found by. */
interface PlainAction {
  key: string;
  label: string;
  words: string;
  shortcut?: ShortcutId;
  action: PaletteAction;
}

function plainActions(presenting: boolean): PlainAction[] {
  return [
    { key: 'today', label: 'Today', words: 'home team attention', action: { do: 'go', route: { name: 'today' } } },
    { key: 'prep', label: 'This week’s 1:1s', words: 'prep one on ones 1:1 meetings week', action: { do: 'go', route: { name: 'prep' } } },
    { key: 'people', label: 'People', words: 'team everyone', action: { do: 'go', route: { name: 'people' } } },
    { key: 'journal', label: 'Journal', words: 'reflection today evening', shortcut: 'journal', action: { do: 'go', route: { name: 'journal' } } },
    { key: 'log', label: 'Log time', words: 'invested quick log', shortcut: 'log-time', action: { do: 'log-time' } },
    { key: 'new-person', label: 'Add a person', words: 'new someone', action: { do: 'new-person' } },
    { key: 'search', label: 'Search', words: 'find notes', action: { do: 'go', route: { name: 'search' } } },
    { key: 'insights', label: 'Insights', words: 'time invested trends', action: { do: 'go', route: { name: 'insights' } } },
    { key: 'settings', label: 'Settings', words: 'preferences reminders backup export import theme', action: { do: 'go', route: { name: 'settings' } } },
    {
      key: 'presenting',
      label: presenting ? 'Stop presenting' : 'Start presenting',
      words: 'blur private screen share',
      shortcut: 'presenting',
      action: { do: 'presenting' },
    },
    { key: 'lock', label: 'Lock Tend', words: 'lock away private hide', shortcut: 'lock', action: { do: 'lock' } },
    { key: 'shortcuts', label: 'Keyboard shortcuts', words: 'keys help', shortcut: 'shortcuts-help', action: { do: 'shortcuts' } },
  ];
}

/** Actions about one person, and the words that ask for them ("log sam", "prep priya"). */
const PERSON_ACTIONS = [
  { key: 'log', verbs: ['log', 'time', 'invest', 'for'], label: (name: string) => `Log time for ${name}`, action: (person: PalettePerson): PaletteAction => ({ do: 'log-time', callName: callName(person) }) },
  { key: 'prep', verbs: ['prep', 'prepare', 'sheet', 'for'], label: (name: string) => `Prep for ${name}`, action: (person: PalettePerson): PaletteAction => ({ do: 'go', route: { name: 'prep-person', id: person.id } }) },
] as const;

const PEOPLE_SHOWN = 6;
const PEOPLE_WITH_ACTIONS = 2;

/** Every typed word starts some word of `text`. */
function fits(typed: readonly string[], text: string): boolean {
  const own = wordsOf(text);
  return typed.every((word) => own.some((candidate) => candidate.startsWith(word)));
}

function personItem(person: PalettePerson): PaletteItem {
  const detail = person.archivedAt !== null ? 'archived' : (person.role ?? undefined);
  return { key: `person:${person.id}`, label: person.name, ...(detail ? { detail } : {}), action: { do: 'go', route: { name: 'person', id: person.id } } };
}

/**
 * Person actions for what was typed: "log sam" asks for Log time for Sam, first; a bare name offers
 * both actions for the best-fitting people. Only active people: time is not logged for an archived one.
 */
function personActions(typed: readonly string[], people: readonly PalettePerson[], named: readonly PalettePerson[]): PaletteItem[] {
  const active = people.filter((person) => person.archivedAt === null);
  const asked: PaletteItem[] = [];
  const offered: PaletteItem[] = [];
  for (const template of PERSON_ACTIONS) {
    const verbs: readonly string[] = template.verbs;
    const isVerb = (word: string): boolean => verbs.some((verb) => verb.startsWith(word));
    const rest = typed.filter((word) => !isVerb(word));
    const byVerb = rest.length > 0 && rest.length < typed.length;
    const fitting = byVerb ? matchPeopleByName(rest.join(' '), active, PEOPLE_WITH_ACTIONS) : named.filter((person) => person.archivedAt === null).slice(0, PEOPLE_WITH_ACTIONS);
    for (const person of fitting) {
      (byVerb ? asked : offered).push({ key: `${template.key}:${person.id}`, label: template.label(callName(person)), action: template.action(person) });
    }
  }
  return [...asked, ...offered];
}

/**
 * What Ctrl/Cmd+F starts the palette with: on a person's page, a filter for what was written
 * about them (the search language's `person:"…"`); elsewhere nothing.
 */
export function findInPageQuery(personName: string | null): string {
  if (personName === null) return '';
  return `person:"${personName.replaceAll('"', ' ').replace(/\s+/g, ' ').trim()}" `;
}

/** People and actions for `query`; an empty query offers every plain action and no one. */
export function paletteOffer(query: string, people: readonly PalettePerson[], presenting: boolean): PaletteOffer {
  const typed = wordsOf(query);
  const actions = plainActions(presenting);
  if (typed.length === 0) return { people: [], actions: actions.map(({ words: _words, ...item }) => item) };
  const named = matchPeopleByName(query, people, PEOPLE_SHOWN);
  const plain = actions
    .filter((action) => fits(typed, `${action.label} ${action.words}`))
    // An action found by its label comes before one found by its extra words.
    .sort((a, b) => Number(fits(typed, b.label)) - Number(fits(typed, a.label)))
    .map(({ words: _words, ...item }) => item);
  const search: PaletteItem = { key: 'search-for', label: `Search for “${query.trim()}”`, action: { do: 'go', route: { name: 'search', q: query.trim() } } };
  return { people: named.map(personItem), actions: [...personActions(typed, people, named), ...plain, search] };
}
