import type * as v from 'valibot';

/**
 * The parts of what the app shows that a write can change. A write method declares the areas it
 * touches; `data.changed` carries them; each view reloads only the areas it shows.
 */
export const DATA_AREAS = ['people', 'profile', 'timeline', 'attention', 'backups', 'settings', 'reminders', 'journal', 'prep', 'drafts'] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** One method of the contract: its input schema and what it touches (nothing, for a read). */
export interface MethodSpec {
  input: v.GenericSchema;
  touches: readonly DataArea[];
}

/** A feature's own methods, declared beside its schemas (`src/shared/<feature>.ts`). */
export type MethodTable = Record<string, MethodSpec>;

/**
 * Joins records keyed by method name (feature tables, feature handlers) into one. A name given twice
 * is a programming error that must fail at start-up, not silently let one feature's entry replace
 * another's; `twice` words the error for the caller.
 */
export function joinByName<T extends readonly object[]>(parts: T, twice: (name: string) => string): UnionToIntersection<T[number]> {
  const joined: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, entry] of Object.entries(part)) {
      if (Object.hasOwn(joined, name)) throw new Error(twice(name));
      joined[name] = entry;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

/** Joins feature tables into one; a method declared twice throws. */
export function composeTables<T extends readonly MethodTable[]>(...tables: T): UnionToIntersection<T[number]> {
  return joinByName(tables, (name) => `The contract declares "${name}" twice.`);
}

export type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
