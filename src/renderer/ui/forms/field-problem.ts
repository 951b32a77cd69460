import type { ApiError } from '../../../shared/result';

/** Where a refused save's sentence belongs, for every inline form. */

/** Where a refused save's sentence belongs: beside one of the form's fields, or above the form. */
export type FieldProblem<F extends string> = { field: F; message: string } | { field: null; message: string };

export function problemFor<F extends string>(error: ApiError, fields: readonly F[]): FieldProblem<F> {
  const field = error.field;
  if (error.code === 'invalid_input' && field !== undefined && (fields as readonly string[]).includes(field)) {
    return { field: field as F, message: error.message };
  }
  return { field: null, message: error.message };
}

/** A native date field that holds a half-typed or impossible day reports `badInput` and an empty value. */
export const BAD_DATE_MESSAGE = 'That date is incomplete or does not exist.';
