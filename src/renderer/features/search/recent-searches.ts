import type { KeyValueStorage } from '../../app/drafts';

/**
 * The last few searches the leader ran, newest first, kept beside drafts in the window's private
 * storage (the encrypted database: a search names people), cleared with one button.
 */
const KEY = 'tend.search.recent';
export const RECENT_MAX = 8;

export function recentSearches(storage: KeyValueStorage): string[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((q): q is string => typeof q === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

/** Puts `query` first (once, whatever its spacing); returns the new list. */
export function rememberSearch(storage: KeyValueStorage, query: string): string[] {
  const tidy = query.trim().replace(/\s+/g, ' ');
  if (tidy === '') return recentSearches(storage);
  const list = [tidy, ...recentSearches(storage).filter((q) => q !== tidy)].slice(0, RECENT_MAX);
  storage.setItem(KEY, JSON.stringify(list));
  return list;
}

export function clearRecentSearches(storage: KeyValueStorage): void {
  storage.removeItem(KEY);
}
