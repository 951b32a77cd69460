import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/db/database';
import { openDatabase } from '../../../src/core/db/database';
import { TIMELINE_SOURCES } from '../../../src/core/timeline/sources';
import type { TimelineCursor, TimelineItem, TimelinePage } from '../../../src/shared/timeline';
import { DAY } from '../../fixtures/clock';
import { expectOk } from '../../fixtures/results';
import { withPerson } from '../../fixtures/with-person';

const label = (item: TimelineItem) =>
  item.type === 'note'
    ? `${item.day} note ${item.note.body}`
    : item.type === 'investment'
      ? `${item.day} investment ${item.investment.minutes}m`
      : item.type === 'commitment'
        ? `${item.day} ${item.event} ${item.commitment.text}`
        : `${item.day} progress`;

/** Notes, investments and commitment events for one person on days through November, the clock moving day by day. */
async function history() {
  const t = await withPerson();
  const { tend, person, clock } = t;
  clock.set('2026-11-01T14:00:00.000Z');
  const commitments: string[] = [];
  for (let d = 1; d <= 12; d++) {
    const day = `2026-11-${String(d).padStart(2, '0')}`;
    if (d % 3 === 0) expectOk(await tend.dispatch('notes.save', { personId: person.id, body: `n${d}`, notedOn: day }));
    // Written a second apart, so items of one day are ordered by when they were written.
    clock.advance(1000);
    if (d % 2 === 0) expectOk(await tend.dispatch('investments.log', { personId: person.id, minutes: d, day }));
    if (d % 4 === 1) commitments.push(expectOk(await tend.dispatch('commitments.save', { personId: person.id, text: `c${d}` })).id);
    if (d === 6) expectOk(await tend.dispatch('commitments.complete', { id: commitments[0]! }));
    if (d === 10) expectOk(await tend.dispatch('commitments.drop', { id: commitments[1]! }));
    clock.advance(DAY);
  }
  return t;
}

describe('investments and commitment events on the timeline', () => {
  it('interleave with notes newest first, each event on its own day, and keyset pages add up to the whole', async () => {
    const { tend, person } = await history();
    const whole = expectOk(await tend.dispatch('timeline.page', { personId: person.id, limit: 200 }));
    expect(whole.items.map(label)).toEqual([
      '2026-11-12 investment 12m',
      '2026-11-12 note n12',
      '2026-11-10 investment 10m',
      '2026-11-10 dropped c5',
      '2026-11-09 made c9',
      '2026-11-09 note n9',
      '2026-11-08 investment 8m',
      '2026-11-06 investment 6m',
      '2026-11-06 note n6',
      '2026-11-06 done c1',
      '2026-11-05 made c5',
      '2026-11-04 investment 4m',
      '2026-11-03 note n3',
      '2026-11-02 investment 2m',
      '2026-11-01 made c1',
    ]);
    const paged: TimelineItem[] = [];
    let before: TimelineCursor | null = null;
    do {
      const page: TimelinePage = expectOk(await tend.dispatch('timeline.page', { personId: person.id, limit: 2, before }));
      paged.push(...page.items);
      before = page.nextCursor;
    } while (before);
    expect(paged.map(label)).toEqual(whole.items.map(label));
    const onlyCommitments = expectOk(await tend.dispatch('timeline.page', { personId: person.id, kinds: ['commitment'] }));
    expect(onlyCommitments.items.map(label)).toEqual(['2026-11-10 dropped c5', '2026-11-09 made c9', '2026-11-06 done c1', '2026-11-05 made c5', '2026-11-01 made c1']);
  });

  it('each source seeks its own index, without sorting, on the first page and after a cursor', async () => {
    const { tend, person } = await history();
    const db = openDatabase(tend.databaseFile, { readonly: true });
    try {
      const seen: string[] = [];
      const recording = { ...db, all: <T,>(sql: string, params?: unknown) => (seen.push(sql), db.all<T>(sql, params as never)) } as Database;
      const cursor = { day: '2026-11-08', createdAt: '2026-11-08T14:00:00.000Z', id: person.id };
      for (const before of [null, cursor]) {
        TIMELINE_SOURCES.investment.read(recording, { personId: person.id, before, limit: 10 });
        TIMELINE_SOURCES.commitment.read(recording, { personId: person.id, before, limit: 10 });
      }
      const plans = seen.map((sql) =>
        (db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ personId: person.id, limit: 10, ...cursor }) as { detail: string }[]).map((r) => r.detail).join(' | '),
      );
      const expected = ['investments_by_person', 'commitments_made', 'commitments_done', 'commitments_dropped'];
      expect(plans).toHaveLength(8);
      plans.forEach((plan, i) => {
        expect(plan).toMatch(new RegExp(`SEARCH \\w+ USING (COVERING )?INDEX ${expected[i % 4]} \\(person_id=?`));
        expect(plan).not.toContain('TEMP B-TREE');
      });
    } finally {
      db.close();
    }
  });
});
