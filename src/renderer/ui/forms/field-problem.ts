import type { ApiError } from '../../../shared/result';
import { wordedForField } from './field-message';

/** Where a refused save's sentence belongs, for every inline form. */

/** Where a refused save's sentence belongs: beside one of the form's fields, or above the form. */
export type FieldProblem<F extends string> = { field: F; message: string } | { field: null; message: string };

/** How a form words a refusal: its fields' labels where they differ from the contract's names, its locale and today. */
export interface FieldWords<F extends string> {
  labels?: Partial<Record<F, string>>;
  locale: string;
  today: Date;
}

export function problemFor<F extends string>(error: ApiError, fields: readonly F[], words?: FieldWords<F>): FieldProblem<F> {
  const field = error.field;
  if (error.code === 'invalid_input' && field !== undefined && (fields as readonly string[]).includes(field)) {
    const message = words ? wordedForField(error.message, words.labels?.[field as F], words.locale, words.today) : error.message;
    return { field: field as F, message };
  }
  return { field: null, message: error.message };
}
