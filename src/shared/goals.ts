import * as v from 'valibot';
import { EDIT_ENTRIES } from './edit-version';
import { ById, Id, LocalDate, optionalLocalDate, optionalText, requiredText } from './fields';
import { NOTE_MAX, TEXT_MAX } from './limits';
import type { MethodTable } from './method-table';

/** Goals and challenges, personal and professional, each with a history of progress notes. */

export const GOAL_KINDS = ['goal', 'challenge'] as const;
export const SPHERES = ['personal', 'professional'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'let_go'] as const;
export const CHALLENGE_STATUSES = ['active', 'resolved', 'let_go'] as const;
export const ALL_GOAL_STATUSES = ['active', 'achieved', 'resolved', 'let_go'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export type Sphere = (typeof SPHERES)[number];
export type GoalStatus = (typeof ALL_GOAL_STATUSES)[number];

const GoalKindSchema = v.picklist(GOAL_KINDS, 'Choose goal or challenge.');
const SphereSchema = v.picklist(SPHERES, 'Choose personal or professional.');
const StatusSchema = v.picklist(ALL_GOAL_STATUSES, 'Choose active, achieved, resolved or let go.');

/** A goal can be achieved, a challenge resolved; never the other way round. */
export function statusFitsKind(kind: GoalKind, status: GoalStatus): boolean {
  return kind === 'goal' ? status !== 'resolved' : status !== 'achieved';
}

export const GoalSaveInput = v.pipe(
  v.strictObject({
    ...EDIT_ENTRIES,
    personId: Id,
    kind: GoalKindSchema,
    sphere: SphereSchema,
    title: requiredText('Title', 300),
    detail: optionalText('Detail', TEXT_MAX),
    status: v.optional(StatusSchema, 'active'),
    targetOn: optionalLocalDate(),
  }),
  v.forward(
    v.check((g) => statusFitsKind(g.kind, g.status), 'A goal is achieved and a challenge is resolved; pick a status that fits.'),
    ['status'],
  ),
);

export const ProgressSaveInput = v.strictObject({
  ...EDIT_ENTRIES,
  goalId: Id,
  body: requiredText('Progress note', NOTE_MAX),
  notedOn: v.optional(LocalDate),
  /** Optionally moves the goal or challenge to a new status in the same step. */
  status: v.optional(StatusSchema),
});

export interface ProgressNote {
  id: string;
  goalId: string;
  personId: string;
  body: string;
  notedOn: string;
  /** The status the goal moved to with this note, if it changed. */
  status: GoalStatus | null;
  createdAt: string;
  updatedAt: string;
}

export interface Goal {
  id: string;
  personId: string;
  kind: GoalKind;
  sphere: Sphere;
  title: string;
  detail: string | null;
  status: GoalStatus;
  targetOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** Newest first. */
  progress: ProgressNote[];
}

export const goalsMethods = {
  /** Add or edit a personal or professional goal or challenge. */
  'goals.save': { input: GoalSaveInput, touches: ['profile', 'timeline'] },
  /** Delete a goal or challenge with its progress history. */
  'goals.delete': { input: ById, touches: ['profile', 'timeline'] },
  /** A dated check-in on a goal or challenge, optionally changing its status; returns the goal. */
  'progress.save': { input: ProgressSaveInput, touches: ['profile', 'timeline'] },
  /** Remove one progress note from a goal's history. */
  'progress.delete': { input: ById, touches: ['profile', 'timeline'] },
} as const satisfies MethodTable;

export interface GoalsResults {
  'goals.save': Goal;
  'goals.delete': null;
  'progress.save': Goal;
  'progress.delete': null;
}
