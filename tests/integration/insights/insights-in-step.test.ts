import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDay, weekOf, type WeekStartsOn } from '../../../src/core/calendar/local-days';
import { openDatabase } from '../../../src/core/db/database';
import { pick, seededRandom } from '../../../src/core/sample/seeded-random';
import type { InsightsOverview, InsightsPeriodChoice, KindTime } from '../../../src/shared/insights';
import { INVESTMENT_KINDS, type Investment, type InvestmentKind } from '../../../src/shared/investments';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

const TODAY = '2026-11-23';

interface Row {
  personId: string;
  day: string;
  minutes: number;
  kind: InvestmentKind;
}

/** Each person's weekly minutes and kinds of time, added up the plain way from every stored investment. */
function byHand(rows: readonly Row[], overview: InsightsOverview, weekStartsOn: WeekStartsOn) {
  const { period } = overview;
  const gridStart = weekOf(period.startsOn, weekStartsOn).startsOn;
  return overview.people.map((person) => {
    const weeks = period.weeks.map(() => 0);
    const kinds: KindTime[] = INVESTMENT_KINDS.map((kind) => ({ kind, minutes: 0, count: 0, lastOn: null }));
    for (const row of rows) {
      if (row.personId !== person.id || row.day < period.startsOn || row.day > period.endsOn) continue;
      weeks[Math.floor(daysBetween(gridStart, row.day) / 7)]! += row.minutes;
      const kind = kinds[INVESTMENT_KINDS.indexOf(row.kind)]!;
      kind.minutes += row.minutes;
      kind.count += 1;
      if (kind.lastOn === null || row.day > kind.lastOn) kind.lastOn = row.day;
    }
    return { personId: person.id, weeks, kinds };
  });
}

describe('insights.overview adds up what is stored', () => {
  it('after 300 random logs, edits (day, minutes, kind) and deletes, for every period and week start', async () => {
    const { tend } = await openTestTend();
    const random = seededRandom(18);
    const people: string[] = [];
    for (const name of ['Priya Raman', 'Sam Okafor', 'Noor Haddad', 'Mateo Rossi']) people.push(expectOk(await tend.dispatch('people.save', { name })).id);
    const kept: Investment[] = [];
    const anyDay = () => shiftDay(TODAY, -Math.floor(random() * 420));
    for (let step = 0; step < 300; step++) {
      const roll = random();
      if (kept.length === 0 || roll < 0.6) {
        const logged = expectOk(
          await tend.dispatch('investments.log', { personId: pick(random, people), day: anyDay(), minutes: 1 + Math.floor(random() * 600), kind: pick(random, INVESTMENT_KINDS) }),
        );
        kept.push(logged);
      } else if (roll < 0.85) {
        const at = Math.floor(random() * kept.length);
        const { id, updatedAt, personId } = kept[at]!;
        kept[at] = expectOk(
          await tend.dispatch('investments.log', {
            id,
            expectedUpdatedAt: updatedAt,
            personId,
            day: anyDay(),
            minutes: 1 + Math.floor(random() * 600),
            kind: pick(random, INVESTMENT_KINDS),
          }),
        );
      } else {
        const [gone] = kept.splice(Math.floor(random() * kept.length), 1);
        expectOk(await tend.dispatch('investments.delete', { id: gone!.id }));
      }
    }

    const db = openDatabase(tend.databaseFile, { readonly: true });
    const rows = db.all<Row>('SELECT person_id AS personId, day, minutes, kind FROM investments');
    db.close();
    expect(rows).toHaveLength(kept.length);
    const choices: InsightsPeriodChoice[] = [
      { kind: 'weeks', weeks: 4 },
      { kind: 'weeks', weeks: 12 },
      { kind: 'weeks', weeks: 26 },
      { kind: 'weeks', weeks: 52 },
      { kind: 'quarter' },
      { kind: 'custom', from: '2025-10-02', to: '2026-03-17' },
    ];
    for (const weekStart of [0, 1, 6] as const) {
      expectOk(await tend.dispatch('settings.set', { weekStart }));
      for (const period of choices) {
        const overview = expectOk(await tend.dispatch('insights.overview', { period }));
        const expected = byHand(rows, overview, weekStart);
        // Weeks before someone counted are null, and nothing was logged for them then.
        expect(overview.time.people.map((p) => ({ personId: p.personId, weeks: p.weeks.map((w) => w ?? 0) }))).toEqual(
          expected.map(({ personId, weeks }) => ({ personId, weeks })),
        );
        expect(overview.kinds.people.map(({ personId, kinds }) => ({ personId, kinds }))).toEqual(expected.map(({ personId, kinds }) => ({ personId, kinds })));
      }
    }
  });
});
