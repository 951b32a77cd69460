import { describe, expect, it } from 'vitest';
import { daysBetween, localDayOf, shiftDay, weekOf, type WeekStartsOn } from '../../../src/core/calendar/local-days';
import { openDatabase } from '../../../src/core/db/database';
import { resolvePeriod } from '../../../src/core/insights/period';
import { pick, seededRandom } from '../../../src/core/sample/seeded-random';
import { CARE_KINDS, INSIGHT_WEEK_CHOICES, OLDEST_OPEN_NAMED, type FollowThroughTally, type InsightsOverview, type InsightsPeriodChoice, type KindTime } from '../../../src/shared/insights';
import { INVESTMENT_KINDS, type InvestmentKind } from '../../../src/shared/investments';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

const TODAY = '2026-11-23';

interface PersonRow {
  id: string;
  name: string;
  preferredName: string | null;
  cadenceDays: number;
  maxDays: number | null;
  createdAt: string;
}
interface InvestmentRow {
  personId: string;
  day: string;
  minutes: number;
  kind: InvestmentKind;
}
interface PromiseRow {
  personId: string;
  owner: 'me' | 'them';
  text: string;
  status: 'open' | 'done' | 'dropped';
  madeOn: string;
  dueOn: string | null;
  doneOn: string | null;
}

const collator = new Intl.Collator();

/**
 * The whole overview worked out the plain way, a day and a row at a time, from every stored row: what
 * the packed months, the outcome digits and the typed arrays of the core must add up to.
 */
function byHand(people: PersonRow[], investments: InvestmentRow[], promises: PromiseRow[], choice: InsightsPeriodChoice, weekStartsOn: WeekStartsOn): InsightsOverview {
  const period = resolvePeriod(choice, TODAY, weekStartsOn);
  const gridStart = weekOf(period.startsOn, weekStartsOn).startsOn;
  const inPeriod = (day: string) => day >= period.startsOn && day <= period.endsOn;
  const display = (p: PersonRow) => p.preferredName ?? p.name;
  const sorted = [...people].sort((a, b) => collator.compare(display(a), display(b)) || (a.id < b.id ? -1 : 1));
  const counted = sorted.flatMap((p) => {
    const own = investments.filter((i) => i.personId === p.id);
    const addedOn = localDayOf(new Date(p.createdAt));
    const before = own.filter((i) => i.day < period.startsOn).map((i) => i.day).sort();
    const lastBefore = before.at(-1) ?? null;
    const during = own.filter((i) => inPeriod(i.day));
    const firstInvested = during.map((i) => i.day).sort()[0];
    const joined = firstInvested !== undefined && firstInvested < addedOn ? firstInvested : addedOn;
    const countedFrom = lastBefore !== null || joined < period.startsOn ? period.startsOn : joined;
    if (countedFrom > period.endsOn) return [];
    const firstWeek = Math.floor(daysBetween(gridStart, countedFrom) / 7);
    const weeks = period.weeks.map((_, index) => (index < firstWeek ? null : 0)) as (number | null)[];
    for (const i of during) {
      const week = Math.floor(daysBetween(gridStart, i.day) / 7);
      weeks[week] = (weeks[week] ?? 0) + i.minutes;
    }
    const kinds = INVESTMENT_KINDS.map((kind): KindTime => {
      const ofKind = during.filter((i) => i.kind === kind);
      return { kind, minutes: ofKind.reduce((sum, i) => sum + i.minutes, 0), count: ofKind.length, lastOn: ofKind.map((i) => i.day).sort().at(-1) ?? null };
    });
    const maxDays = Math.max(p.cadenceDays, p.maxDays ?? 2 * p.cadenceDays);
    const ever = own.map((i) => i.day).sort().at(-1) ?? null;
    const daysSince = Math.max(0, daysBetween(ever ?? addedOn, TODAY));
    // Day by day: days since the latest investment on or before the day, else since they were added.
    const investedDays = new Set(own.map((i) => i.day));
    const bands = { days: 0, daysWithin: 0, daysDue: 0, daysPastMax: 0, timesPastMax: 0, longestDaysSince: 0 };
    let latest: string | null = lastBefore;
    let previous = -1;
    for (let day = countedFrom; day <= period.endsOn; day = shiftDay(day, 1)) {
      if (investedDays.has(day)) latest = day;
      const since = daysBetween(latest ?? (addedOn < countedFrom ? addedOn : countedFrom), day);
      bands.days += 1;
      if (since < p.cadenceDays) bands.daysWithin += 1;
      else if (since <= maxDays) bands.daysDue += 1;
      else bands.daysPastMax += 1;
      if (since > maxDays && (day === countedFrom || previous <= maxDays)) bands.timesPastMax += 1;
      bands.longestDaysSince = Math.max(bands.longestDaysSince, since);
      previous = since;
    }
    return [
      {
        person: {
          id: p.id,
          name: p.name,
          preferredName: p.preferredName,
          countedFrom,
          cadenceDays: p.cadenceDays,
          maxDays,
          lastInvestedOn: during.map((i) => i.day).sort().at(-1) ?? lastBefore,
        },
        weeks,
        minutes: during.reduce((sum, i) => sum + i.minutes, 0),
        days: daysBetween(countedFrom, period.endsOn) + 1,
        kinds,
        rhythm: {
          personId: p.id,
          daysSince,
          state: ever === null ? ('never' as const) : daysSince > maxDays ? ('overdue' as const) : daysSince >= p.cadenceDays ? ('due' as const) : ('ok' as const),
          cadenceDays: p.cadenceDays,
          maxDays,
          ...bands,
        },
      },
    ];
  });
  const minutes = counted.reduce((sum, c) => sum + c.minutes, 0);
  const allDays = counted.reduce((sum, c) => sum + c.days, 0);
  const ids = new Set(counted.map((c) => c.person.id));
  const tally = (owner: 'me' | 'them'): FollowThroughTally => {
    const made = promises.filter((c) => c.owner === owner && ids.has(c.personId) && inPeriod(c.madeOn));
    const late = made.filter((c) => c.status === 'done' && c.dueOn !== null && c.doneOn! > c.dueOn);
    const open = made.filter((c) => c.status === 'open');
    return {
      owner,
      made: made.length,
      keptOnTime: made.filter((c) => c.status === 'done').length - late.length,
      late: late.length,
      dropped: made.filter((c) => c.status === 'dropped').length,
      open: open.length,
      overdue: open.filter((c) => c.dueOn !== null && c.dueOn < TODAY).length,
      oldestOpen: [...open]
        .sort((a, b) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : collator.compare(a.text, b.text)))
        .slice(0, OLDEST_OPEN_NAMED)
        .map((c) => ({ personId: c.personId, text: c.text, madeOn: c.madeOn, dueOn: c.dueOn, daysOpen: daysBetween(c.madeOn, TODAY) })),
    };
  };
  const lastOf = (days: (string | null)[]) => days.filter((d): d is string => d !== null).sort().at(-1) ?? null;
  return {
    period,
    people: counted.map((c) => c.person),
    time: {
      people: counted.map((c) => ({ personId: c.person.id, weeks: c.weeks, minutes: c.minutes })),
      weekTotals: period.weeks.map((_, index) => counted.reduce((sum, c) => sum + (c.weeks[index] ?? 0), 0)),
      minutes,
      largestWeek: Math.max(0, ...counted.flatMap((c) => c.weeks.map((w) => w ?? 0))),
    },
    balance: {
      minutes,
      shares: counted
        .map((c) => ({ personId: c.person.id, minutes: c.minutes, share: minutes === 0 ? 0 : c.minutes / minutes, evenShare: c.days / allDays }))
        .sort((a, b) => b.minutes - a.minutes),
      quietSince: period.weeks[period.recentFrom]!.startsOn,
      quiet: counted
        .filter((c) => c.weeks.slice(period.recentFrom).every((w) => !w))
        .map((c) => ({ personId: c.person.id, lastInvestedOn: c.person.lastInvestedOn }))
        .sort((a, b) => ((a.lastInvestedOn ?? '') < (b.lastInvestedOn ?? '') ? -1 : (a.lastInvestedOn ?? '') > (b.lastInvestedOn ?? '') ? 1 : 0)),
    },
    kinds: {
      team: INVESTMENT_KINDS.map((kind, index) => ({
        kind,
        minutes: counted.reduce((sum, c) => sum + c.kinds[index]!.minutes, 0),
        count: counted.reduce((sum, c) => sum + c.kinds[index]!.count, 0),
        lastOn: lastOf(counted.map((c) => c.kinds[index]!.lastOn)),
      })),
      people: counted.map((c) => ({ personId: c.person.id, kinds: c.kinds, missing: CARE_KINDS.filter((kind) => c.kinds[INVESTMENT_KINDS.indexOf(kind)]!.count === 0) })),
    },
    followThrough: { mine: tally('me'), theirs: tally('them') },
    rhythm: counted.map((c) => c.rhythm),
  };
}

describe('insights.overview equals the plain day-by-day working on a random team', () => {
  it('for every period and week start: people added at any time (some after a past range), archived ones, promises of each outcome', async () => {
    const { tend } = await openTestTend();
    const random = seededRandom(2218);
    const days = (from: string, span: number) => shiftDay(from, Math.floor(random() * span));
    const names = ['Priya Raman', 'Sam Okafor', 'Noor Haddad', 'Mateo Rossi', 'Ana Lima', 'Émile Durand', 'zoë Park', 'Ben Cole', 'Ana Lima', 'Kofi Mensah', 'Lena Vogel', 'Tom Hart'];
    const db = openDatabase(tend.databaseFile);
    const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
    db.transaction(() => {
      names.forEach((name, n) => {
        // Added between mid-2024 and today, a few at hours that are the day before in New York.
        const created = `${days('2024-06-01', 905)}T0${Math.floor(random() * 10)}:30:00.000Z`;
        const archived = n % 5 === 4 ? created : null;
        db.run(
          `INSERT INTO people (id, name, preferred_name, cadence_days, max_days, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [id('9e0a1b2c', n), name, n % 4 === 1 ? `${name.split(' ')[0]}y` : null, pick(random, [3, 7, 14, 30]), n % 3 === 0 ? 40 : null, archived, created, created],
        );
      });
      for (let n = 0; n < 700; n++) {
        const at = `${TODAY}T12:00:00.000Z`;
        db.run(`INSERT INTO investments (id, person_id, day, minutes, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
          id('7f1e2d3c', n),
          id('9e0a1b2c', Math.floor(random() * names.length)),
          days('2024-01-01', 1058),
          1 + Math.floor(random() * 600),
          pick(random, INVESTMENT_KINDS),
          at,
          at,
        ]);
      }
      for (let n = 0; n < 160; n++) {
        const madeOn = days('2024-09-01', 814);
        const status = pick(random, ['open', 'done', 'dropped'] as const);
        const dueOn = random() < 0.3 ? null : days(madeOn, 40);
        const closedOn = status === 'open' ? null : days(madeOn, 30);
        db.run(
          `INSERT INTO commitments (id, person_id, text, owner, due_on, status, made_on, done_on, dropped_on, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-23T14:00:00.000Z', '2026-11-23T14:00:00.000Z')`,
          [id('5a607182', n), id('9e0a1b2c', Math.floor(random() * names.length)), `Promise ${n} ${pick(random, ['alpha', 'Beta', 'gamma'])}`, pick(random, ['me', 'them'] as const), dueOn, status, madeOn, status === 'done' ? closedOn : null, status === 'dropped' ? closedOn : null],
        );
      }
    });
    const people = db.all<PersonRow>(
      `SELECT id, name, preferred_name AS preferredName, cadence_days AS cadenceDays, max_days AS maxDays, created_at AS createdAt FROM people WHERE archived_at IS NULL`,
    );
    const investments = db.all<InvestmentRow>('SELECT person_id AS personId, day, minutes, kind FROM investments');
    const promises = db.all<PromiseRow>('SELECT person_id AS personId, owner, text, status, made_on AS madeOn, due_on AS dueOn, done_on AS doneOn FROM commitments');
    db.close();
    // Someone added after the earliest custom range ends, so one range leaves them out.
    expect(people.some((p) => localDayOf(new Date(p.createdAt)) > '2024-12-31')).toBe(true);

    const choices: InsightsPeriodChoice[] = [
      ...INSIGHT_WEEK_CHOICES.map((weeks): InsightsPeriodChoice => ({ kind: 'weeks', weeks })),
      { kind: 'quarter' },
      { kind: 'custom', from: '2024-10-20', to: '2024-12-31' },
      { kind: 'custom', from: '2025-02-27', to: '2026-11-30' },
    ];
    for (const weekStart of [1, 0, 6] as const) {
      expectOk(await tend.dispatch('settings.set', { weekStart }));
      for (const period of choices) {
        const overview = expectOk(await tend.dispatch('insights.overview', { period }));
        expect(overview, `${period.kind} ${JSON.stringify(period)} from week day ${weekStart}`).toEqual(byHand(people, investments, promises, period, weekStart));
      }
    }
  });
});
