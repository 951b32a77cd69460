import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { clockStartingAt } from '../src/core/clock';
import { openTend } from '../src/core/tend';
import { measurePair, measure } from './measure';
import { writeHistoryTeam } from './prep';
import type { Row } from './report';

/**
 * Issue 18: the evidence pack for one person over the last six months at 10× data, ≤ 50 ms. The team
 * is the prep bench's (ten people, five years each at ten times a typical rhythm) plus a journal
 * entry every day for five years that mentions the person on every other day.
 */
const TARGET_MS = 50;
const JOURNAL_DAYS = 5 * 365;
const RUNS = 60;
const NOW = new Date('2026-11-23T14:00:00Z');
const TODAY = '2026-11-23';
const FROM = '2026-05-23';

function writeJournal(db: BetterSqlite3.Database, personId: string, otherId: string): number {
  const start = addDays(NOW, -JOURNAL_DAYS);
  for (let d = 0; d < JOURNAL_DAYS; d++) {
    const day = format(addDays(start, d), 'yyyy-MM-dd');
    const entryId = randomUUID();
    const mentioned = d % 2 === 0 ? personId : otherId;
    const name = d % 2 === 0 ? 'Person 0' : 'Person 1';
    const body = `Busy day.\nTalked with @${name} about the launch and the QA window.\n- [x] reviewed the plan\nEvening: calm.`;
    const at = new Date(addDays(start, d).getTime()).toISOString();
    db.prepare(`INSERT INTO journal_entries (id, day, body, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`).run(entryId, day, body, at, at);
    db.prepare(`INSERT INTO journal_mentions (entry_id, person_id, day, intention) VALUES (?, ?, ?, 0)`).run(entryId, mentioned, day);
  }
  return JOURNAL_DAYS * 2;
}

/** Plain reads of the same sections (no mapping, no mention parsing): what the pack costs at the very least. */
function rawPack(db: BetterSqlite3.Database, personId: string): void {
  db.prepare(`SELECT * FROM notes WHERE person_id = ? AND noted_on BETWEEN ? AND ? AND kind IN ('feedback_praise', 'feedback_constructive')`).all(personId, FROM, TODAY);
  db.prepare(`SELECT * FROM investments WHERE person_id = ? AND day BETWEEN ? AND ? AND kind = 'recognition'`).all(personId, FROM, TODAY);
  db.prepare(`SELECT kind, sum(minutes), count(*) FROM investments WHERE person_id = ? AND day BETWEEN ? AND ? GROUP BY kind`).all(personId, FROM, TODAY);
  db.prepare(`SELECT * FROM progress_notes WHERE person_id = ? AND noted_on BETWEEN ? AND ?`).all(personId, FROM, TODAY);
  db.prepare(`SELECT * FROM goals WHERE person_id = ? AND status IN ('achieved', 'resolved')`).all(personId);
  db.prepare(`SELECT * FROM commitments WHERE person_id = ? AND done_on BETWEEN ? AND ?`).all(personId, FROM, TODAY);
  db.prepare(`SELECT * FROM matters WHERE person_id = ?`).all(personId);
  db.prepare(`SELECT e.body FROM journal_mentions m JOIN journal_entries e ON e.id = m.entry_id WHERE m.person_id = ? AND m.day BETWEEN ? AND ?`).all(personId, FROM, TODAY);
}

export async function benchEvidence(quick = false): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-bench-evidence-'));
  try {
    const { ids, rows } = await writeHistoryTeam(dataDir, (db, team) => writeJournal(db, team[0]!, team[1]!));

    const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(NOW) });
    const personId = ids[0]!;
    const first = await tend.dispatch('evidence.forPerson', { personId });
    if (!first.ok) throw new Error(first.error.message);
    const items = first.value.feedback.praise.length + first.value.feedback.constructive.length + first.value.recognition.length + first.value.goals.progress.length +
      first.value.commitments.mine.length + first.value.commitments.theirs.length + first.value.matters.length + first.value.journal.length;

    const reader = new BetterSqlite3(tend.databaseFile, { readonly: true });
    const runs = quick ? Math.ceil(RUNS / 4) : RUNS;
    const [pack, raw] = await measurePair(() => tend.dispatch('evidence.forPerson', { personId }), () => rawPack(reader, personId), runs);
    const markdown = await measure(() => tend.dispatch('evidence.markdown', { personId }), runs);
    const trends = await measure(() => tend.dispatch('personTrends.forPerson', { personId }), runs);
    reader.close();
    tend.close();

    return [
      {
        part: 'evidence',
        what: `evidence.forPerson, the last 6 months at 10× data (${rows.toLocaleString('en-US')} rows, team of ${ids.length}; ${items.toLocaleString('en-US')} items in the pack)`,
        unit: 'ms',
        value: pack,
        baseline: { what: 'raw SQL, same sections (no journal line parsing)', value: raw },
        goal: `median ≤ ${TARGET_MS} ms`,
        pass: pack.median <= TARGET_MS,
      },
      { part: 'evidence', what: 'evidence.markdown, the same pack', unit: 'ms', value: markdown, goal: 'informational', pass: null },
      { part: 'evidence', what: 'personTrends.forPerson, 26 weeks, the same person', unit: 'ms', value: trends, goal: 'informational', pass: null },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
