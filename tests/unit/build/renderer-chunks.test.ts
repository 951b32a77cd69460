import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedByViews } from '../../../scripts/renderer-chunks';

/** A module in src/ (the rule keeps only the project's own plain code). */
const src = (name: string) => resolve('src', name);
const VALIBOT = resolve('node_modules/valibot/dist/index.mjs');
const MARKED = resolve('node_modules/marked/lib/marked.esm.js');

/** Each view's reach (itself and what it imports), and what each module imports. */
function graph(imports: Record<string, string[]>, views: string[]) {
  const importsOf = (id: string) => imports[id] ?? [];
  const reach = (from: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const next of importsOf(id)) visit(next);
    };
    visit(from);
    return seen;
  };
  return { viewsReach: views.map(reach), importsOf };
}

describe('code several views share is grouped, not split file by file (issue 21)', () => {
  const person = src('person/PersonView.svelte');
  const journal = src('journal/JournalView.svelte');
  const today = src('today/TodayView.svelte');
  const words = src('schedule/schedule-words.ts');
  const actions = src('schedule/schedule-actions.ts');
  const onlyPerson = src('person/person-delete.ts');
  const shared = src('shared/fields.ts');
  const note = src('timeline/markdown.ts');
  const component = src('ui/Avatar.svelte');
  const atStart = src('app/api.ts');
  const { viewsReach, importsOf } = graph(
    {
      [person]: [words, actions, onlyPerson, shared, note, component],
      [journal]: [words, shared, component],
      [today]: [actions],
      [actions]: [atStart, words],
      [shared]: [VALIBOT],
      [note]: [MARKED],
    },
    [person, journal, today],
  );
  const loadedAtStart = (id: string) => id === atStart;

  it.each([
    ['plain code two views import', words, true],
    ['plain code whose imports are at start or grouped too', actions, true],
    ['code only one view imports', onlyPerson, false],
    ['code that imports a library not loaded at start', shared, false],
    ['code that imports a library of its own chunk', note, false],
    ['a component', component, false],
    ['what is loaded at start already', atStart, false],
  ])('%s: %s', (_what, id, grouped) => {
    expect(sharedByViews(viewsReach, importsOf, loadedAtStart).has(id)).toBe(grouped);
  });

  it('schema code joins its library when that library is counted as settled', () => {
    const withSchemas = sharedByViews(viewsReach, importsOf, (id) => loadedAtStart(id) || id === VALIBOT);
    expect(withSchemas.has(shared)).toBe(true);
    expect(withSchemas.has(note)).toBe(false);
  });

  it('drops code whose import was dropped, until nothing changes', () => {
    const first = src('a.ts');
    const second = src('b.ts');
    const chain = graph({ [person]: [first], [journal]: [first], [first]: [second], [second]: [MARKED] }, [person, journal]);
    expect([...sharedByViews(chain.viewsReach, chain.importsOf, () => false)]).toEqual([]);
  });
});
