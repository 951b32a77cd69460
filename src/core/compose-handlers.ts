import { joinByName, type MethodTable, type UnionToIntersection } from '../shared/method-table';
import type { Handlers } from './dispatch';

/**
 * The handlers of exactly one feature's methods, keyed from its table in `src/shared/<feature>.ts`:
 * a method added to the table does not compile until the feature handles it.
 */
export type HandlersOf<T extends MethodTable> = Pick<Handlers, keyof T & keyof Handlers>;

/**
 * Joins the features' handler sets for the dispatcher. A method handled by two features throws at
 * start-up; one handled by none fails to compile where the result is passed to `createDispatcher`.
 */
export function composeHandlers<T extends readonly Partial<Handlers>[]>(...sets: T): UnionToIntersection<T[number]> {
  return joinByName(sets, (name) => `Two features handle "${name}".`);
}
