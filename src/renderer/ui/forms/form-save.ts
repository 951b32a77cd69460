import { ApiFailure } from '../../app/api';
import { badDateMessage } from './field-message';
import { problemFor, type FieldProblem, type FieldWords } from './field-problem';

/**
 * How every inline record form on the Person page saves, as a plain function over plain state so
 * it can be tested without a component (form-submission.svelte.ts holds the same state as runes).
 */

/** What a form shows while it saves and after a refusal. */
export interface SaveState<F extends string> {
  saving: boolean;
  problem: FieldProblem<F> | null;
}

/** A native date input; a half-typed or impossible day reports `badInput` and an empty value. */
export interface DateInputLike {
  readonly validity: { readonly badInput: boolean };
}

export interface SaveOptions<F extends string> {
  /** The form's fields: a refusal that names one of them is shown beside it. */
  fields: readonly F[];
  /** The sentence for a failure the contract did not word (the host went away, a bug). */
  fallback: string;
  /** A date field to check before calling: while its text is not a real day its value reads as '', a blank to the contract. */
  date?: { field: F; input: DateInputLike | undefined };
  /** Labels, locale and today, so messages read as the form shows its fields. */
  words?: FieldWords<F>;
}

export const SAVE_FAILED_MESSAGE = 'Tend could not save this; please try again.';

/** Runs `save` (the call and what follows it), keeping `state` in step; never throws. */
export async function saveForm<F extends string>(state: SaveState<F>, save: () => Promise<void>, options: SaveOptions<F>): Promise<void> {
  if (options.date?.input?.validity.badInput) {
    state.problem = { field: options.date.field, message: badDateMessage(options.words?.locale ?? 'en-US', options.words?.today ?? new Date()) };
    return;
  }
  state.saving = true;
  state.problem = null;
  try {
    await save();
  } catch (error) {
    state.problem = error instanceof ApiFailure ? problemFor(error.error, options.fields, options.words) : { field: null, message: options.fallback };
  } finally {
    state.saving = false;
  }
}

/** The sentence to show beside `field`, or (for null) above the form; null when it has none. */
export function problemAt<F extends string>(problem: FieldProblem<F> | null, field: F | null): string | null {
  return problem !== null && problem.field === field ? problem.message : null;
}
