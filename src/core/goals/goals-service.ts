import type { ParsedInput } from '../../shared/contract';
import { statusFitsKind, type Goal, type ProgressNote } from '../../shared/goals';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { ownedRecords, type ActivePersonCheck } from '../db/owned-records';
import { TendError, notFound } from '../errors';

type GoalRow = Omit<Goal, 'progress'>;

const GOAL_COLUMNS = `id, person_id AS personId, kind, sphere, title, detail, status, target_on AS targetOn,
  created_at AS createdAt, updated_at AS updatedAt`;

/** A progress note as the contract shows it; the timeline source selects the same list. */
export const PROGRESS_COLUMNS = `id, goal_id AS goalId, person_id AS personId, body, noted_on AS notedOn, status,
  created_at AS createdAt, updated_at AS updatedAt`;

const NEWEST_FIRST = 'noted_on DESC, created_at DESC';

/** Goals and challenges, personal or professional, each with its dated progress notes. */
export function createGoalsService(db: Database, clock: Clock, people: ActivePersonCheck) {
  const goals = ownedRecords<GoalRow>(db, people, {
    table: 'goals',
    what: 'That goal or challenge',
    columns: GOAL_COLUMNS,
    orderBy: `status <> 'active', created_at`,
  });
  const progressNotes = ownedRecords<ProgressNote>(db, people, {
    table: 'progress_notes',
    what: 'That progress note',
    columns: PROGRESS_COLUMNS,
    orderBy: NEWEST_FIRST,
  });

  function withProgress(goal: GoalRow): Goal {
    const progress = db.all<ProgressNote>(
      `SELECT ${PROGRESS_COLUMNS} FROM progress_notes WHERE goal_id = ? ORDER BY ${NEWEST_FIRST}`,
      [goal.id],
    );
    return { ...goal, progress };
  }

  return {
    /** Active first, then by when they were added. Progress notes newest first. */
    listFor(personId: string): Goal[] {
      const progress = new Map<string, ProgressNote[]>();
      for (const note of progressNotes.listFor(personId)) {
        const list = progress.get(note.goalId);
        if (list) list.push(note);
        else progress.set(note.goalId, [note]);
      }
      // Object.assign, not `{ ...goal, progress }`: V8 (Node 20) adds a field to a spread copy on a slow path, ~2 µs a goal.
      return goals.listFor(personId).map((goal) => Object.assign({}, goal, { progress: progress.get(goal.id) ?? [] }));
    },

    save(input: ParsedInput<'goals.save'>): Goal {
      const goal = goals.save(
        input,
        {
          insert: `INSERT INTO goals (id, person_id, kind, sphere, title, detail, status, target_on, created_at, updated_at)
                   VALUES (:id, :personId, :kind, :sphere, :title, :detail, :status, :targetOn, :now, :now)`,
          update: `UPDATE goals SET kind = :kind, sphere = :sphere, title = :title, detail = :detail, status = :status,
                     target_on = :targetOn, updated_at = :now WHERE id = :id`,
        },
        {
          kind: input.kind,
          sphere: input.sphere,
          title: input.title,
          detail: input.detail,
          status: input.status,
          targetOn: input.targetOn,
          now: instant(clock),
        },
      );
      return withProgress(goal);
    },

    delete: goals.delete,

    /** A dated check-in; with `status`, the goal moves to it in the same transaction. Returns the goal. */
    saveProgress(input: ParsedInput<'progress.save'>): Goal {
      return db.transaction(() => {
        const goal = goals.byId(input.goalId, 'goalId');
        progressNotes.requireWritable(input.id, goal.personId);
        if (input.id !== undefined && progressNotes.find(input.id)?.goalId !== goal.id) throw notFound('That progress note');
        if (input.status !== undefined && !statusFitsKind(goal.kind, input.status)) {
          throw new TendError(
            'invalid_input',
            goal.kind === 'goal' ? 'A goal is achieved, not resolved.' : 'A challenge is resolved, not achieved.',
            'status',
          );
        }
        const now = instant(clock);
        const status = input.status !== undefined && input.status !== goal.status ? input.status : null;
        progressNotes.write(
          { id: input.id, personId: goal.personId, expectedUpdatedAt: input.expectedUpdatedAt },
          {
            insert: `INSERT INTO progress_notes (id, goal_id, person_id, body, noted_on, status, created_at, updated_at)
                     VALUES (:id, :goalId, :personId, :body, COALESCE(:notedOn, :today), :status, :now, :now)`,
            // A check-in keeps the status change it was written with; editing changes only its words and day.
            update: 'UPDATE progress_notes SET body = :body, noted_on = COALESCE(:notedOn, noted_on), updated_at = :now WHERE id = :id',
          },
          { goalId: goal.id, body: input.body, notedOn: input.notedOn ?? null, today: localDay(clock), status, now },
        );
        if (status) db.run('UPDATE goals SET status = ?, updated_at = ? WHERE id = ?', [status, now, goal.id]);
        return withProgress(goals.byId(goal.id));
      });
    },

    deleteProgress: progressNotes.delete,
  };
}

export type GoalsService = ReturnType<typeof createGoalsService>;
