import { INVESTMENT_KINDS } from '../../shared/investments';
import { NOTE_KINDS } from '../../shared/notes';
import { shiftDay } from '../calendar/local-days';
import type { Database } from '../db/database';
import { pick, seededId, seededRandom } from './seeded-random';
import type { PersonPlan } from './team-plans';

/** How much history each person gets. */
export interface HistoryShape {
  investmentsPerPerson: number;
  commitmentsPerPerson: number;
  notesPerPerson: number;
  /** How far back the history reaches, in days. */
  spanDays: number;
}

export const SAMPLE_SHAPE: HistoryShape = { investmentsPerPerson: 24, commitmentsPerPerson: 4, notesPerPerson: 3, spanDays: 180 };

export const MATTERS = [
  ['Being home for bedtime', 'Two small kids; evenings are theirs'],
  ['Clear priorities', 'Context switching drains them'],
  ['Recognition in front of the team', 'Felt overlooked at the last company'],
  ['Learning Rust', 'Wants to move closer to systems work'],
  ['Flexible Fridays', 'Cares for a parent'],
] as const;
export const NOTES = [
  'Talked through the **launch plan**; worried about the QA window.',
  'Great demo today — the team noticed. Tell them specifically what worked.',
  'Seemed tired. Asked about the move; it is stressful but on track.',
  'Wants more ownership of the roadmap. Try giving them the Q1 planning doc.',
  'Feedback: interrupts in design reviews. Agreed to try a *parking lot* list.',
];
const INVESTMENT_NOTES = ['Walked through the promo case.', 'Unblocked the release plan together.', 'Talked about their move.', null, null, null];
const PROMISES = ['Send the conference budget link', 'Intro to the data platform lead', 'Review their design doc', 'Ask about the training budget', 'Share the Q1 planning doc'];
const ASKS = ['Draft the on-call rota', 'Write up the incident review', 'Pick a mentor from the list', 'Send the hiring rubric feedback'];
const POINTS = ['How is the new team settling in?', 'Feedback from the design review', 'Conference talk proposal', 'Career ladder: next level expectations', 'Holiday cover plan'];

/** An instant on a local day, a second apart per record, so created-at order follows writing order. */
function at(day: string, second: number): string {
  return new Date(Date.parse(`${day}T12:00:00.000Z`) + second * 1000).toISOString();
}

/**
 * Writes a team with its history straight into the tables (one prepared statement per table): the
 * caller wraps it in one transaction. `today` is the local day everything is counted back from.
 */
export function writeTeam(db: Database, plans: readonly PersonPlan[], shape: HistoryShape, options: { today: string; seed: number; isSample: boolean }): string[] {
  const random = seededRandom(options.seed);
  const { today } = options;
  let tick = 0;
  const ids: string[] = [];
  for (const plan of plans) {
    const personId = seededId(random);
    ids.push(personId);
    const added = shiftDay(today, -plan.addedAgo);
    const addedAt = at(added, tick++);
    // "Started" a year-ish before being added, on a day well away from today (no surprise anniversary this week).
    const startedOn = shiftDay(today, -(plan.addedAgo + 200 + Math.floor(random() * 120)));
    db.run(
      `INSERT INTO people (id, name, preferred_name, role, team, started_on, cadence_days, max_days, snoozed_until, is_sample, created_at, updated_at)
       VALUES (:id, :name, :preferredName, :role, :team, :startedOn, :cadenceDays, :maxDays, :snoozedUntil, :isSample, :at, :at)`,
      {
        id: personId,
        name: plan.name,
        preferredName: plan.preferredName,
        role: plan.role,
        team: plan.team,
        startedOn,
        cadenceDays: plan.cadenceDays,
        maxDays: plan.maxDays,
        snoozedUntil: plan.snoozeFor === null ? null : shiftDay(today, plan.snoozeFor),
        isSample: options.isSample ? 1 : 0,
        at: addedAt,
      },
    );
    const [what, why] = pick(random, MATTERS);
    db.run(`INSERT INTO matters (id, person_id, what, why, noted_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      seededId(random), personId, what, why, added, addedAt, addedAt,
    ]);
    db.run(
      `INSERT INTO goals (id, person_id, kind, sphere, title, status, created_at, updated_at) VALUES (?, ?, 'goal', 'professional', 'Grow into a tech lead role', 'active', ?, ?)`,
      [seededId(random), personId, addedAt, addedAt],
    );
    db.run(`INSERT INTO personal_details (id, person_id, kind, name, created_at, updated_at) VALUES (?, ?, 'hobby', ?, ?, ?)`, [
      seededId(random), personId, pick(random, ['Bouldering', 'Sourdough', 'Chess', 'Trail running']), addedAt, addedAt,
    ]);
    const birthday = `1990${shiftDay(today, plan.birthdayIn).slice(4)}`;
    db.run(
      `INSERT INTO important_dates (id, person_id, kind, title, on_date, yearly, days_ahead, created_at, updated_at) VALUES (?, ?, 'birthday', 'Birthday', ?, 1, 7, ?, ?)`,
      [seededId(random), personId, birthday === '1990-02-29' ? '1992-02-29' : birthday, addedAt, addedAt],
    );
    if (plan.familyBirthdayIn !== null) {
      db.run(
        `INSERT INTO personal_details (id, person_id, kind, name, relation, birthday, created_at, updated_at) VALUES (?, ?, 'family', 'Maya', 'daughter', ?, ?, ?)`,
        [seededId(random), personId, `2019${shiftDay(today, plan.familyBirthdayIn).slice(4)}`.replace('2019-02-29', '2019-02-28'), addedAt, addedAt],
      );
    }
    const history = Math.min(shape.spanDays, plan.addedAgo);
    for (let n = 0; n < shape.notesPerPerson; n++) {
      const day = shiftDay(today, -Math.floor(random() * Math.min(60, history)));
      const created = at(day, tick++);
      db.run(`INSERT INTO notes (id, person_id, kind, body, noted_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
        seededId(random), personId, pick(random, NOTE_KINDS), pick(random, NOTES), day, created, created,
      ]);
    }
    if (plan.lastAgo !== null) {
      const gap = Math.max(1, (history - plan.lastAgo) / shape.investmentsPerPerson);
      for (let n = 0; n < shape.investmentsPerPerson; n++) {
        const ago = plan.lastAgo + Math.floor(n * gap);
        if (ago > history) break;
        const day = shiftDay(today, -ago);
        const created = at(day, tick++);
        db.run(
          `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [seededId(random), personId, day, pick(random, [15, 20, 30, 30, 45, 60, 90]), pick(random, INVESTMENT_KINDS), pick(random, INVESTMENT_NOTES), created, created],
        );
      }
    }
    const insertCommitment = (c: { owner: 'me' | 'them'; text: string; madeAgo: number; dueAgo: number | null; status: 'open' | 'done' | 'dropped'; closedAgo?: number }) => {
      const madeOn = shiftDay(today, -c.madeAgo);
      const created = at(madeOn, tick++);
      const closedOn = c.closedAgo === undefined ? null : shiftDay(today, -c.closedAgo);
      db.run(
        `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, done_on, dropped_on, drop_reason, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          seededId(random), personId, c.text, c.owner, c.dueAgo === null ? null : shiftDay(today, -c.dueAgo), c.status, madeOn,
          c.status === 'done' ? closedOn : null, c.status === 'dropped' ? closedOn : null,
          c.status === 'dropped' ? 'No longer needed after the reorg' : null, created, created,
        ],
      );
    };
    // History: most promises and asks were kept, a few dropped; the newest one or two still open, due ahead.
    for (let n = 0; n < shape.commitmentsPerPerson; n++) {
      const madeAgo = Math.max(1, Math.floor(((n + 1) / shape.commitmentsPerPerson) * history));
      const owner = random() < 0.6 ? 'me' : 'them';
      const text = pick(random, owner === 'me' ? PROMISES : ASKS);
      if (n === 0) insertCommitment({ owner, text, madeAgo: 1, dueAgo: -(3 + Math.floor(random() * 10)), status: 'open' });
      else insertCommitment({ owner, text, madeAgo, dueAgo: madeAgo - 7, status: random() < 0.85 ? 'done' : 'dropped', closedAgo: Math.max(0, madeAgo - 5) });
    }
    if (plan.overduePromiseAgo !== null) {
      insertCommitment({ owner: 'me', text: PROMISES[0] as string, madeAgo: plan.overduePromiseAgo + 7, dueAgo: plan.overduePromiseAgo, status: 'open' });
    }
    if (plan.overdueAskAgo !== null) {
      insertCommitment({ owner: 'them', text: ASKS[0] as string, madeAgo: plan.overdueAskAgo + 10, dueAgo: plan.overdueAskAgo, status: 'open' });
    }
    const points = Math.floor(random() * 3) + 1;
    for (let n = 0; n < points + 1; n++) {
      const day = shiftDay(today, -Math.min(history, 14 - n));
      const created = at(day, tick++);
      // The first point was raised at an earlier one-on-one; the rest are queued for the next.
      db.run(
        `INSERT INTO talking_points (id, person_id, text, position, discussed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [seededId(random), personId, POINTS[n % POINTS.length] as string, n, n === 0 ? shiftDay(day, 1) : null, created, created],
      );
    }
  }
  return ids;
}
