import type { MethodInput } from '../../../../shared/contract';
import type { Goal, GoalKind, GoalStatus, Sphere } from '../../../../shared/goals';
import { dayIfGiven, editOf, type EditedRecord } from '../../../ui/forms/form-values';

/**
 * A goal or challenge, and a progress note on it, as a draft: exactly what was typed, so a refused
 * save loses nothing; the contract (not these functions) decides what is valid.
 */
export interface GoalDraft {
  sphere: Sphere;
  title: string;
  detail: string;
  status: GoalStatus;
  targetOn: string;
}
export const GOAL_FIELDS = ['sphere', 'title', 'detail', 'status', 'targetOn'] as const;

export function goalDraft(goal: Goal | null, sphere: Sphere): GoalDraft {
  return {
    sphere: goal?.sphere ?? sphere,
    title: goal?.title ?? '',
    detail: goal?.detail ?? '',
    status: goal?.status ?? 'active',
    targetOn: goal?.targetOn ?? '',
  };
}

export function goalInput(draft: GoalDraft, personId: string, kind: GoalKind, edited: EditedRecord | null = null): MethodInput<'goals.save'> {
  return {
    ...editOf(edited),
    personId,
    kind,
    sphere: draft.sphere,
    title: draft.title,
    detail: draft.detail,
    status: draft.status,
    targetOn: draft.targetOn,
  };
}

export interface ProgressDraft {
  body: string;
  notedOn: string;
  /** '' keeps the current status. */
  status: GoalStatus | '';
}
export const PROGRESS_FIELDS = ['body', 'notedOn', 'status'] as const;

export function progressDraft(today: string): ProgressDraft {
  return { body: '', notedOn: today, status: '' };
}

export function progressInput(draft: ProgressDraft, goalId: string): MethodInput<'progress.save'> {
  return { goalId, body: draft.body, ...dayIfGiven(draft.notedOn), ...(draft.status ? { status: draft.status } : {}) };
}
