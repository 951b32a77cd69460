import type { PersonProfile } from '../../../shared/profile';

/** What deleting someone takes with it, said plainly before the leader confirms (PRODUCT.md "Data"). */

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "2 things that matter", "4 goals and challenges with 5 progress notes", …; only what exists. */
export function deletionSummary(profile: Pick<PersonProfile, 'matters' | 'goals' | 'details' | 'dates' | 'noteCount'>): string[] {
  const parts: string[] = [];
  if (profile.matters.length) parts.push(count(profile.matters.length, 'thing that matters', 'things that matter'));
  if (profile.goals.length) {
    const progress = profile.goals.reduce((sum, goal) => sum + goal.progress.length, 0);
    const goals = count(profile.goals.length, 'goal or challenge', 'goals and challenges');
    parts.push(progress ? `${goals} with ${count(progress, 'progress note', 'progress notes')}` : goals);
  }
  if (profile.details.length) parts.push(count(profile.details.length, 'personal detail', 'personal details'));
  const stored = profile.dates.filter((date) => date.kind === 'birthday' || date.kind === 'custom').length;
  if (stored) parts.push(count(stored, 'important date', 'important dates'));
  if (profile.noteCount) parts.push(count(profile.noteCount, 'note', 'notes'));
  return parts;
}

/** "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The same rule the core applies: the full name, ignoring case and surrounding spaces. */
export function confirmNameMatches(typed: string, name: string): boolean {
  return typed.trim().toLocaleLowerCase() === name.toLocaleLowerCase();
}
