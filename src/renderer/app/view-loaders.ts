import type { Component } from 'svelte';
import type { Route } from './routes';

/**
 * Each view is its own chunk, fetched the first time it is asked for. main.ts asks for the first
 * route's view while the app's own code is still loading, so the two travel together (issue 8);
 * views.svelte.ts asks again when it shows the view and is handed the same promise.
 */

export type ViewName = Route['name'];

const LOADERS = {
  today: () => import('../features/today/TodayView.svelte'),
  prep: () => import('../features/prep/ThisWeekView.svelte'),
  'prep-person': () => import('../features/prep/PrepView.svelte'),
  people: () => import('../features/people/PeopleView.svelte'),
  person: () => import('../features/person/PersonView.svelte'),
  evidence: () => import('../features/evidence/EvidenceView.svelte'),
  journal: () => import('../features/journal/JournalView.svelte'),
  search: () => import('../features/search/SearchView.svelte'),
  insights: () => import('../features/insights/InsightsView.svelte'),
  settings: () => import('../features/settings/SettingsView.svelte'),
  'not-found': () => import('../features/not-found/NotFoundView.svelte'),
} satisfies Record<ViewName, () => Promise<{ default: Component<never> }>>;

export const VIEW_NAMES = Object.keys(LOADERS) as ViewName[];

const loaded = new Map<ViewName, Component<never>>();
const loading = new Map<ViewName, Promise<Component<never>>>();

/** The view's component once its chunk has arrived; undefined before. */
export function loadedView(name: ViewName): Component<never> | undefined {
  return loaded.get(name);
}

/** Fetches the view's chunk once; every caller shares the same promise. */
export function loadView(name: ViewName): Promise<Component<never>> {
  let promise = loading.get(name);
  if (!promise) {
    promise = LOADERS[name]().then((module) => {
      loaded.set(name, module.default);
      return module.default;
    });
    // A failed fetch may be retried by the next navigation.
    promise.catch(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise;
}
