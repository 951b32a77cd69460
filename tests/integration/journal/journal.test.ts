import { describe, expect, it } from 'vitest';
import { JOURNAL_BODY_MAX } from '../../../src/shared/journal';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';

// Today is Monday 2026-11-23 in New York.
const TODAY = '2026-11-23';

async function journalWithTeam() {
  const t = await openTestTend();
  const add = async (name: string, preferredName: string | null = null) => expectOk(await t.tend.dispatch('people.save', { name, preferredName }));
  const sam = await add('Sam Lee');
  const priya = await add('Priya Raman');
  const zoe = await add('Zoë Adler');
  return { ...t, rows: sideConnection(t.tend), sam, priya, zoe };
}

describe('the journal autosave', () => {
  it('opening a day never creates an entry, and an empty text for a day without one writes nothing', async () => {
    const { tend, rows } = await journalWithTeam();
    expect(expectOk(await tend.dispatch('journal.get', { day: TODAY }))).toEqual({ day: TODAY, body: null, revision: 0, updatedAt: null, mentions: [] });
    const saved = expectOk(await tend.dispatch('journal.save', { day: TODAY, body: '  \n ', revision: 1 }));
    expect(saved).toMatchObject({ saved: false, body: null, revision: 0 });
    expect(rows.count('journal_entries')).toBe(0);
  });

  it('saves fired out of order end with the newest complete text, never a mix', async () => {
    const { tend } = await journalWithTeam();
    const texts = [1, 2, 3, 4, 5, 6].map((n) => `Revision ${n}: ${'word '.repeat(n * 200)}`);
    const order = [3, 1, 6, 2, 5, 4];
    const results = await Promise.all(order.map((n) => tend.dispatch('journal.save', { day: TODAY, body: texts[n - 1]!, revision: n })));
    const saved = results.map((r, i) => [order[i], expectOk(r).saved]);
    // 3 is first, 1 is older than it, 6 is newest; everything after 6 is stale.
    expect(saved).toEqual([[3, true], [1, false], [6, true], [2, false], [5, false], [4, false]]);
    for (const result of results) expect(expectOk(result).body).toBe(expectOk(result).revision === 3 ? texts[2] : texts[5]);

    const stored = expectOk(await tend.dispatch('journal.get', { day: TODAY }));
    expect(stored).toMatchObject({ body: texts[5], revision: 6 });
  });

  it('a cleared entry stays cleared when an older save arrives after it', async () => {
    const { tend, rows } = await journalWithTeam();
    expectOk(await tend.dispatch('journal.save', { day: TODAY, body: 'Hello', revision: 1 }));
    expect(expectOk(await tend.dispatch('journal.save', { day: TODAY, body: '', revision: 3 }))).toMatchObject({ saved: true, body: null });
    expect(expectOk(await tend.dispatch('journal.save', { day: TODAY, body: 'Hello again', revision: 2 }))).toMatchObject({ saved: false, body: null });
    expect(expectOk(await tend.dispatch('journal.get', { day: TODAY }))).toMatchObject({ body: null, revision: 3 });
    expect(expectOk(await tend.dispatch('journal.month', { month: '2026-11' })).days).toEqual([]);
    expect(rows.count('journal_entries')).toBe(1);
  });
});

describe('mentions', () => {
  it('links mentioned people (accents ignored), shows the entry on their timeline, and keeps intentions apart', async () => {
    const { tend, rows, sam, priya, zoe } = await journalWithTeam();
    const body = ['Lunch with @sam lee, then a walk with @Zoe.', '', '- [ ] call @Priya about the offsite', '', 'Mail me at me@Sam.com; `@Priya` in code.'].join('\n');
    const saved = expectOk(await tend.dispatch('journal.save', { day: TODAY, body, revision: 1 }));
    expect(saved.mentions.map((m) => [m.name, m.intention])).toEqual([
      ['Priya Raman', true],
      ['Sam Lee', false],
      ['Zoë Adler', false],
    ]);

    const samTimeline = expectOk(await tend.dispatch('timeline.page', { personId: sam.id }));
    expect(samTimeline.items).toMatchObject([{ type: 'journal', day: TODAY, body, intention: false }]);
    const priyaTimeline = expectOk(await tend.dispatch('timeline.page', { personId: priya.id, kinds: ['journal'] }));
    expect(priyaTimeline.items).toMatchObject([{ type: 'journal', intention: true }]);

    // Editing re-links in the same save: Zoë is no longer mentioned.
    expectOk(await tend.dispatch('journal.save', { day: TODAY, body: body.replace('@Zoe', 'Zoe'), revision: 2 }));
    expect(expectOk(await tend.dispatch('timeline.page', { personId: zoe.id })).items).toEqual([]);
    expect(rows.count('journal_mentions')).toBe(2);

    // Deleting a person removes their links; the entry stays.
    expectOk(await tend.dispatch('people.delete', { id: sam.id, confirmName: 'Sam Lee' }));
    expect(rows.count('journal_mentions')).toBe(1);
    expect(rows.count('journal_entries')).toBe(1);
  });

  it('an unknown name stays plain text', async () => {
    const { tend, rows } = await journalWithTeam();
    const saved = expectOk(await tend.dispatch('journal.save', { day: TODAY, body: 'Coffee with @Nobody.', revision: 1 }));
    expect(saved.mentions).toEqual([]);
    expect(rows.count('journal_mentions')).toBe(0);
  });

  it('"log time for mentioned people" logs one investment per person mentioned as contact, never for intentions', async () => {
    const { tend, rows, sam, priya, zoe } = await journalWithTeam();
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, minutes: 15 }))).toMatchObject({ code: 'not_found', field: 'day' });
    expectOk(await tend.dispatch('journal.save', { day: TODAY, body: '- [ ] call @Priya', revision: 1 }));
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, minutes: 15 }))).toMatchObject({ code: 'conflict', field: 'day' });

    expectOk(await tend.dispatch('journal.save', { day: TODAY, body: 'Pairing with @Sam and @Zoë.\n\n- [ ] call @Priya', revision: 2 }));
    const logged = expectOk(await tend.dispatch('journal.logMentioned', { day: TODAY, minutes: 25, kind: 'coaching' }));
    expect(logged.map((i) => [i.personId, i.day, i.minutes, i.kind]).sort()).toEqual(
      [
        [sam.id, TODAY, 25, 'coaching'],
        [zoe.id, TODAY, 25, 'coaching'],
      ].sort(),
    );
    expect(rows.count('investments', 'person_id = ?', [priya.id])).toBe(0);
    const priyaSheet = expectOk(await tend.dispatch('prep.forPerson', { personId: priya.id }));
    expect(priyaSheet.sinceLastTime.lastInvestedOn).toBeNull();
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: sam.id })).sinceLastTime.lastInvestedOn).toBe(TODAY);
  });
});

describe('log time with the people chosen, each for their own minutes (issue 20)', () => {
  it('logs only those chosen, each with their minutes, in one step; never someone the entry does not mention as contact', async () => {
    const { tend, rows, sam, priya, zoe } = await journalWithTeam();
    expectOk(await tend.dispatch('journal.save', { day: TODAY, body: 'Pairing with @Sam, lunch with @Zoë.\n\n- [ ] call @Priya', revision: 1 }));
    const logged = expectOk(
      await tend.dispatch('journal.logMentioned', { day: TODAY, kind: 'coaching', people: [{ personId: sam.id, minutes: 90 }, { personId: zoe.id, minutes: 15 }] }),
    );
    expect(logged.map((i) => [i.personId, i.minutes, i.kind])).toEqual([
      [sam.id, 90, 'coaching'],
      [zoe.id, 15, 'coaching'],
    ]);

    // Only Sam this time: Zoë gets nothing more.
    expectOk(await tend.dispatch('journal.logMentioned', { day: TODAY, people: [{ personId: sam.id, minutes: 10 }] }));
    expect(rows.count('investments', 'person_id = ?', [sam.id])).toBe(2);
    expect(rows.count('investments', 'person_id = ?', [zoe.id])).toBe(1);

    // An intention, or a person listed twice, is refused and nothing is written.
    const before = rows.count('investments');
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, people: [{ personId: sam.id, minutes: 5 }, { personId: priya.id, minutes: 5 }] }))).toMatchObject({
      code: 'invalid_input',
      field: 'people',
    });
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, people: [{ personId: sam.id, minutes: 5 }, { personId: sam.id, minutes: 5 }] }))).toMatchObject({
      code: 'invalid_input',
    });
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, people: [] }))).toMatchObject({ code: 'invalid_input' });
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY }))).toMatchObject({ code: 'invalid_input', field: 'minutes' });
    expect(rows.count('investments')).toBe(before);
  });
});

describe('the list of past entries (issue 20: only the calendar showed them)', () => {
  it('pages through entries newest first, each with its opening words and who it mentions; cleared entries are left out', async () => {
    const { tend, sam, zoe } = await journalWithTeam();
    const days = ['2026-11-23', '2026-11-20', '2026-11-19', '2026-10-02', '2025-12-31'];
    for (const day of days) expectOk(await tend.dispatch('journal.save', { day, body: `## ${day}\nLunch with @Sam. - [ ] call @Zoë`, revision: 1 }));
    expectOk(await tend.dispatch('journal.save', { day: '2026-11-21', body: 'gone', revision: 1 }));
    expectOk(await tend.dispatch('journal.save', { day: '2026-11-21', body: '', revision: 2 }));

    const first = expectOk(await tend.dispatch('journal.entries', { limit: 2 }));
    expect(first.entries.map((entry) => entry.day)).toEqual(['2026-11-23', '2026-11-20']);
    expect(first.entries[0]!.excerpt).toBe('2026-11-23 · Lunch with Sam. - [ ] call Zoë');
    expect(first.entries[0]!.mentions.map((mention) => mention.personId)).toEqual([sam.id, zoe.id]);
    expect(first.nextBefore).toBe('2026-11-20');

    const rest = expectOk(await tend.dispatch('journal.entries', { before: first.nextBefore!, limit: 10 }));
    expect(rest.entries.map((entry) => entry.day)).toEqual(['2026-11-19', '2026-10-02', '2025-12-31']);
    expect(rest.nextBefore).toBeNull();
    expect(expectOk(await tend.dispatch('journal.entries')).entries).toHaveLength(5);
    expect(expectError(await tend.dispatch('journal.entries', { limit: 0 }))).toMatchObject({ code: 'invalid_input', field: 'limit' });
  });
});

describe('the calendar', () => {
  it('marks days with entries, counts a modest streak, and finds entries on this day in earlier years', async () => {
    const { tend } = await journalWithTeam();
    let revision = 0;
    const write = async (day: string, body = `Entry for ${day}`) => expectOk(await tend.dispatch('journal.save', { day, body, revision: ++revision }));
    for (const day of ['2026-11-02', '2026-11-19', '2026-11-21', '2026-11-22', '2024-11-23', '2025-11-23', '2025-11-24']) await write(day);

    // Before today's entry, the run ending yesterday still counts.
    expect(expectOk(await tend.dispatch('journal.month', { month: '2026-11' }))).toEqual({
      month: '2026-11',
      days: ['2026-11-02', '2026-11-19', '2026-11-21', '2026-11-22'],
      streak: 2,
      streakLabel: '2 days in a row',
    });
    await write(TODAY);
    expect(expectOk(await tend.dispatch('journal.month', { month: '2026-11' }))).toMatchObject({ streak: 3, streakLabel: '3 days in a row' });
    expect(expectOk(await tend.dispatch('journal.month', { month: '2025-11' })).days).toEqual(['2025-11-23', '2025-11-24']);

    expect(expectOk(await tend.dispatch('journal.onThisDay', { day: TODAY }))).toEqual([
      { day: '2025-11-23', yearsAgo: 1, body: 'Entry for 2025-11-23' },
      { day: '2024-11-23', yearsAgo: 2, body: 'Entry for 2024-11-23' },
    ]);
  });
});

describe('bad input', () => {
  it('refuses a day in the wrong format, one that does not exist, or one in the future, naming the field', async () => {
    const { tend, rows } = await journalWithTeam();
    for (const day of ['23/11/2026', '2026-11-31', '2026-11-24']) {
      expect(expectError(await tend.dispatch('journal.get', { day }))).toMatchObject({ code: 'invalid_input', field: 'day' });
      expect(expectError(await tend.dispatch('journal.save', { day, body: 'x', revision: 1 }))).toMatchObject({ code: 'invalid_input', field: 'day' });
    }
    expect(expectError(await tend.dispatch('journal.save', { day: '2026-11-24', body: 'x', revision: 1 })).message).toMatch(/future/);
    expect(expectError(await tend.dispatch('journal.save', { day: TODAY, body: 'x'.repeat(JOURNAL_BODY_MAX + 1), revision: 1 }))).toMatchObject({ field: 'body' });
    expect(expectError(await tend.dispatch('journal.save', { day: TODAY, body: 'x', revision: 0 }))).toMatchObject({ field: 'revision' });
    expect(expectError(await tend.dispatch('journal.month', { month: '2026-13' }))).toMatchObject({ field: 'month' });
    expect(expectError(await tend.dispatch('journal.logMentioned', { day: TODAY, minutes: 15, kind: 'lunch' }))).toMatchObject({ field: 'kind' });
    expect(rows.count('journal_entries')).toBe(0);
  });
});
