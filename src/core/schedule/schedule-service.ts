import { unstorableText } from '../../shared/fields';
import type { ParsedInput } from '../../shared/contract';
import type { PrepWeek } from '../../shared/prep';
import type {
  BookedOneOnOne,
  MeetingOffer,
  PersonSchedule,
  ScheduleProposal,
  ScheduleSourceKind,
  ScheduleStatus,
  ScheduleWeek,
} from '../../shared/schedule';
import { CALENDAR_MAX_CHARS } from '../../shared/schedule';
import { localDayOf, parseDay, shiftDay, weekOf, type WeekStartsOn } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError, notFound } from '../errors';
import type { InvestmentsService } from '../investments/investments-service';
import { log } from '../log';
import { CalendarParseError } from './calendar-parse-error';
import type { CalendarOccurrence } from './expand-calendar';
import { fetchCalendar } from './fetch-calendar';
import { looksLikeOneOnOne, proposeMatch, type MatchPerson } from './match-event';
import { todaysOpenMeetings } from './meeting-offers';
import { endedMeetings } from '../reminders/meeting-offer-reminders';

const logger = log('schedule');

export interface ScheduleDeps {
  investments: InvestmentsService;
  /** Prep's This week (people due by cadence), for those with no 1:1 booked. */
  thisWeek(weekStartsOn: WeekStartsOn): PrepWeek;
  weekStartsOn(): WeekStartsOn;
  /** For tests: the transport and how long a subscription may take to answer. */
  fetchImpl?: typeof fetch;
  fetchTimeoutMs?: number;
}

interface SourceRow {
  kind: ScheduleSourceKind;
  label: string;
  url: string | null;
  content: string | null;
  etag: string | null;
  readAt: string | null;
  triedAt: string | null;
  error: string | null;
}

interface EventRow {
  uid: string;
  recurrenceId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  emails: string;
}

/** Calendar text is not typed by the user: control and broken characters are replaced, not refused, so one odd title does not lose a calendar. */
function storable(text: string): string {
  if (unstorableText('Text', text) === null) return text;
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ').replace(/\p{Cs}/gu, '\uFFFD');
}

/** The iCalendar reader, with ical.js behind it: a chunk of its own, loaded when a calendar is first read rather than at start. */
const calendarReader = () => import('./expand-calendar');
type CalendarReader = Awaited<ReturnType<typeof calendarReader>>;

export function createScheduleService(db: Database, clock: Clock, deps: ScheduleDeps) {
  const preferences = () => db.get<{ ownEmail: string | null; leadMinutes: number }>('SELECT own_email AS ownEmail, lead_minutes AS leadMinutes FROM calendar_preferences WHERE id = 1')!;
  const sourceOf = (kind: ScheduleSourceKind) =>
    db.get<SourceRow>(
      `SELECT kind, label, url, content, etag, read_at AS readAt, tried_at AS triedAt, error FROM calendar_sources WHERE kind = ?`,
      [kind],
    );

  /** Expands `text` for the window around now; throws CalendarParseError. */
  function occurrencesOf({ expandCalendar, scheduleWindow }: CalendarReader, text: string): CalendarOccurrence[] {
    return expandCalendar(text, scheduleWindow(clock()), { ownEmail: preferences().ownEmail });
  }

  /** Inside the caller's transaction: the source's occurrences become `list`. */
  function replaceEvents(kind: ScheduleSourceKind, list: readonly CalendarOccurrence[]): void {
    db.run('DELETE FROM calendar_events WHERE source = ?', [kind]);
    for (const o of list) {
      db.run(
        `INSERT OR REPLACE INTO calendar_events (source, uid, recurrence_id, title, starts_at, ends_at, all_day, emails)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [kind, storable(o.uid), storable(o.recurrenceId), storable(o.title), o.startsAt, o.endsAt, o.allDay ? 1 : 0, JSON.stringify(o.emails.map(storable))],
      );
    }
  }

  function status(): ScheduleStatus {
    return db.readConsistently(() => {
      const sources = db.all<Omit<ScheduleStatus['sources'][number], never>>(
        `SELECT s.kind, s.label, s.read_at AS readAt, s.tried_at AS triedAt, s.error,
                (SELECT count(*) FROM calendar_events e WHERE e.source = s.kind) AS events
         FROM calendar_sources s ORDER BY s.kind`,
      );
      const { ownEmail, leadMinutes } = preferences();
      return { sources, ownEmail, leadMinutes, toReview: review().length };
    });
  }

  /** Reads the kept copy again, so the window follows the clock (and a new own address applies). */
  function reread(reader: CalendarReader, kind: ScheduleSourceKind): void {
    const source = sourceOf(kind);
    if (!source?.content) return;
    try {
      const list = occurrencesOf(reader, source.content);
      db.transaction(() => replaceEvents(kind, list));
    } catch (error) {
      // The copy was read before; a failure now is a bug, and the events already kept stay.
      logger.error(`the kept ${kind} calendar could not be read again`, error);
    }
  }

  async function refreshUrl(): Promise<void> {
    const source = sourceOf('url');
    if (!source?.url) return;
    const outcome = await fetchCalendar(source.url, { etag: source.etag, maxChars: CALENDAR_MAX_CHARS, fetchImpl: deps.fetchImpl, timeoutMs: deps.fetchTimeoutMs });
    const reader = await calendarReader();
    const now = instant(clock);
    // The subscription may have been cleared or changed while the request was out.
    const same = () => sourceOf('url')?.url === source.url;
    if (outcome.status === 'unchanged') {
      db.transaction(() => {
        if (same()) db.run(`UPDATE calendar_sources SET read_at = :now, tried_at = :now, error = NULL WHERE kind = 'url'`, { now });
      });
      reread(reader, 'url');
      return;
    }
    if (outcome.status === 'failed') {
      db.transaction(() => {
        if (same()) db.run(`UPDATE calendar_sources SET tried_at = :now, error = :error WHERE kind = 'url'`, { now, error: outcome.reason });
      });
      return;
    }
    let list: CalendarOccurrence[];
    try {
      list = occurrencesOf(reader, outcome.text);
    } catch (error) {
      if (!(error instanceof CalendarParseError)) throw error;
      db.transaction(() => {
        if (same()) db.run(`UPDATE calendar_sources SET tried_at = :now, error = :error WHERE kind = 'url'`, { now, error: `The address did not give a calendar Tend can read. ${error.message}` });
      });
      return;
    }
    db.transaction(() => {
      if (!same()) return;
      db.run(`UPDATE calendar_sources SET content = :content, etag = :etag, read_at = :now, tried_at = :now, error = NULL WHERE kind = 'url'`, {
        content: outcome.text,
        etag: outcome.etag,
        now,
      });
      replaceEvents('url', list);
    });
  }

  function people(): MatchPerson[] {
    return db.all<MatchPerson>(`SELECT id, name, preferred_name AS preferredName, email FROM people WHERE archived_at IS NULL`);
  }

  function review(): ScheduleProposal[] {
    const now = instant(clock);
    const series = db.all<EventRow & { occurrences: number; nextAt: string | null; lastAt: string }>(
      `SELECT e.uid, e.title, e.emails, count(*) AS occurrences,
              min(CASE WHEN e.starts_at >= :now THEN e.starts_at END) AS nextAt, max(e.starts_at) AS lastAt
       FROM calendar_events e LEFT JOIN calendar_matches m ON m.uid = e.uid
       WHERE m.uid IS NULL AND e.all_day = 0
       GROUP BY e.uid ORDER BY coalesce(min(CASE WHEN e.starts_at >= :now THEN e.starts_at END), max(e.starts_at)), e.uid`,
      { now },
    );
    const team = people();
    const own = preferences().ownEmail;
    const names = new Map(team.map((p) => [p.id, p.name]));
    const proposals: ScheduleProposal[] = [];
    for (const row of series) {
      const proposal = proposeMatch({ title: row.title, emails: JSON.parse(row.emails) as string[] }, team, own);
      if (proposal.personId === null && !looksLikeOneOnOne(row.title)) continue;
      proposals.push({
        uid: row.uid,
        title: row.title,
        at: row.nextAt ?? row.lastAt,
        occurrences: row.occurrences,
        personId: proposal.personId,
        personName: proposal.personId ? (names.get(proposal.personId) ?? null) : null,
        reason: proposal.reason,
      });
    }
    return proposals;
  }

  const BOOKED = `SELECT e.uid, e.recurrence_id AS recurrenceId, e.title, e.starts_at AS startsAt, e.ends_at AS endsAt,
                         p.id AS personId, p.name AS personName, p.preferred_name AS preferredName
                  FROM calendar_events e
                  JOIN calendar_matches m ON m.uid = e.uid
                  JOIN people p ON p.id = m.person_id AND p.archived_at IS NULL
                  WHERE e.all_day = 0`;

  function week(): ScheduleWeek {
    const weekStartsOn = deps.weekStartsOn();
    const today = localDay(clock);
    const { startsOn, endsOn } = weekOf(today, weekStartsOn);
    const configured = db.get<{ n: number }>('SELECT count(*) AS n FROM calendar_sources')!.n > 0;
    const from = parseDay(startsOn).toISOString();
    const to = parseDay(shiftDay(endsOn, 1)).toISOString();
    const booked = db.readConsistently(() =>
      db
        .all<Omit<BookedOneOnOne, 'openPromises' | 'talkingPoints'>>(`${BOOKED} AND e.starts_at >= :from AND e.starts_at < :to ORDER BY e.starts_at, p.name`, { from, to })
        .map((row) => ({
          ...row,
          openPromises: db.get<{ n: number }>(`SELECT count(*) AS n FROM commitments WHERE person_id = ? AND status = 'open'`, [row.personId])!.n,
          talkingPoints: db.get<{ n: number }>(`SELECT count(*) AS n FROM talking_points WHERE person_id = ? AND discussed_on IS NULL`, [row.personId])!.n,
        })),
    );
    const bookedIds = new Set(booked.map((b) => b.personId));
    const unbooked = configured
      ? deps
          .thisWeek(weekStartsOn)
          .people.filter((person) => person.state !== 'done' && !bookedIds.has(person.id))
          .map((person) => ({
            personId: person.id,
            personName: person.name,
            preferredName: person.preferredName,
            daysSince: person.daysSinceOneOnOne,
            cadenceDays: person.cadenceDays,
          }))
      : [];
    return { configured, startsOn, endsOn, booked, unbooked };
  }

  /** Today's booked 1:1s that have ended and were neither logged nor dismissed (nor met in prep's meeting mode). */
  function offers(): MeetingOffer[] {
    return endedMeetings(todaysOpenMeetings(db, clock()), clock()).map(({ endsAt: _, ...offer }) => offer);
  }

  return {
    status,
    review,
    week,
    offers,
    refreshUrl,

    async setFile({ name, content }: ParsedInput<'schedule.setFile'>): Promise<ScheduleStatus> {
      const reader = await calendarReader();
      let list: CalendarOccurrence[];
      try {
        list = occurrencesOf(reader, content);
      } catch (error) {
        if (error instanceof CalendarParseError) throw new TendError('invalid_input', `${name} is not a calendar Tend can read. ${error.message}`, 'content');
        throw error;
      }
      const now = instant(clock);
      db.transaction(() => {
        db.run(
          `INSERT INTO calendar_sources (kind, label, content, read_at, tried_at, created_at) VALUES ('file', :name, :content, :now, :now, :now)
           ON CONFLICT (kind) DO UPDATE SET label = :name, content = :content, read_at = :now, tried_at = :now, error = NULL`,
          { name, content, now },
        );
        replaceEvents('file', list);
      });
      return status();
    },

    clear(kind: ScheduleSourceKind): ScheduleStatus {
      db.transaction(() => db.run('DELETE FROM calendar_sources WHERE kind = ?', [kind]));
      return status();
    },

    async setUrl({ url }: ParsedInput<'schedule.setUrl'>): Promise<ScheduleStatus> {
      const now = instant(clock);
      db.transaction(() => {
        db.run('DELETE FROM calendar_sources WHERE kind = ?', ['url']);
        db.run(`INSERT INTO calendar_sources (kind, label, url, created_at) VALUES ('url', :url, :url, :now)`, { url, now });
      });
      await refreshUrl();
      return status();
    },

    async refresh(): Promise<ScheduleStatus> {
      // The periodic refresh: without a kept file there is nothing to read, and the reader stays unloaded.
      if (sourceOf('file')?.content) reread(await calendarReader(), 'file');
      await refreshUrl();
      return status();
    },

    async setPreferences({ ownEmail, leadMinutes }: ParsedInput<'schedule.setPreferences'>): Promise<ScheduleStatus> {
      const reader = await calendarReader();
      db.transaction(() => db.run('UPDATE calendar_preferences SET own_email = ?, lead_minutes = ? WHERE id = 1', [ownEmail, leadMinutes]));
      reread(reader, 'file');
      reread(reader, 'url');
      return status();
    },

    confirm({ uid, personId }: ParsedInput<'schedule.confirm'>): ScheduleProposal[] {
      db.transaction(() => {
        if (!db.get('SELECT 1 FROM calendar_events WHERE uid = ? LIMIT 1', [uid])) throw notFound('That calendar event', 'uid');
        if (personId !== null) {
          const person = db.get<{ archived: number }>('SELECT archived_at IS NOT NULL AS archived FROM people WHERE id = ?', [personId]);
          if (!person) throw notFound('That person', 'personId');
          if (person.archived) throw new TendError('conflict', 'That person is archived. Restore them to make changes.', 'personId');
        }
        db.run(
          `INSERT INTO calendar_matches (uid, person_id, updated_at) VALUES (:uid, :personId, :now)
           ON CONFLICT (uid) DO UPDATE SET person_id = :personId, updated_at = :now`,
          { uid, personId, now: instant(clock) },
        );
      });
      return review();
    },

    answerOffer({ uid, recurrenceId, answer }: ParsedInput<'schedule.answerOffer'>): MeetingOffer[] {
      db.transaction(() => {
        const offer = offers().find((o) => o.uid === uid && o.recurrenceId === recurrenceId);
        if (!offer) throw notFound('That 1:1 offer', 'uid');
        const investment =
          answer === 'log'
            ? deps.investments.write({ personId: offer.personId, day: localDayOf(new Date(offer.startsAt)), minutes: offer.minutes, kind: 'one_on_one', note: null })
            : null;
        db.run(
          `INSERT INTO calendar_offers (uid, recurrence_id, person_id, outcome, investment_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
          [uid, recurrenceId, offer.personId, answer === 'log' ? 'logged' : 'dismissed', investment?.id ?? null, instant(clock)],
        );
      });
      return offers();
    },

    person({ personId }: ParsedInput<'schedule.person'>): PersonSchedule {
      const now = instant(clock);
      return db.readConsistently(() => ({
        next: db.get<PersonSchedule['next'] & object>(`SELECT e.starts_at AS startsAt, e.ends_at AS endsAt, e.title ${BOOKED.slice(BOOKED.indexOf('FROM'))} AND p.id = ? AND e.starts_at >= ? ORDER BY e.starts_at LIMIT 1`, [personId, now]) ?? null,
        last: db.get<PersonSchedule['last'] & object>(`SELECT e.starts_at AS startsAt, e.ends_at AS endsAt, e.title ${BOOKED.slice(BOOKED.indexOf('FROM'))} AND p.id = ? AND e.starts_at < ? ORDER BY e.starts_at DESC LIMIT 1`, [personId, now]) ?? null,
      }));
    },

    /** Lead time before a 1:1's reminder, in minutes. */
    leadMinutes: () => preferences().leadMinutes,
    hasSubscription: () => sourceOf('url') !== undefined,
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
