import { format, parseISO, subYears } from 'date-fns';
import type { Investment } from '../../shared/investments';
import type { Matter } from '../../shared/matters';
import type { Note } from '../../shared/notes';
import type { PersonalDetail } from '../../shared/details';
import type { ProgressNote } from '../../shared/goals';
import type { PrepCommitment, PrepGoal, PrepSheet, PrepTalkingPoint } from '../../shared/prep';
import { daysBetween, localDayOf, shiftDay } from '../calendar/local-days';
import type { Database } from '../db/database';
import type { DatesService } from '../dates/dates-service';
import type { DetailsService } from '../details/details-service';
import { TendError, notFound } from '../errors';
import { PROGRESS_COLUMNS } from '../goals/goals-service';
import { NOTE_COLUMNS } from '../notes/notes-service';
import { carryOver } from './carry-over';
import { ONE_ON_ONE, RECOGNITION } from './investment-kinds';
import { questionsToConsider, type GoalFact, type PrepFacts, type QuestionDismissal } from './questions';
import { daysSince, sinceLastOneOnOne } from './since-last-one-on-one';
import { USUAL_FROM_LAST, usualOneOnOneMinutes } from './usual-length';
import { callName } from '../../shared/call-name';

/** "A year ago with them" looks this many days either side of the same day last year. */
export const YEAR_AGO_SPREAD_DAYS = 3;
/** Enough perceived notes for any run of low mood or energy the rule could name. */
const PERCEIVED_READ = 50;

const INVESTMENT_COLUMNS = `id, person_id AS personId, day, minutes, kind, note, created_at AS createdAt, updated_at AS updatedAt`;

interface PersonRow {
  id: string;
  name: string;
  preferredName: string | null;
  role: string | null;
  cadenceDays: number;
  startedOn: string | null;
  anniversaryDaysAhead: number;
  archivedAt: string | null;
  createdAt: string;
}

export interface SheetParts {
  details: DetailsService;
  dates: DatesService;
}

/** The person to prepare for: not_found when unknown, conflict when archived (both on `personId`). */
export function requirePrepPerson(db: Database, personId: string): PersonRow {
  const person = db.get<PersonRow>(
    `SELECT id, name, preferred_name AS preferredName, role, cadence_days AS cadenceDays, started_on AS startedOn,
       anniversary_days_ahead AS anniversaryDaysAhead, archived_at AS archivedAt, created_at AS createdAt
     FROM people WHERE id = ?`,
    [personId],
  );
  if (!person) throw notFound('That person', 'personId');
  if (person.archivedAt) throw new TendError('conflict', `${person.name} is archived; restore them to prepare a one-on-one.`, 'personId');
  return person;
}

function lastDayOf(db: Database, personId: string, today: string, kind: string | null): string | null {
  // Newest first on investments_by_person; with a kind, SQLite walks back only until the first match.
  return (
    db.get<{ day: string }>(
      `SELECT day FROM investments WHERE person_id = :personId AND day <= :today AND (:kind IS NULL OR kind = :kind)
       ORDER BY day DESC LIMIT 1`,
      { personId, today, kind },
    )?.day ?? null
  );
}

function commitmentsOf(db: Database, personId: string, today: string): { mine: PrepCommitment[]; theirs: PrepCommitment[] } {
  // Named: without statistics SQLite picks commitments_made and reads every commitment ever made.
  const rows = db.all<{ id: string; text: string; owner: 'me' | 'them'; dueOn: string | null; madeOn: string; createdAt: string }>(
    `SELECT id, text, owner, due_on AS dueOn, made_on AS madeOn, created_at AS createdAt
     FROM commitments INDEXED BY commitments_open WHERE person_id = ? AND status = 'open'`,
    [personId],
  );
  const all = rows
    .map((row) => {
      const overdue = row.dueOn !== null && row.dueOn < today ? daysBetween(row.dueOn, today) : null;
      return { row, item: { id: row.id, text: row.text, owner: row.owner, dueOn: row.dueOn, madeOn: row.madeOn, ageDays: Math.max(0, daysBetween(row.madeOn, today)), daysOverdue: overdue } };
    })
    // Overdue first (most overdue first), then by due day (undated last), then oldest made first.
    .sort(
      (a, b) =>
        (b.item.daysOverdue ?? -1) - (a.item.daysOverdue ?? -1) ||
        (a.item.dueOn ?? '9999').localeCompare(b.item.dueOn ?? '9999') ||
        a.item.madeOn.localeCompare(b.item.madeOn) ||
        a.row.createdAt.localeCompare(b.row.createdAt),
    )
    .map(({ item }) => item);
  return { mine: all.filter((c) => c.owner === 'me'), theirs: all.filter((c) => c.owner === 'them') };
}

function talkingPointsOf(db: Database, personId: string, today: string): PrepTalkingPoint[] {
  const points = db
    .all<{ id: string; text: string; position: number; createdAt: string }>(
      `SELECT id, text, position, created_at AS createdAt FROM talking_points
       WHERE person_id = ? AND discussed_on IS NULL ORDER BY position, created_at`,
      [personId],
    )
    .map((point) => ({ ...point, queuedOn: localDayOf(new Date(point.createdAt)) }));
  const oldest = points.reduce<string | null>((min, p) => (min === null || p.queuedOn < min ? p.queuedOn : min), null);
  const oneOnOneDays =
    oldest === null
      ? []
      : db
          .all<{ day: string }>(
            `SELECT DISTINCT day FROM investments WHERE person_id = ? AND kind = '${ONE_ON_ONE}' AND day > ? AND day <= ?`,
            [personId, oldest, today],
          )
          .map((row) => row.day);
  return points.map((point) => {
    const carried = carryOver({ createdOn: point.queuedOn, discussedOn: null }, oneOnOneDays, today);
    return { id: point.id, text: point.text, position: point.position, queuedOn: point.queuedOn, carried: carried.times, label: carried.label, flag: carried.flag };
  });
}

type SheetGoal = GoalFact & { latestProgress: ProgressNote | null };

/**
 * Active goals and challenges, and personal goals in any status. Closed professional ones are left out:
 * no section shows them and no question rule reads them, and over years they are most of the list.
 */
function goalsOf(db: Database, personId: string): SheetGoal[] {
  const rows = db.all<Omit<GoalFact, 'createdOn' | 'lastProgressOn'> & { createdAt: string }>(
    `SELECT id, kind, sphere, title, status, target_on AS targetOn, created_at AS createdAt FROM goals
     WHERE person_id = ? AND (status = 'active' OR sphere = 'personal') ORDER BY created_at`,
    [personId],
  );
  return rows.map((row) => {
    // Only active ones show progress or feed a rule that reads it.
    const latest =
      row.status === 'active'
        ? (db.get<ProgressNote>(`SELECT ${PROGRESS_COLUMNS} FROM progress_notes WHERE goal_id = ? ORDER BY noted_on DESC, created_at DESC LIMIT 1`, [row.id]) ?? null)
        : null;
    // Built field by field: a rest spread per row is the costliest step over years of goals.
    return {
      id: row.id,
      kind: row.kind,
      sphere: row.sphere,
      title: row.title,
      status: row.status,
      targetOn: row.targetOn,
      createdOn: localDayOf(new Date(row.createdAt)),
      lastProgressOn: latest?.notedOn ?? null,
      latestProgress: latest,
    };
  });
}

/**
 * Everything on one person's prep sheet for `today`. Call inside one read transaction
 * (`db.readConsistently`) so every section comes from the same snapshot.
 */
export function readSheet(db: Database, parts: SheetParts, personId: string, today: string, dismissed: readonly QuestionDismissal[]): PrepSheet {
  const row = requirePrepPerson(db, personId);

  const lastOneOnOneOn = lastDayOf(db, personId, today, ONE_ON_ONE);
  const lastInvestedOn = lastDayOf(db, personId, today, null);
  const lastRecognitionOn = lastDayOf(db, personId, today, RECOGNITION);
  const window = sinceLastOneOnOne(lastOneOnOneOn, today);

  const notes = db.all<Note>(
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE person_id = ? AND noted_on BETWEEN ? AND ? ORDER BY noted_on DESC, created_at DESC, id DESC`,
    [personId, window.from, window.to],
  );
  const progress = db.all<ProgressNote & { goalTitle: string }>(
    `SELECT p.id, p.goal_id AS goalId, p.person_id AS personId, p.body, p.noted_on AS notedOn, p.status, p.created_at AS createdAt, g.title AS goalTitle
     FROM progress_notes p JOIN goals g ON g.id = p.goal_id
     WHERE p.person_id = ? AND p.noted_on BETWEEN ? AND ? ORDER BY p.noted_on DESC, p.created_at DESC, p.id DESC`,
    [personId, window.from, window.to],
  );
  const investments = db.all<Investment>(
    `SELECT ${INVESTMENT_COLUMNS} FROM investments WHERE person_id = ? AND day BETWEEN ? AND ? ORDER BY day DESC, created_at DESC, id DESC`,
    [personId, window.from, window.to],
  );

  const goals = goalsOf(db, personId);
  const matters = db.all<Matter>(
    `SELECT id, person_id AS personId, what, why, noted_on AS notedOn, created_at AS createdAt, updated_at AS updatedAt
     FROM matters WHERE person_id = ? ORDER BY noted_on DESC, created_at DESC`,
    [personId],
  );
  const details: PersonalDetail[] = parts.details.listFor(personId);
  const allDates = parts.dates.listFor(row, details, today);

  // subYears clamps 29 February to the 28th, so a leap-day sheet still looks back a year.
  const yearAgoDay = format(subYears(parseISO(today), 1), 'yyyy-MM-dd');
  const yearAgo = { from: shiftDay(yearAgoDay, -YEAR_AGO_SPREAD_DAYS), to: shiftDay(yearAgoDay, YEAR_AGO_SPREAD_DAYS) };
  const yearAgoNotes = db.all<Note>(
    `SELECT ${NOTE_COLUMNS} FROM notes WHERE person_id = ? AND noted_on BETWEEN ? AND ? ORDER BY noted_on, created_at, id`,
    [personId, yearAgo.from, yearAgo.to],
  );

  const perceived = db.all<{ noteId: string; notedOn: string; mood: number | null; energy: number | null }>(
    `SELECT id AS noteId, noted_on AS notedOn, mood, energy FROM notes
     WHERE person_id = ? AND noted_on <= ? AND (mood IS NOT NULL OR energy IS NOT NULL)
     ORDER BY noted_on DESC, created_at DESC, id DESC LIMIT ${PERCEIVED_READ}`,
    [personId, today],
  );
  const followThrough = commitmentsOf(db, personId, today);
  const recentOneOnOnes = db
    .all<{ minutes: number }>(
      `SELECT minutes FROM investments WHERE person_id = ? AND kind = '${ONE_ON_ONE}' AND day <= ? ORDER BY day DESC, created_at DESC LIMIT ${USUAL_FROM_LAST}`,
      [personId, today],
    )
    .map((one) => one.minutes);

  const facts: PrepFacts = {
    person: { id: row.id, name: row.name, preferredName: row.preferredName, addedOn: localDayOf(new Date(row.createdAt)) },
    matters: matters.map(({ id, what, why, notedOn }) => ({ id, what, why, notedOn })),
    goals,
    family: details.filter((d) => d.kind === 'family').map(({ id, name, relation, birthday }) => ({ id, name, relation, birthday })),
    personalDetails: details.length,
    importantDates: allDates.map(({ id, title, nextOn, daysUntil }) => ({ id, title, nextOn, daysUntil })),
    perceived,
    // The rules look only at the newest one-on-one and the newest recognition; reading those two keeps
    // the sheet's cost flat over years of history.
    investments: [
      ...(lastOneOnOneOn ? [{ kind: ONE_ON_ONE, on: lastOneOnOneOn }] : []),
      ...(lastRecognitionOn ? [{ kind: RECOGNITION, on: lastRecognitionOn }] : []),
    ],
    commitments: [...followThrough.mine, ...followThrough.theirs].map(({ id, text, owner, dueOn }) => ({ id, text, owner, dueOn })),
  };

  const activeGoals: PrepGoal[] = goals
    .filter((goal) => goal.status === 'active')
    .map((goal) => ({
      id: goal.id,
      kind: goal.kind,
      sphere: goal.sphere,
      title: goal.title,
      targetOn: goal.targetOn,
      latestProgress: goal.latestProgress,
      daysSinceProgress: Math.max(0, daysBetween(goal.lastProgressOn ?? goal.createdOn, today)),
    }));

  return {
    day: today,
    person: { id: row.id, name: row.name, preferredName: row.preferredName, callName: callName(row), role: row.role, cadenceDays: row.cadenceDays },
    sinceLastTime: {
      lastOneOnOneOn,
      daysSinceOneOnOne: daysSince(lastOneOnOneOn, today),
      lastInvestedOn,
      daysSinceInvestment: daysSince(lastInvestedOn, today),
      from: window.from,
      to: window.to,
      notes,
      progress,
      investments,
    },
    followThrough,
    talkingPoints: talkingPointsOf(db, personId, today),
    goals: activeGoals,
    matters,
    dates: allDates.filter((date) => date.soon),
    yearAgo: { ...yearAgo, notes: yearAgoNotes },
    questions: questionsToConsider(facts, { today, dismissed }),
    usualMinutes: usualOneOnOneMinutes(recentOneOnOnes, row.cadenceDays),
  };
}
