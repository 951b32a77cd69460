import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { addDays, format } from 'date-fns';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../src/core/db/migrations';
import { pick, seededId, seededRandom } from '../src/core/sample/seeded-random';
import { FIRST, LAST, ROLES, TEAMS } from '../src/core/sample/team-plans';
import { DATABASE_FILE } from '../src/core/tend';
import { NOTE_KINDS } from '../src/shared/notes';

/**
 * The search benchmark's data (issue 17): at 1× 60 people, 30,000 notes, 60,000 investments and
 * 2,500 journal days; 10× is ten times each. Notes are generated word by word (not picked from a
 * few sentences) so a term can be rare, medium or very common:
 * - "about" and "team" are in about a third of the notes (very common),
 * - "conference" in about 1 % (medium),
 * - "kilimanjaro" in 12 notes whatever the scale (rare),
 * - "launch plan" is a phrase in about 2 %.
 * Written at schema v8 with raw SQL (no index), so migration 009's build can be timed on it.
 */

export const SEARCH_SCALES = {
  '1×': { people: 60, notesEach: 500, investmentsEach: 1_000, journalDays: 2_500 },
  '10×': { people: 600, notesEach: 500, investmentsEach: 1_000, journalDays: 25_000 },
} as const;
export type SearchScale = keyof typeof SEARCH_SCALES;

const FILLER = (
  'we talked through the plan for next quarter and how the work is going she said he felt it was ' +
  'going well but the deadline worries them a little review design doc feedback mentor growth career ' +
  'goals release hiring onboarding roadmap quality testing incident support customer budget travel ' +
  'family health vacation weekend project migration platform rewrite interview rubric coaching ' +
  'promotion promo case level expectations strengths stretch ownership clarity priorities focus'
).split(' ');

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, FILLER));
  return out.join(' ');
}

function noteBody(random: () => number): string {
  const parts = [sentence(random, 10 + Math.floor(random() * 20))];
  if (random() < 0.33) parts.push('talked about the');
  if (random() < 0.33) parts.push('team');
  if (random() < 0.01) parts.push('conference');
  if (random() < 0.02) parts.push('the launch plan');
  parts.push(sentence(random, 5 + Math.floor(random() * 10)));
  return parts.join(' ') + '.';
}

export interface SearchDataset {
  databaseFile: string;
  dataDir: string;
  personIds: string[];
}

/** Builds the dataset at schema v8 in a new folder; the caller runs migration 009 on it. */
export function writeSearchDataset(scale: SearchScale, today: Date, root = mkdtempSync(join(tmpdir(), 'tend-search-bench-'))): SearchDataset {
  const shape = SEARCH_SCALES[scale];
  const dataDir = join(root, scale === '1×' ? '1x' : '10x');
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const random = seededRandom(17);
  const db = new BetterSqlite3(databaseFile);
  const day = (daysAgo: number) => format(addDays(today, -daysAgo), 'yyyy-MM-dd');
  const personIds: string[] = [];
  try {
    // Generation is not measured: no journal while writing, WAL (as the app runs it) once written.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, 8)) db.exec(migration.up);
      db.pragma('user_version = 8');
    })();
    const person = db.prepare(`INSERT INTO people (id, name, role, team, cadence_days, created_at, updated_at) VALUES (?, ?, ?, ?, 7, ?, ?)`);
    const note = db.prepare(`INSERT INTO notes (id, person_id, kind, body, noted_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const investment = db.prepare(
      `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at) VALUES (?, ?, ?, 30, 'check_in', ?, ?, ?)`,
    );
    const journal = db.prepare(`INSERT INTO journal_entries (id, day, body, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`);
    const at = today.toISOString();
    db.transaction(() => {
      for (let i = 0; i < shape.people; i++) {
        const id = seededId(random);
        personIds.push(id);
        person.run(id, `${FIRST[i % FIRST.length]} ${LAST[(i * 5 + Math.floor(i / LAST.length)) % LAST.length]} ${i + 1}`, pick(random, ROLES), pick(random, TEAMS), at, at);
        for (let n = 0; n < shape.notesEach; n++) {
          const created = new Date(today.getTime() - (shape.notesEach - n) * 60_000).toISOString();
          note.run(seededId(random), id, pick(random, NOTE_KINDS), noteBody(random), day(Math.floor((shape.notesEach - n) * 5 * random())), created, created);
        }
        for (let n = 0; n < shape.investmentsEach; n++) {
          const text = random() < 0.3 ? sentence(random, 6) : null;
          investment.run(seededId(random), id, day(Math.floor(random() * 2_000)), text, at, at);
        }
      }
      // The rare term: a dozen notes, whatever the scale.
      for (let n = 0; n < 12; n++) {
        note.run(seededId(random), pick(random, personIds), 'other', `Climbing kilimanjaro next year, ${sentence(random, 8)}`, day(n * 97), at, at);
      }
      for (let d = 0; d < shape.journalDays; d++) journal.run(seededId(random), day(d), `${noteBody(random)}\n\n${noteBody(random)}`, at, at);
    })();
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  return { databaseFile, dataDir, personIds };
}
