import type { Person } from './people';

/**
 * The name to use when speaking about someone: what they like to be called, else their first name.
 * Shared so the prep sheet (core) and the pages (renderer) call a person the same.
 */
export function callName(person: Pick<Person, 'name' | 'preferredName'>): string {
  if (person.preferredName) return person.preferredName;
  return person.name.trim().split(/\s+/)[0] ?? person.name;
}
