import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, type Tend } from '../../../src/core/tend';
import type { Result } from '../../../src/shared/result';
import type { SearchKind } from '../../../src/shared/search';
import { expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

/** The kinds and record ids a word finds, archived people's included. */
async function found(tend: Tend, word: string): Promise<string[]> {
  const result = expectOk(await tend.dispatch('search.query', { query: `"${word}" archived`, limit: 100 }));
  return result.hits.map((hit) => `${hit.kind}:${hit.id}`);
}

interface Saved {
  id: string;
  updatedAt: string;
}

interface KindCase {
  kind: SearchKind;
  /** Writes a record holding `word`; returns its id and version. */
  create(tend: Tend, personId: string, word: string): Promise<Saved>;
  /** Rewrites the record so it holds `word` instead (an edit names the version it changes). */
  edit(tend: Tend, saved: Saved, personId: string, word: string): Promise<void>;
  remove(tend: Tend, id: string): Promise<void>;
}

const ok = async <T>(p: Promise<Result<T>>) => expectOk(await p);

const CASES: KindCase[] = [
  {
    kind: 'note',
    create: async (tend, personId, word) => (await ok(tend.dispatch('notes.save', { personId, body: `About ${word}` }))),
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('notes.save', { id, expectedUpdatedAt: updatedAt, personId, body: `About ${word}` }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('notes.delete', { id }))),
  },
  {
    kind: 'matter',
    create: async (tend, personId, word) => (await ok(tend.dispatch('matters.save', { personId, what: 'Family', why: word }))),
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('matters.save', { id, expectedUpdatedAt: updatedAt, personId, what: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('matters.delete', { id }))),
  },
  {
    kind: 'goal',
    create: async (tend, personId, word) =>
      (await ok(tend.dispatch('goals.save', { personId, kind: 'goal', sphere: 'professional', title: 'Grow', detail: word }))),
    edit: async (tend, { id, updatedAt }, personId, word) =>
      void (await ok(tend.dispatch('goals.save', { id, expectedUpdatedAt: updatedAt, personId, kind: 'goal', sphere: 'professional', title: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('goals.delete', { id }))),
  },
  {
    kind: 'detail',
    create: async (tend, personId, word) => (await ok(tend.dispatch('details.save', { personId, kind: 'pet', name: 'Biscuit', note: word }))),
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('details.save', { id, expectedUpdatedAt: updatedAt, personId, kind: 'pet', name: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('details.delete', { id }))),
  },
  {
    kind: 'date',
    create: async (tend, personId, word) => {
      const saved = await ok(tend.dispatch('dates.save', { personId, title: word, on: '2026-12-01' }));
      // Only derived dates (anniversaries, family birthdays) have no version; a saved one always does.
      if (saved.updatedAt === null) throw new Error('a saved date has a version');
      return { id: saved.id, updatedAt: saved.updatedAt };
    },
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('dates.save', { id, expectedUpdatedAt: updatedAt, personId, title: 'Moved', on: '2026-12-02', note: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('dates.delete', { id }))),
  },
  {
    kind: 'commitment',
    create: async (tend, personId, word) => (await ok(tend.dispatch('commitments.save', { personId, text: `Send ${word}` }))),
    // Dropping with a reason is an edit too: the reason is searchable.
    edit: async (tend, { id }, _personId, word) => void (await ok(tend.dispatch('commitments.drop', { id, reason: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('commitments.delete', { id }))),
  },
  {
    kind: 'talking_point',
    create: async (tend, personId, word) => (await ok(tend.dispatch('talkingPoints.save', { personId, text: word }))),
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('talkingPoints.save', { id, expectedUpdatedAt: updatedAt, personId, text: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('talkingPoints.delete', { id }))),
  },
  {
    kind: 'investment',
    create: async (tend, personId, word) => (await ok(tend.dispatch('investments.log', { personId, minutes: 30, note: word }))),
    edit: async (tend, { id, updatedAt }, personId, word) => void (await ok(tend.dispatch('investments.log', { id, expectedUpdatedAt: updatedAt, personId, minutes: 30, note: word }))),
    remove: async (tend, id) => void (await ok(tend.dispatch('investments.delete', { id }))),
  },
];

describe('the search index stays in step with every write', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s: create, edit, delete and undo (saved again)', async (_kind, c) => {
    const { tend, person } = await withPerson();
    const saved = await c.create(tend, person.id, 'quokka');
    const { id } = saved;
    expect(await found(tend, 'quokka')).toEqual([`${c.kind}:${id}`]);

    await c.edit(tend, saved, person.id, 'wombat');
    expect(await found(tend, 'wombat')).toEqual([`${c.kind}:${id}`]);
    if (c.kind !== 'commitment') {
      expect(await found(tend, 'quokka')).toEqual([]);
    }

    await c.remove(tend, id);
    expect(await found(tend, 'wombat')).toEqual([]);
    expect(await found(tend, 'quokka')).toEqual([]);

    // Undo of a delete saves the record again, the way the renderer's Undo does.
    const again = await c.create(tend, person.id, 'quokka');
    expect(await found(tend, 'quokka')).toEqual([`${c.kind}:${again.id}`]);
  });

  it('progress notes: create, edit, delete; hits name the goal that opens', async () => {
    const { tend, person } = await withPerson();
    const goal = await ok(tend.dispatch('goals.save', { personId: person.id, kind: 'challenge', sphere: 'personal', title: 'Sleep' }));
    const progress = (await ok(tend.dispatch('progress.save', { goalId: goal.id, body: 'Tried the quokka method' }))).progress[0]!;
    const result = await ok(tend.dispatch('search.query', { query: 'quokka' }));
    expect(result.hits.map((h) => [h.kind, h.id, h.goalId])).toEqual([['progress', progress.id, goal.id]]);
    await ok(tend.dispatch('progress.save', { id: progress.id, expectedUpdatedAt: progress.updatedAt, goalId: goal.id, body: 'Tried the wombat method' }));
    expect(await found(tend, 'quokka')).toEqual([]);
    expect(await found(tend, 'wombat')).toEqual([`progress:${progress.id}`]);
    await ok(tend.dispatch('goals.delete', { id: goal.id }));
    expect(await found(tend, 'wombat')).toEqual([]);
  });

  it('journal entries: saved, rewritten, and cleared to nothing', async () => {
    const { tend } = await withPerson();
    await ok(tend.dispatch('journal.save', { day: '2026-11-20', body: 'A quokka of a day', revision: 1 }));
    const entry = await ok(tend.dispatch('search.query', { query: 'quokka' }));
    expect(entry.hits.map((h) => [h.kind, h.day, h.person])).toEqual([['journal', '2026-11-20', null]]);
    await ok(tend.dispatch('journal.save', { day: '2026-11-20', body: 'A wombat of a day', revision: 2 }));
    expect(await found(tend, 'quokka')).toEqual([]);
    expect(await found(tend, 'wombat')).toHaveLength(1);
    await ok(tend.dispatch('journal.save', { day: '2026-11-20', body: '', revision: 3 }));
    expect(await found(tend, 'wombat')).toEqual([]);
  });

  it('people: name, preferred name, role and pronunciation; a rename is found at once', async () => {
    const { tend, person } = await withPerson('Zoë Quokka');
    expect(await found(tend, 'zoe')).toEqual([`person:${person.id}`]);
    await ok(tend.dispatch('people.save', { id: person.id, expectedUpdatedAt: person.updatedAt, name: 'Zoë Wombat', preferredName: 'Zo', role: 'Staff engineer', pronunciation: 'ZOH-ee' }));
    expect(await found(tend, 'quokka')).toEqual([]);
    for (const word of ['wombat', 'staff', 'zoh']) expect(await found(tend, word)).toEqual([`person:${person.id}`]);
  });

  it('archiving hides a person\'s records behind the filter; restoring (its Undo) brings them back', async () => {
    const { tend, person } = await withPerson('Sam Rivera');
    await ok(tend.dispatch('notes.save', { personId: person.id, body: 'quokka' }));
    await ok(tend.dispatch('people.archive', { id: person.id }));
    expect((await ok(tend.dispatch('search.query', { query: 'quokka' }))).hits).toEqual([]);
    const behindFilter = await ok(tend.dispatch('search.query', { query: 'quokka archived' }));
    expect(behindFilter.hits.map((h) => h.person)).toEqual([{ id: person.id, name: 'Sam Rivera', archived: true }]);
    expect((await ok(tend.dispatch('search.query', { query: 'quokka', filters: { includeArchived: true } }))).hits).toHaveLength(1);
    // Naming the person is asking for them.
    expect((await ok(tend.dispatch('search.query', { query: 'quokka person:sam' }))).hits).toHaveLength(1);
    await ok(tend.dispatch('people.restore', { id: person.id }));
    expect((await ok(tend.dispatch('search.query', { query: 'quokka' }))).hits).toHaveLength(1);
  });

  it('a deleted person: nothing of theirs can be found, by any word or filter', async () => {
    const { tend, person } = await withPerson('Sam Quokka');
    const other = await ok(tend.dispatch('people.save', { name: 'Priya Raman' }));
    const personId = person.id;
    for (const c of CASES) await c.create(tend, personId, 'quokka');
    const goal = await ok(tend.dispatch('goals.save', { personId, kind: 'goal', sphere: 'personal', title: 'Run' }));
    await ok(tend.dispatch('progress.save', { goalId: goal.id, body: 'quokka pace' }));
    await ok(tend.dispatch('notes.save', { personId: other.id, body: 'quokka too' }));
    expect((await found(tend, 'quokka')).length).toBe(CASES.length + 3);

    await ok(tend.dispatch('people.delete', { id: personId, confirmName: 'Sam Quokka' }));
    const left = await ok(tend.dispatch('search.query', { query: 'quokka archived', limit: 100 }));
    expect(left.hits.map((h) => h.person?.id)).toEqual([other.id]);
    const browse = await ok(tend.dispatch('search.query', { query: 'archived', limit: 100 }));
    expect(browse.hits.some((h) => h.person?.id === personId || h.id === personId)).toBe(false);
  });

  it('an import (replace) and a restore from backup leave the index matching the data', async () => {
    const { tend, person } = await withPerson();
    await ok(tend.dispatch('notes.save', { personId: person.id, body: 'quokka before the backup' }));
    const exported = await ok(tend.dispatch('archive.export', { format: 'json' }));
    const backup = await ok(tend.dispatch('backup.create', {}));
    await ok(tend.dispatch('notes.save', { personId: person.id, body: 'wombat after the backup' }));
    expect(await found(tend, 'wombat')).toHaveLength(1);

    await ok(tend.dispatch('backup.restore', { file: backup.file }));
    expect(await found(tend, 'wombat')).toEqual([]);
    expect(await found(tend, 'quokka')).toHaveLength(1);

    await ok(tend.dispatch('notes.save', { personId: person.id, body: 'wombat again' }));
    // The replace removes the note written since the export, and says so first.
    const preview = await ok(tend.dispatch('archive.previewImport', { source: { path: exported.path } }));
    expect(preview.removedByReplace).toBe(1);
    await ok(tend.dispatch('archive.import', { source: { path: exported.path }, mode: 'replace', confirmRemoved: 1 }));
    expect(await found(tend, 'wombat')).toEqual([]);
    expect(await found(tend, 'quokka')).toHaveLength(1);
    await ok(tend.dispatch('archive.import', { source: { path: exported.path }, mode: 'merge' }));
    expect(await found(tend, 'quokka')).toHaveLength(1);
  });
});

describe('the insert triggers (020-search-insert-triggers.ts)', () => {
  it('give each document its text at its own rowid, several on one day, and skip what has nothing to find', async () => {
    const { tend, person, dataDir } = await withPerson();
    const first = await ok(tend.dispatch('notes.save', { personId: person.id, body: 'First okapi' }));
    const second = await ok(tend.dispatch('notes.save', { personId: person.id, body: 'Second okapi' }));
    await ok(tend.dispatch('investments.log', { personId: person.id, minutes: 30 }));
    await ok(tend.dispatch('investments.log', { personId: person.id, minutes: 15, note: 'Okapi walk' }));
    // Findable at once after each save, newest first.
    expect(await found(tend, 'okapi')).toEqual([expect.stringMatching(/^investment:/), `note:${second.id}`, `note:${first.id}`]);

    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const rows = raw
        .prepare(`SELECT d.kind, t.text FROM search_docs d LEFT JOIN search_text t ON t.rowid = d.id WHERE d.kind IN ('note', 'investment') ORDER BY d.id`)
        .all();
      expect(rows).toEqual([
        { kind: 'note', text: 'First okapi' },
        { kind: 'note', text: 'Second okapi' },
        { kind: 'investment', text: 'Okapi walk' },
      ]);
    } finally {
      raw.close();
    }
  });
});
