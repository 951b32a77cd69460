import type { Goal, GoalKind, ProgressNote } from '../../../../shared/goals';
import { messageOf } from '../../../app/api';
import { written } from '../../../app/data-changes';
import { deleteWithUndo } from '../../../app/record-actions';
import { toasts } from '../../../app/toasts.svelte';
import { goalInput, progressInput, type GoalDraft, type ProgressDraft } from './goal-form';
import type { EditedRecord } from '../../../ui/forms/form-values';

/** Goals and challenges, and the progress noted on them. */

export function saveGoal(draft: GoalDraft, personId: string, kind: GoalKind, edited: EditedRecord | null = null): Promise<Goal> {
  return written('goals.save', goalInput(draft, personId, kind, edited));
}

/** Deletes a goal after the page asked; no Undo: its progress history could not be written back as it was. */
export async function deleteGoal(goal: Goal): Promise<boolean> {
  try {
    await written('goals.delete', { id: goal.id });
  } catch (error) {
    toasts.show(messageOf(error));
    return false;
  }
  toasts.show(`Deleted “${goal.title}”.`);
  return true;
}

export function saveProgress(draft: ProgressDraft, goalId: string): Promise<Goal> {
  return written('progress.save', progressInput(draft, goalId));
}

export function removeProgress(entry: Pick<ProgressNote, 'id' | 'goalId' | 'body' | 'notedOn'>): Promise<boolean> {
  return deleteWithUndo('progress.delete', entry.id, 'Progress note removed.', () =>
    written('progress.save', { goalId: entry.goalId, body: entry.body, notedOn: entry.notedOn }),
  );
}
