import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createGoalsService } from '../../../src/core/goals/goals-service';
import { createNotesService } from '../../../src/core/notes/notes-service';
import { createPeopleService } from '../../../src/core/people/people-service';
import { TIMELINE_SOURCES } from '../../../src/core/timeline/sources';
import { createTimelineService } from '../../../src/core/timeline/timeline-service';
import { timelineSource } from '../../../src/core/timeline/timeline-source';
import { GoalSaveInput, ProgressSaveInput } from '../../../src/shared/goals';
import { NoteSaveInput, type Note } from '../../../src/shared/notes';
import { PersonSaveInput } from '../../../src/shared/people';
import { TIMELINE_KINDS, TimelinePageInput, type TimelineCursor, type TimelineItem } from '../../../src/shared/timeline';
import { openMigratedDatabase } from '../../fixtures/migrated-database';

/**
 * A source as a later feature would add one: its own table and index, one module, one line in the
 * list. It reuses the `note` item shape so the test needs no new contract type.
 */
const IMPORTED_NOTES = `
  CREATE TABLE imported_notes (id TEXT PRIMARY KEY, person_id TEXT NOT NULL, body TEXT NOT NULL,
    on_day TEXT NOT NULL, written_at TEXT NOT NULL) STRICT;
  CREATE INDEX imported_timeline ON imported_notes (person_id, on_day DESC, written_at DESC, id DESC);`;

const importedSource = timelineSource({
  kind: 'note',
  sql: (olderThanCursor) => `
    SELECT id, person_id AS personId, body, on_day AS day, written_at AS writtenAt FROM imported_notes
    WHERE person_id = :personId ${olderThanCursor('on_day', 'written_at', 'id')}
    ORDER BY on_day DESC, written_at DESC, id DESC LIMIT :limit`,
  toItem: (row: { id: string; personId: string; body: string; day: string; writtenAt: string }) => {
    const { id, personId, day, writtenAt } = row;
    const body = `imported: ${row.body}`;
    const note: Note = { id, personId, kind: 'other', body, notedOn: day, mood: null, energy: null, createdAt: writtenAt, updatedAt: writtenAt };
    return { type: 'note', id, day, createdAt: writtenAt, note };
  },
});

/** Notes, progress and imported notes for one person, one a day through October, each written a second apart. */
async function setUp() {
  const { db, clock } = await openMigratedDatabase('tend-timeline-sources');
  db.exec(IMPORTED_NOTES);
  const people = createPeopleService(db, clock);
  const notes = createNotesService(db, clock, people);
  const goals = createGoalsService(db, clock, people);
  const person = people.save(v.parse(PersonSaveInput, { name: 'Priya Raman' }));
  const goal = goals.save(v.parse(GoalSaveInput, { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Lead' }));
  const newestLast: string[] = [];
  for (let day = 1; day <= 30; day++) {
    const notedOn = `2026-10-${String(day).padStart(2, '0')}`;
    clock.advance(1000);
    const body = `${['note', 'progress', 'imported'][day % 3]} ${day}`;
    if (day % 3 === 0) notes.save(v.parse(NoteSaveInput, { personId: person.id, body, notedOn }));
    else if (day % 3 === 1) goals.saveProgress(v.parse(ProgressSaveInput, { goalId: goal.id, body, notedOn }));
    else {
      db.run(`INSERT INTO imported_notes VALUES (:id, :personId, :body, :day, :at)`, {
        id: `00000000-0000-4000-8000-0000000000${String(day).padStart(2, '0')}`,
        personId: person.id,
        body,
        day: notedOn,
        at: clock().toISOString(),
      });
    }
    newestLast.push(day % 3 === 2 ? `imported: ${body}` : body);
  }
  return { db, person, newestFirst: newestLast.toReversed() };
}

const bodyOf = (item: TimelineItem) => (item.type === 'note' ? item.note.body : item.type === 'progress' ? item.progress.body : item.type === 'journal' ? item.body : item.type);

describe('timeline sources', () => {
  it('registers exactly one source per timeline kind, under its own kind', () => {
    expect(Object.keys(TIMELINE_SOURCES).sort()).toEqual([...TIMELINE_KINDS].sort());
    for (const [kind, source] of Object.entries(TIMELINE_SOURCES)) expect(source.kind).toBe(kind);
  });

  it('merges every registered source newest first and pages across them without gaps or repeats', async () => {
    const { db, person, newestFirst } = await setUp();
    const timeline = createTimelineService(db, [...Object.values(TIMELINE_SOURCES), importedSource]);
    const seen: string[] = [];
    let before: TimelineCursor | null = null;
    let pages = 0;
    do {
      const page = timeline.page(v.parse(TimelinePageInput, { personId: person.id, limit: 4, before }));
      seen.push(...page.items.map(bodyOf));
      before = page.nextCursor;
      pages += 1;
    } while (before);
    expect(seen).toEqual(newestFirst);
    expect(pages).toBe(8);
  });

  it('reads only the sources of the kinds asked for, once each', async () => {
    const { db, person, newestFirst } = await setUp();
    const timeline = createTimelineService(db, [...Object.values(TIMELINE_SOURCES), importedSource]);
    const progress = timeline.page(v.parse(TimelinePageInput, { personId: person.id, kinds: ['progress', 'progress'] }));
    expect(progress.items.map(bodyOf)).toEqual(newestFirst.filter((body) => body.startsWith('progress')));
    const notes = timeline.page(v.parse(TimelinePageInput, { personId: person.id, kinds: ['note'] }));
    expect(notes.items.map(bodyOf)).toEqual(newestFirst.filter((body) => !body.startsWith('progress')));
  });
});
