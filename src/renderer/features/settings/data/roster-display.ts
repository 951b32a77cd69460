import type { RosterField, RosterPreview, RosterRowPreview } from '../../../../shared/archive';

/** Words for the roster import's mapping step and row report. */

export const FIELD_LABELS: Record<RosterField, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  role: 'Role',
  team: 'Team',
  email: 'Email',
  startedOn: 'Started on',
  cadenceDays: 'Check in every (days)',
};

/** The select's options for one field: every column by its header, or not imported. */
export function columnOptions(headers: readonly string[]): { value: string; label: string }[] {
  return [{ value: '', label: 'Not imported' }, ...headers.map((header, index) => ({ value: String(index), label: header.trim() || `Column ${index + 1}` }))];
}

/** What happens to one row, in words: "Will add", "Will update Sam Rivera", or why it is skipped. */
export function rowOutcome(row: RosterRowPreview): string {
  if (row.action === 'update' && row.match) return `Will update ${row.match.name}`;
  if (row.action === 'create') return 'Will add';
  return row.issues.map((issue) => `${FIELD_LABELS[issue.field]}: ${issue.message}`).join(' ');
}

export function rosterSummary(preview: RosterPreview): { create: number; update: number; skip: number } {
  const count = (action: RosterRowPreview['action']) => preview.rows.filter((row) => row.action === action).length;
  return { create: count('create'), update: count('update'), skip: count('skip') };
}
