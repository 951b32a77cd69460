/**
 * What a form shows when its save was refused because the record changed in another window
 * (issue 19): each field the two versions disagree on, with what is in the form ("yours") beside
 * what was saved meanwhile ("theirs"). Pure, over the form's draft values.
 */

export interface ReviewRow {
  field: string;
  label: string;
  yours: string;
  theirs: string;
}

/** How an empty value reads in the review, so a cleared field is visible as a change. */
export const EMPTY_VALUE = '(empty)';

function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? EMPTY_VALUE : text;
}

/** The fields (in `labels`' order) where `yours` and `theirs` differ; fields without a label are not shown. */
export function reviewRows<D extends object>(yours: D, theirs: D, labels: Partial<Record<keyof D & string, string>>): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const [field, label] of Object.entries(labels) as [keyof D & string, string | undefined][]) {
    if (label === undefined) continue;
    const mine = shown(yours[field]);
    const other = shown(theirs[field]);
    if (mine !== other) rows.push({ field, label, yours: mine, theirs: other });
  }
  return rows;
}
