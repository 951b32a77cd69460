import type { EditedRecord } from './form-values';
import { FormDraft, type DraftFormProps } from './form-draft.svelte';
import { SAVE_FAILED_MESSAGE, type DateInputLike } from './form-save';
import { FormSubmission } from './form-submission.svelte';
import type { ReviewRow } from './stale-review';
import { StaleEdit } from './stale-edit.svelte';

/** What `InlineForm` reads and calls: one form's state and its actions. */
export interface InlineFormModel {
  readonly saving: boolean;
  /** The sentence that belongs to no single field (e.g. the person was archived, or the record changed elsewhere). */
  readonly formProblem: string | null;
  /** Something was typed: the footer offers Discard rather than Cancel. */
  readonly changed: boolean;
  /** A save found a newer version saved in another window: both are shown until the user chooses. */
  readonly reviewing: boolean;
  /** The fields the newer version disagrees on. */
  readonly review: ReviewRow[];
  save(): Promise<void>;
  cancel(): void;
  discard(): void;
  /** Keep what is in the form: the next save goes over the newer version. */
  keepYours(): void;
  /** Put the newer version in the form instead. */
  takeTheirs(): void;
}

/** The values a form edits, kept as a draft (`FormDraft`, or one its caller owns). */
export interface KeptValues<D extends object> {
  readonly values: D;
  readonly changed: boolean;
  whileSaving(save: () => Promise<void>): () => Promise<void>;
}

export interface RecordFormSpec<D extends object, F extends string, R extends EditedRecord, S> {
  /** The section's handlers and draft place: the component's props, read when used so they stay current. */
  handlers: () => DraftFormProps<S>;
  /** A draft the caller owns and keeps; by default the form keeps its own under `handlers.draftRef`. */
  kept?: KeptValues<D>;
  /** The record being edited (its version is what the save edits), or null while adding. */
  record: R | null;
  /** The values the form opens with; a kept draft is laid over them. */
  opened: D;
  /** A record as the form's values: what "take theirs" puts in the form. Only for forms that edit a record. */
  draftOf?: (record: R) => D;
  /** The fields the contract may name in a refusal, shown beside them. */
  fields: readonly F[];
  /** Labels of fields whose label is not the contract's name for them, for refusals. */
  labels?: Partial<Record<F, string>>;
  /** The fields a stale edit's review compares, as the form labels them. */
  reviewLabels?: Partial<Record<keyof D & string, string>>;
  /** The call: the values, and the version they edit (null while adding). */
  save: (values: D, edited: R | null) => Promise<S>;
  /** A date input to check before calling (a half-typed day reads as blank). */
  date?: () => { field: F; input: DateInputLike | undefined } | undefined;
  fallback?: string;
}

/**
 * One inline record form (issue 20): its kept draft, its save and refusals, and the version it edits
 * (issue 19). Components hand it their props and fields and pass it whole to `InlineForm`.
 * Must be created while a component initialises (the draft keeps itself in an effect).
 */
export class RecordForm<D extends object, F extends string, R extends EditedRecord, S> implements InlineFormModel {
  readonly draft: KeptValues<D>;
  readonly submission: FormSubmission<F>;
  readonly stale: StaleEdit<R, D>;
  readonly #spec: RecordFormSpec<D, F, R, S>;

  constructor(spec: RecordFormSpec<D, F, R, S>) {
    this.#spec = spec;
    this.draft = spec.kept ?? new FormDraft(spec.handlers().draftRef, spec.opened);
    this.submission = new FormSubmission(spec.fields, spec.fallback ?? SAVE_FAILED_MESSAGE, spec.labels ?? {});
    this.stale = new StaleEdit<R, D>(spec.record, spec.draftOf ?? (() => spec.opened), spec.reviewLabels ?? {});
  }

  get values(): D {
    return this.draft.values;
  }

  get saving(): boolean {
    return this.submission.saving;
  }

  get formProblem(): string | null {
    return this.submission.formProblem;
  }

  get changed(): boolean {
    return this.draft.changed;
  }

  get reviewing(): boolean {
    return this.stale.newer !== null;
  }

  get review(): ReviewRow[] {
    return this.stale.rows(this.draft.values);
  }

  /** True while editing a record (false while adding one). */
  get editing(): boolean {
    return this.stale.base !== null;
  }

  errorFor(field: F): string | null {
    return this.submission.errorFor(field);
  }

  save(): Promise<void> {
    const { handlers, save, date } = this.#spec;
    // Taken before the call: a saved change may move the record elsewhere (another list), ending this form first.
    const done = handlers().onsaved;
    return this.submission.submit(
      this.draft.whileSaving(async () => {
        let saved: S;
        try {
          saved = await save(this.draft.values, this.stale.base);
        } catch (error) {
          this.stale.caught(error);
          throw error;
        }
        await done(saved);
      }),
      date?.(),
    );
  }

  cancel(): void {
    this.#spec.handlers().oncancel();
  }

  discard(): void {
    this.#spec.handlers().ondiscard();
  }

  keepYours(): void {
    this.stale.keepYours();
    this.submission.problem = null;
  }

  takeTheirs(): void {
    const theirs = this.stale.takeTheirs();
    if (theirs) Object.assign(this.draft.values, theirs);
    this.submission.problem = null;
  }
}
