import { formLocale } from './field-message';
import type { FieldProblem } from './field-problem';
import { SAVE_FAILED_MESSAGE, problemAt, saveForm, type DateInputLike, type SaveState } from './form-save';

/** One inline form's save: whether it is saving, what was refused and where to show it. */
export class FormSubmission<F extends string> implements SaveState<F> {
  saving = $state(false);
  problem = $state<FieldProblem<F> | null>(null);

  readonly #fields: readonly F[];
  readonly #fallback: string;
  readonly #labels: Partial<Record<F, string>>;

  /**
   * `fields` are the form's own; `fallback` words a failure the contract did not; `labels` names a
   * field whose label is not the contract's name for it (the date's "What" is the contract's "Title").
   */
  constructor(fields: readonly F[], fallback: string = SAVE_FAILED_MESSAGE, labels: Partial<Record<F, string>> = {}) {
    this.#fields = fields;
    this.#fallback = fallback;
    this.#labels = labels;
  }

  /** The sentence that belongs to no single field (e.g. the person was archived elsewhere). */
  get formProblem(): string | null {
    return problemAt(this.problem, null);
  }

  errorFor(field: F): string | null {
    return problemAt(this.problem, field);
  }

  /** `save` makes the call and hands the result on; a refusal lands in `problem`. */
  submit(save: () => Promise<void>, date?: { field: F; input: DateInputLike | undefined }): Promise<void> {
    return saveForm(this, save, { fields: this.#fields, fallback: this.#fallback, date, words: { labels: this.#labels, locale: formLocale(), today: new Date() } });
  }
}
