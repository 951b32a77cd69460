import { INVESTMENT_KINDS, type InvestmentKind } from '../../shared/investments';
import { callName } from '../../shared/call-name';
import type {
  EvidenceCommitment,
  EvidenceGoalClosed,
  EvidenceJournalLine,
  EvidenceMatter,
  EvidenceNote,
  EvidencePack,
  EvidenceProgress,
  EvidenceRecognition,
  EvidenceTimeByKind,
} from '../../shared/evidence';
import { localDayOf } from '../calendar/local-days';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { mentionParser, type MentionPerson } from '../journal/mentions';
import { linesMentioning } from './journal-lines';

interface PersonRow {
  id: string;
  name: string;
  preferredName: string | null;
  role: string | null;
  archived: number;
}

/** Feedback notes of one kind in the period, oldest first (on notes_timeline). */
function feedbackOf(db: Database, personId: string, kind: string, from: string, to: string): EvidenceNote[] {
  return db.all<EvidenceNote>(
    `SELECT id, noted_on AS day, body FROM notes WHERE person_id = ? AND noted_on BETWEEN ? AND ? AND kind = ?
     ORDER BY noted_on, created_at, id`,
    [personId, from, to, kind],
  );
}

function closedGoalsOf(db: Database, personId: string, from: string, to: string): EvidenceGoalClosed[] {
  // The day it closed is the progress note that moved it to its status; a goal set to achieved in its
  // own form has no such note, and its last edit is the only day there is.
  const rows = db.all<{ id: string; kind: EvidenceGoalClosed['kind']; title: string; status: EvidenceGoalClosed['status']; updatedAt: string; closedOn: string | null }>(
    `SELECT g.id, g.kind, g.title, g.status, g.updated_at AS updatedAt,
            (SELECT max(p.noted_on) FROM progress_notes p WHERE p.goal_id = g.id AND p.status = g.status) AS closedOn
     FROM goals g WHERE g.person_id = ? AND g.status IN ('achieved', 'resolved')`,
    [personId],
  );
  return rows
    .map((row) => ({
      id: row.id,
      day: row.closedOn ?? localDayOf(new Date(row.updatedAt)),
      kind: row.kind,
      title: row.title,
      status: row.status,
      source: row.closedOn === null ? ('goal' as const) : ('progress' as const),
    }))
    .filter((goal) => goal.day >= from && goal.day <= to)
    .sort((a, b) => a.day.localeCompare(b.day) || a.title.localeCompare(b.title));
}

function keptCommitmentsOf(db: Database, personId: string, from: string, to: string): EvidenceCommitment[] {
  return db
    .all<Omit<EvidenceCommitment, 'onTime'>>(
      `SELECT id, owner, text, made_on AS madeOn, due_on AS dueOn, done_on AS doneOn
       FROM commitments INDEXED BY commitments_done WHERE person_id = ? AND done_on BETWEEN ? AND ?
       ORDER BY done_on, created_at, id`,
      [personId, from, to],
    )
    .map((row) => ({ ...row, onTime: row.dueOn === null ? null : row.doneOn <= row.dueOn }));
}

function timeByKindOf(db: Database, personId: string, from: string, to: string): EvidencePack['time'] {
  const rows = db.all<{ kind: InvestmentKind; minutes: number; times: number }>(
    `SELECT kind, sum(minutes) AS minutes, count(*) AS times FROM investments
     WHERE person_id = ? AND day BETWEEN ? AND ? GROUP BY kind`,
    [personId, from, to],
  );
  const byKind: EvidenceTimeByKind[] = INVESTMENT_KINDS.flatMap((kind) => rows.filter((row) => row.kind === kind));
  return { totalMinutes: byKind.reduce((sum, row) => sum + row.minutes, 0), byKind };
}

function journalLinesOf(db: Database, person: PersonRow, from: string, to: string): EvidenceJournalLine[] {
  const entries = db.all<{ entryId: string; day: string; body: string }>(
    `SELECT e.id AS entryId, e.day, e.body FROM journal_mentions m JOIN journal_entries e ON e.id = m.entry_id
     WHERE m.person_id = ? AND m.day BETWEEN ? AND ? AND m.intention = 0 AND e.body <> '' ORDER BY m.day`,
    [person.id, from, to],
  );
  if (entries.length === 0) return [];
  // Names resolve among the people the journal resolved them against when it was saved: the
  // active team, or the archived people for someone archived (journal-service.ts).
  const people = db.all<MentionPerson>(`SELECT id, name, preferred_name AS preferredName FROM people WHERE (archived_at IS NOT NULL) = ?`, [
    person.archived,
  ]);
  const parse = mentionParser(people);
  return entries.flatMap((entry) => linesMentioning(entry.body, person.id, parse).map((line) => ({ entryId: entry.entryId, day: entry.day, line })));
}

/**
 * Everything in one person's evidence pack for the days `from`–`to` (inclusive). Call inside one read
 * transaction (`db.readConsistently`) so every section comes from the same snapshot.
 */
export function readEvidence(db: Database, personId: string, from: string, to: string): EvidencePack {
  const person = db.get<PersonRow>(
    `SELECT id, name, preferred_name AS preferredName, role, archived_at IS NOT NULL AS archived FROM people WHERE id = ?`,
    [personId],
  );
  if (!person) throw notFound('That person', 'personId');

  const recognition = db.all<EvidenceRecognition>(
    `SELECT id, day, minutes, note FROM investments WHERE person_id = ? AND day BETWEEN ? AND ? AND kind = 'recognition'
     ORDER BY day, created_at, id`,
    [personId, from, to],
  );
  const progress = db.all<EvidenceProgress>(
    `SELECT p.id, p.noted_on AS day, p.goal_id AS goalId, g.title AS goalTitle, p.body
     FROM progress_notes p JOIN goals g ON g.id = p.goal_id
     WHERE p.person_id = ? AND p.noted_on BETWEEN ? AND ? ORDER BY p.noted_on, p.created_at, p.id`,
    [personId, from, to],
  );
  const matters = db.all<EvidenceMatter>(
    `SELECT id, noted_on AS day, what, why FROM matters WHERE person_id = ? ORDER BY noted_on, created_at, id`,
    [personId],
  );
  const kept = keptCommitmentsOf(db, personId, from, to);

  return {
    person: { id: person.id, name: person.name, callName: callName(person), role: person.role },
    from,
    to,
    feedback: {
      praise: feedbackOf(db, personId, 'feedback_praise', from, to),
      constructive: feedbackOf(db, personId, 'feedback_constructive', from, to),
    },
    recognition,
    goals: { closed: closedGoalsOf(db, personId, from, to), progress },
    commitments: { mine: kept.filter((c) => c.owner === 'me'), theirs: kept.filter((c) => c.owner === 'them') },
    matters,
    time: timeByKindOf(db, personId, from, to),
    journal: journalLinesOf(db, person, from, to),
  };
}
