import type * as v from 'valibot';

/**
 * The parts of what the app shows that a write can change. A write method declares the areas it
 * touches; `data.changed` carries them; each view reloads only the areas it shows.
 */
export const DATA_AREAS = ['people', 'profile', 'timeline', 'backups'] as const;
export type DataArea = (typeof DATA_AREAS)[number];

/** One method of the contract: its input schema and what it touches (nothing, for a read). */
export interface MethodSpec {
  input: v.GenericSchema;
  touches: readonly DataArea[];
}

/** A feature's own methods, declared beside its schemas (`src/shared/<feature>.ts`). */
export type MethodTable = Record<string, MethodSpec>;

/**
 * Joins feature tables into one; a name declared twice is a programming error that must fail at
 * start-up, not silently let one feature's method replace another's.
 */
export function composeTables<T extends readonly MethodTable[]>(...tables: T): UnionToIntersection<T[number]> {
  const joined: MethodTable = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (Object.hasOwn(joined, name)) throw new Error(`The contract declares "${name}" twice.`);
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
