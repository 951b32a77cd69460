import { BOOKED_WITHIN_DAYS, type AttentionSummary, type BookedOneOnOne, type PersonAttention, type UpcomingDate } from '../../shared/attention';
import type { ParsedInput } from '../../shared/contract';
import { DEFAULT_DAYS_AHEAD } from '../../shared/dates';
import { daysBetween, localDayOf, weekOf, type WeekStartsOn } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import { perConnection } from '../db/per-connection';
import type { Database } from '../db/database';
import { datedThings, occurrenceOf, type BirthdayDetail, type DateRow } from '../dates/dates-service';
import { mayComeRoundSql } from '../dates/may-come-round-sql';
import { TendError } from '../errors';
import type { PeopleService } from '../people/people-service';
import { assessAttention } from './assess-attention';
import type { AttentionInput, OpenCommitment } from './attention-input';
import { summarizeAttention } from './order-by-need';

interface PersonRow {
  id: string;
  name: string;
  preferredName: string | null;
  cadenceDays: number;
  maxDays: number | null;
  createdAt: string;
  snoozedUntil: string | null;
  startedOn: string | null;
  anniversaryDaysAhead: number;
  lastInvestedOn: string | null;
}

/**
 * Today is a fixed handful of reads whatever the team's size or years of history, each index-only:
 * the people with their latest day (kept by the database in last_investments, where a GROUP BY
 * would read every investment and even a seek per person into them cost more), this week's
 * minutes (one range over investments_by_day), open commitments (the partial index
 * commitments_open) and dates. `:personId` narrows each to one person.
 */
const peopleSql = (onePerson: boolean) => `
  SELECT p.id, p.name, p.preferred_name AS preferredName, p.cadence_days AS cadenceDays, p.max_days AS maxDays,
    p.created_at AS createdAt, p.snoozed_until AS snoozedUntil, p.started_on AS startedOn,
    p.anniversary_days_ahead AS anniversaryDaysAhead, l.day AS lastInvestedOn
  FROM people p LEFT JOIN last_investments l ON l.person_id = p.id
  WHERE p.archived_at IS NULL ${onePerson ? 'AND p.id = :personId' : ''}`;

const weekSql = (onePerson: boolean) => `
  SELECT i.person_id AS personId, sum(i.minutes) AS minutes FROM investments i INDEXED BY investments_by_day
  WHERE i.day BETWEEN :weekStart AND :today ${onePerson ? 'AND i.person_id = :personId' : ''}
  GROUP BY i.person_id`;

/**
 * In the index's own order (no sort), so equal due days always come back in the same order. Here and
 * below, archived people's rows come back too (it saves a join); only active people's are looked up.
 */
const openSql = (onePerson: boolean) => `
  SELECT c.person_id AS personId, c.owner, c.text, c.due_on AS dueOn FROM commitments c INDEXED BY commitments_open
  WHERE c.status = 'open' ${onePerson ? 'AND c.person_id = :personId' : ''}
  ORDER BY c.person_id, c.owner, c.due_on, c.text`;

/**
 * Only the dates (and family birthdays) that may come round soon: a team has hundreds, and Today
 * names the next one per person. The exact rule (nextDateOf) still decides among these few.
 */
const datesSql = (onePerson: boolean) => `
  SELECT d.id, d.person_id AS personId, d.kind, d.title, d.on_date AS "on", d.yearly, d.days_ahead AS daysAhead, d.note
  FROM important_dates d
  WHERE ${mayComeRoundSql('d.on_date', 'd.yearly', 'd.days_ahead')} ${onePerson ? 'AND d.person_id = :personId' : ''}`;

const birthdaysSql = (onePerson: boolean) => `
  SELECT x.id, x.person_id AS personId, x.kind, x.name, x.relation, x.birthday FROM personal_details x
  WHERE x.birthday IS NOT NULL AND x.kind IN ('family', 'pet') AND ${mayComeRoundSql('x.birthday', '1', String(DEFAULT_DAYS_AHEAD))}
    ${onePerson ? 'AND x.person_id = :personId' : ''}`;

function groupBy<T extends { personId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.personId);
    if (group) group.push(row);
    else groups.set(row.personId, [row]);
  }
  return groups;
}

/** A row of peopleSql as an array, in its column order. */
type PersonTuple = [string, string, string | null, number, number | null, string, string | null, string | null, number, string | null];
const personRowOf = (row: unknown): PersonRow => {
  const [id, name, preferredName, cadenceDays, maxDays, createdAt, snoozedUntil, startedOn, anniversaryDaysAhead, lastInvestedOn] = row as PersonTuple;
  return { id, name, preferredName, cadenceDays, maxDays, createdAt, snoozedUntil, startedOn, anniversaryDaysAhead, lastInvestedOn };
};

/** A row of openSql as an array: person, owner, text, due day. */
type OpenTuple = [string, 'me' | 'them', string, string | null];

/** Most of the team has no open promise: they all share this one empty list. */
const NONE: readonly OpenCommitment[] = Object.freeze([]);

/** Each person's open promises (mine) and asks (theirs), in one pass over the open rows. */
function openByPerson(rows: readonly unknown[]): Map<string, { mine: OpenCommitment[]; theirs: OpenCommitment[] }> {
  const lists = new Map<string, { mine: OpenCommitment[]; theirs: OpenCommitment[] }>();
  for (const row of rows) {
    const [personId, owner, text, dueOn] = row as OpenTuple;
    let person = lists.get(personId);
    if (!person) lists.set(personId, (person = { mine: [], theirs: [] }));
    (owner === 'me' ? person.mine : person.theirs).push({ text, dueOn });
  }
  return lists;
}

/** The soonest date inside its own window (the same "soon" the Person page shows), or null. A scan, not a sort: it runs per person. */
function nextDateOf(person: PersonRow, stored: readonly DateRow[], details: readonly BirthdayDetail[], today: string): UpcomingDate | null {
  let next: UpcomingDate | null = null;
  for (const thing of datedThings(person, stored, details)) {
    const date = occurrenceOf(thing, today);
    if (!date.soon || date.nextOn === null || date.daysUntil === null) continue;
    if (next === null || date.nextOn < next.on || (date.nextOn === next.on && thing.title < next.title)) {
      next = { title: thing.title, on: date.nextOn, daysUntil: date.daysUntil };
    }
  }
  return next;
}

/**
 * Each person's next confirmed calendar 1:1 still to start within the coming week and a day (the rule
 * decides by local day), a range over calendar_events_by_start: empty and free without a calendar.
 */
const bookedSql = (onePerson: boolean) => `
  SELECT m.person_id AS personId, min(e.starts_at) AS startsAt
  FROM calendar_events e JOIN calendar_matches m ON m.uid = e.uid AND m.person_id IS NOT NULL
  WHERE e.all_day = 0 AND e.starts_at >= :now AND e.starts_at < :until ${onePerson ? 'AND m.person_id = :personId' : ''}
  GROUP BY m.person_id`;

/** The local day and HH:MM of a stored UTC start. */
function bookedAt(startsAt: string): BookedOneOnOne {
  const start = new Date(startsAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { on: localDayOf(start), at: `${pad(start.getHours())}:${pad(start.getMinutes())}` };
}

/** Each read for the whole team and for one person, written out once rather than on every call. */
function reads(onePerson: boolean) {
  return {
    people: peopleSql(onePerson),
    week: weekSql(onePerson),
    open: openSql(onePerson),
    dates: datesSql(onePerson),
    birthdays: birthdaysSql(onePerson),
    booked: bookedSql(onePerson),
  };
}
const TEAM_READS = reads(false);
const PERSON_READS = reads(true);

/** Today's investment reads (every active person with their latest day; the week's minutes per person), for the benchmark and the plan tests. */
export const TEAM_SQL = TEAM_READS.people;
export const WEEK_SQL = TEAM_READS.week;
export const OPEN_SQL = TEAM_READS.open;

/**
 * Reads what the attention rules need (src/core/attention) and hands it to them. `weekStart` is the
 * stored week-start setting, for a result that carries a week's minutes outside a summary; it has
 * no default, since a silent Monday is how the snooze result once ignored the setting.
 */
export function createAttentionService(db: Database, clock: Clock, people: PeopleService, weekStart: () => WeekStartsOn) {
  /**
   * The team's two longest reads (every active person, every open promise) as arrays rather than
   * objects: better-sqlite3 builds a row object key by key, which was half of reading them at 600
   * people, and this is the tray's and Today's read on every change.
   */
  const statements = perConnection(db, (raw) => ({
    teamRows: raw.prepare(TEAM_READS.people).raw(),
    teamOpen: raw.prepare(TEAM_READS.open).raw(),
    personRows: raw.prepare(PERSON_READS.people).raw(),
    personOpen: raw.prepare(PERSON_READS.open).raw(),
  }));

  /** Every active person's attention input, or one person's; a handful of queries whatever the history. */
  function inputs(today: string, weekStartsOn: string, personId?: string): AttentionInput[] {
    const one = personId !== undefined;
    const sql = one ? PERSON_READS : TEAM_READS;
    const person = one ? { personId } : {};
    const onDay = { today, ...person };
    const { teamRows, teamOpen, personRows, personOpen } = statements();
    const rows = (one ? personRows.all(person) : teamRows.all()).map(personRowOf);
    const week = new Map(db.all<{ personId: string; minutes: number }>(sql.week, { ...onDay, weekStart: weekStartsOn }).map((w) => [w.personId, w.minutes]));
    const open = openByPerson(one ? personOpen.all(person) : teamOpen.all());
    const dates = groupBy(db.all<DateRow & { personId: string }>(sql.dates, onDay));
    const birthdays = groupBy(db.all<BirthdayDetail & { personId: string }>(sql.birthdays, onDay));
    const now = clock();
    const until = new Date(now.getTime() + (BOOKED_WITHIN_DAYS + 1) * 86_400_000).toISOString();
    const booked = new Map(db.all<{ personId: string; startsAt: string }>(sql.booked, { ...person, now: now.toISOString(), until }).map((b) => [b.personId, b.startsAt]));
    return rows.map((row) => {
      const commitments = open.get(row.id);
      const bookedStart = booked.get(row.id);
      return {
        id: row.id,
        name: row.name,
        preferredName: row.preferredName,
        cadenceDays: row.cadenceDays,
        maxDays: row.maxDays,
        // "Never" counts from the local day they were added.
        addedOn: localDayOf(new Date(row.createdAt)),
        lastInvestedOn: row.lastInvestedOn,
        snoozedUntil: row.snoozedUntil,
        openMine: commitments?.mine ?? NONE,
        openTheirs: commitments?.theirs ?? NONE,
        nextDate: nextDateOf(row, dates.get(row.id) ?? [], birthdays.get(row.id) ?? [], today),
        weekMinutes: week.get(row.id) ?? 0,
        bookedOneOnOne: bookedStart === undefined ? null : bookedAt(bookedStart),
      };
    });
  }

  function summary(input: ParsedInput<'attention.summary'>): AttentionSummary {
    const today = localDay(clock);
    const startsOn = weekOf(today, input.weekStartsOn).startsOn;
    return db.readConsistently(() => summarizeAttention(inputs(today, startsOn), today, startsOn));
  }

  /** One person's attention (the snooze result), their week's minutes counted from the week-start setting. */
  function forPerson(personId: string): PersonAttention {
    const today = localDay(clock);
    const [input] = inputs(today, weekOf(today, weekStart()).startsOn, personId);
    if (!input) throw new TendError('not_found', 'That person could not be found.', 'personId');
    return assessAttention(input, today);
  }

  return {
    inputs,
    summary,
    forPerson,
    snooze(input: ParsedInput<'attention.snooze'>): PersonAttention {
      return db.transaction(() => {
        people.requireActive(input.personId);
        if (input.until !== null && daysBetween(localDay(clock), input.until) < 0) {
          throw new TendError('invalid_input', 'Pause until today or a later day.', 'until');
        }
        db.run('UPDATE people SET snoozed_until = ?, updated_at = ? WHERE id = ?', [input.until, instant(clock), input.personId]);
        return forPerson(input.personId);
      });
    },
  };
}

export type AttentionService = ReturnType<typeof createAttentionService>;
