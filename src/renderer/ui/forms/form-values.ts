/** Turning what was typed into contract values, shared by the inline forms' drafts. */

/** Blank stays blank (the contract decides whether that is allowed); other text becomes a number or NaN. */
export function numberFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** A cleared "noted on" is left out: the contract then uses today for a new record and keeps an edited one's day. */
export function dayIfGiven(day: string): { notedOn?: string } {
  return day.trim() === '' ? {} : { notedOn: day };
}

/** '' → null for the optional 1–5 scales. */
export function scaleFrom(text: string): number | null {
  return text === '' ? null : Number(text);
}

/** A record a form may edit: its id and version (null for a date derived from another record, which no form edits). */
export interface EditedRecord {
  id: string;
  updatedAt: string | null;
}

/** The id and version an edit sends (issue 19: a save from a stale copy is refused), or nothing while adding. */
export function editOf(record: EditedRecord | null | undefined): { id?: string; expectedUpdatedAt?: string } {
  if (!record) return {};
  return record.updatedAt === null ? { id: record.id } : { id: record.id, expectedUpdatedAt: record.updatedAt };
}
