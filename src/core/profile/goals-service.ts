import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import { statusFitsKind, type Goal, type GoalKind, type GoalStatus, type ProgressNote, type Sphere } from '../../shared/goals';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError, notFound } from '../errors';
import type { Ownership } from './ownership';

interface GoalRow {
  id: string;
  person_id: string;
  kind: GoalKind;
  sphere: Sphere;
  title: string;
  detail: string | null;
  status: GoalStatus;
  target_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgressRow {
  id: string;
  goal_id: string;
  person_id: string;
  body: string;
  noted_on: string;
  status: GoalStatus | null;
  created_at: string;
}

export const toProgress = (r: ProgressRow): ProgressNote => ({
  id: r.id,
  goalId: r.goal_id,
  personId: r.person_id,
  body: r.body,
  notedOn: r.noted_on,
  status: r.status,
  createdAt: r.created_at,
});

const toGoal = (r: GoalRow, progress: ProgressNote[]): Goal => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  sphere: r.sphere,
  title: r.title,
  detail: r.detail,
  status: r.status,
  targetOn: r.target_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  progress,
});

export function createGoalsService(db: Database, clock: Clock, ownership: Ownership) {
  function progressOf(goalId: string): ProgressNote[] {
    return db
      .all<ProgressRow>('SELECT * FROM progress_notes WHERE goal_id = ? ORDER BY noted_on DESC, created_at DESC', [goalId])
      .map(toProgress);
  }

  function byId(id: string): Goal {
    const row = db.get<GoalRow>('SELECT * FROM goals WHERE id = ?', [id]);
    if (!row) throw notFound('That goal or challenge');
    return toGoal(row, progressOf(id));
  }

  return {
    /** Active first, then by when they were added. Progress notes newest first. */
    listFor(personId: string): Goal[] {
      const progress = new Map<string, ProgressNote[]>();
      for (const row of db.all<ProgressRow>(
        'SELECT * FROM progress_notes WHERE person_id = ? ORDER BY noted_on DESC, created_at DESC',
        [personId],
      )) {
        const list = progress.get(row.goal_id) ?? [];
        list.push(toProgress(row));
        progress.set(row.goal_id, list);
      }
      return db
        .all<GoalRow>(`SELECT * FROM goals WHERE person_id = ? ORDER BY status <> 'active', created_at`, [personId])
        .map((row) => toGoal(row, progress.get(row.id) ?? []));
    },

    save(input: ParsedInput<'goals.save'>): Goal {
      return db.transaction(() => {
        ownership.requireWritable('goals', input.id, input.personId, 'That goal or challenge');
        const now = instant(clock);
        const values = {
          kind: input.kind,
          sphere: input.sphere,
          title: input.title,
          detail: input.detail,
          status: input.status,
          targetOn: input.targetOn,
          now,
        };
        if (input.id === undefined) {
          const id = randomUUID();
          db.run(
            `INSERT INTO goals (id, person_id, kind, sphere, title, detail, status, target_on, created_at, updated_at)
             VALUES (:id, :personId, :kind, :sphere, :title, :detail, :status, :targetOn, :now, :now)`,
            { ...values, id, personId: input.personId },
          );
          return byId(id);
        }
        db.run(
          `UPDATE goals SET kind = :kind, sphere = :sphere, title = :title, detail = :detail, status = :status,
             target_on = :targetOn, updated_at = :now WHERE id = :id`,
          { ...values, id: input.id },
        );
        return byId(input.id);
      });
    },

    delete(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('goals', id, 'That goal or challenge');
        db.run('DELETE FROM goals WHERE id = ?', [id]);
      });
    },

    /** A dated check-in; with `status`, the goal moves to it in the same transaction. Returns the goal. */
    saveProgress(input: ParsedInput<'progress.save'>): Goal {
      return db.transaction(() => {
        const goal = db.get<GoalRow>('SELECT * FROM goals WHERE id = ?', [input.goalId]);
        if (!goal) throw notFound('That goal or challenge', 'goalId');
        ownership.requireWritable('progress_notes', input.id, goal.person_id, 'That progress note');
        if (input.id !== undefined) {
          const existing = db.get<ProgressRow>('SELECT * FROM progress_notes WHERE id = ?', [input.id]);
          if (existing?.goal_id !== goal.id) throw notFound('That progress note');
        }
        if (input.status !== undefined && !statusFitsKind(goal.kind, input.status)) {
          throw new TendError(
            'invalid_input',
            goal.kind === 'goal' ? 'A goal is achieved, not resolved.' : 'A challenge is resolved, not achieved.',
            'status',
          );
        }
        const now = instant(clock);
        const status = input.status !== undefined && input.status !== goal.status ? input.status : null;
        if (input.id === undefined) {
          db.run(
            `INSERT INTO progress_notes (id, goal_id, person_id, body, noted_on, status, created_at)
             VALUES (:id, :goalId, :personId, :body, :notedOn, :status, :now)`,
            {
              id: randomUUID(),
              goalId: goal.id,
              personId: goal.person_id,
              body: input.body,
              notedOn: input.notedOn ?? localDay(clock),
              status,
              now,
            },
          );
        } else {
          db.run('UPDATE progress_notes SET body = :body, noted_on = COALESCE(:notedOn, noted_on) WHERE id = :id', {
            id: input.id,
            body: input.body,
            notedOn: input.notedOn ?? null,
          });
        }
        if (status) db.run('UPDATE goals SET status = ?, updated_at = ? WHERE id = ?', [status, now, goal.id]);
        return byId(goal.id);
      });
    },

    deleteProgress(id: string): void {
      db.transaction(() => {
        ownership.requireDeletable('progress_notes', id, 'That progress note');
        db.run('DELETE FROM progress_notes WHERE id = ?', [id]);
      });
    },
  };
}
