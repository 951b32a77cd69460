import type { EditedRecord } from './form-values';
import { ApiFailure } from '../../app/api';
import { reviewRows, type ReviewRow } from './stale-review';

/**
 * The version of a record a form edits, and the newer one when a save finds another window saved
 * first (issue 19). The save sends `base`'s version; a `conflict` carrying the current record
 * keeps what was typed and opens the review: keep yours (save over the newer version) or take theirs.
 */
export class StaleEdit<R extends EditedRecord, D extends object> {
  /** The version the next save edits; null while adding a record. */
  base: R | null = $state(null);
  /** Saved in another window since `base`; the form shows both until the user chooses. */
  newer: R | null = $state(null);
  readonly #draftOf: (record: R) => D;
  readonly #labels: Partial<Record<keyof D & string, string>>;

  /** `draftOf` turns a record into the form's values; `labels` name the fields the review compares. */
  constructor(base: R | null, draftOf: (record: R) => D, labels: Partial<Record<keyof D & string, string>>) {
    this.base = base;
    this.#draftOf = draftOf;
    this.#labels = labels;
  }

  /** After a refused save: true when it was refused as stale (the newer version is then kept for review). */
  caught(error: unknown): boolean {
    if (!(error instanceof ApiFailure) || error.error.code !== 'conflict' || !error.error.current) return false;
    // The conflict carries the record as this form's save returns it (the contract's promise).
    this.newer = error.error.current as R;
    return true;
  }

  rows(values: D): ReviewRow[] {
    return this.newer ? reviewRows(values, this.#draftOf(this.newer), this.#labels) : [];
  }

  /** Keep yours: the next save edits the newer version, so it goes through over it. */
  keepYours(): void {
    if (this.newer) this.base = this.newer;
    this.newer = null;
  }

  /** Take theirs: the values to put in the form, now editing the newer version. */
  takeTheirs(): D | null {
    const newer = this.newer;
    if (!newer) return null;
    this.base = newer;
    this.newer = null;
    return this.#draftOf(newer);
  }
}
