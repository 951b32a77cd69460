import { randomUUID } from 'node:crypto';
import { differenceInCalendarYears, endOfMonth, format, parseISO } from 'date-fns';
import type { ParsedInput } from '../../shared/contract';
import type { Investment } from '../../shared/investments';
import {
  JOURNAL_EXCERPT_CHARS,
  type JournalEntry,
  type JournalList,
  type JournalMention,
  type JournalMonth,
  type JournalSaved,
  type OnThisDayEntry,
} from '../../shared/journal';
import { shiftDay } from '../calendar/local-days';
import { instant, localDay, type Clock } from '../clock';
import type { Database } from '../db/database';
import { TendError } from '../errors';
import { entryExcerpt } from './entry-excerpt';
import { journalStreak, onThisDay, onThisDayMonthDays, requireJournalDay, streakLabel } from './journal-day';
import { parseMentions, type MentionPerson } from './mentions';

interface EntryRow {
  id: string;
  day: string;
  body: string;
  revision: number;
  updatedAt: string;
}

const ENTRY_COLUMNS = 'id, day, body, revision, updated_at AS updatedAt';

/** The investment columns as the contract shows them (the invest feature's own service may take this over). */
const INVESTMENT_COLUMNS = `id, person_id AS personId, day, minutes, kind, note, created_at AS createdAt, updated_at AS updatedAt`;

/**
 * The reflection journal. An entry is stored only once it has text; a cleared entry keeps its row with
 * an empty body so its revision still orders later saves, and reads treat it as no entry.
 */
export function createJournalService(db: Database, clock: Clock) {
  // Iterated (not read whole) by the streak, so it is prepared here rather than through db.all.
  const entryDaysNewestFirst = db.raw.prepare(`SELECT day FROM journal_entries WHERE day <= ? AND body <> '' ORDER BY day DESC`);

  function entryOf(day: string): EntryRow | undefined {
    return db.get<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM journal_entries WHERE day = ?`, [day]);
  }

  function mentionsOf(entryId: string): JournalMention[] {
    return db
      .all<Omit<JournalMention, 'intention'> & { intention: number }>(
        `SELECT m.person_id AS personId, p.name, p.preferred_name AS preferredName, m.intention
         FROM journal_mentions m JOIN people p ON p.id = m.person_id
         WHERE m.entry_id = ? AND p.archived_at IS NULL
         ORDER BY p.name COLLATE NOCASE, p.id`,
        [entryId],
      )
      .map((row) => ({ ...row, intention: row.intention === 1 }));
  }

  function toEntry(day: string, row: EntryRow | undefined): JournalEntry {
    if (!row) return { day, body: null, revision: 0, updatedAt: null, mentions: [] };
    return {
      day,
      body: row.body === '' ? null : row.body,
      revision: row.revision,
      updatedAt: row.updatedAt,
      mentions: row.body === '' ? [] : mentionsOf(row.id),
    };
  }

  function people(archived: boolean): MentionPerson[] {
    return db.all<MentionPerson>(
      `SELECT id, name, preferred_name AS preferredName FROM people WHERE (archived_at IS NOT NULL) = ?`,
      [archived ? 1 : 0],
    );
  }

  /**
   * Links the entry to the active people it mentions. Links to people archived since are kept while
   * the text still mentions them, so editing an old entry does not take it off their (archived) timeline.
   */
  function relinkMentions(entryId: string, day: string, body: string): void {
    const active = parseMentions(body, people(false));
    const archived = parseMentions(body, people(true));
    const stillArchived = new Set([...archived.contactIds, ...archived.intentionIds]);
    const kept = db
      .all<{ personId: string }>(
        `SELECT m.person_id AS personId FROM journal_mentions m JOIN people p ON p.id = m.person_id
         WHERE m.entry_id = ? AND p.archived_at IS NOT NULL`,
        [entryId],
      )
      .filter((row) => stillArchived.has(row.personId))
      .map((row) => row.personId);
    db.run(`DELETE FROM journal_mentions WHERE entry_id = ? AND person_id NOT IN (SELECT value FROM json_each(?))`, [entryId, JSON.stringify(kept)]);
    const contact = new Set(active.contactIds);
    for (const personId of new Set([...active.contactIds, ...active.intentionIds])) {
      db.run(`INSERT INTO journal_mentions (entry_id, person_id, day, intention) VALUES (?, ?, ?, ?)`, [
        entryId,
        personId,
        day,
        contact.has(personId) ? 0 : 1,
      ]);
    }
  }

  return {
    get({ day }: ParsedInput<'journal.get'>): JournalEntry {
      requireJournalDay(day, localDay(clock));
      return db.readConsistently(() => toEntry(day, entryOf(day)));
    },

    /**
     * Autosave. Saves may arrive out of order (a slow one overtaken by a newer one); the revision
     * decides, so the stored text is always one complete text the editor sent, the newest of them.
     */
    save({ day, body: text, revision }: ParsedInput<'journal.save'>): JournalSaved {
      return db.transaction(() => {
        requireJournalDay(day, localDay(clock));
        // Blank text (whitespace or invisible characters only) arrives as '' from the schema.
        const stored = entryOf(day);
        if (!stored && text === '') return { ...toEntry(day, undefined), saved: false };
        if (stored && revision <= stored.revision) return { ...toEntry(day, stored), saved: false };
        const now = instant(clock);
        const id = stored?.id ?? randomUUID();
        if (stored) {
          db.run(`UPDATE journal_entries SET body = ?, revision = ?, updated_at = ? WHERE id = ?`, [text, revision, now, id]);
        } else {
          db.run(`INSERT INTO journal_entries (id, day, body, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, [
            id,
            day,
            text,
            revision,
            now,
            now,
          ]);
        }
        relinkMentions(id, day, text);
        return { ...toEntry(day, entryOf(day)), saved: true };
      });
    },

    month({ month }: ParsedInput<'journal.month'>): JournalMonth {
      const today = localDay(clock);
      const from = `${month}-01`;
      const to = format(endOfMonth(parseISO(from)), 'yyyy-MM-dd');
      return db.readConsistently(() => {
        const days = db
          .all<{ day: string }>(`SELECT day FROM journal_entries WHERE day BETWEEN ? AND ? AND body <> '' ORDER BY day`, [from, to])
          .map((row) => row.day);
        // Read newest first and stop at the first gap, so a long history costs only the current run.
        const recent: string[] = [];
        for (const { day } of entryDaysNewestFirst.iterate(today) as Iterable<{ day: string }>) {
          // The run may end yesterday (journalStreak's rule); after that, each day must follow the last.
          const earliestNext = shiftDay(recent.at(-1) ?? today, -1);
          if (day < earliestNext) break;
          recent.push(day);
        }
        const streak = journalStreak(recent, today);
        return { month, days, streak, streakLabel: streakLabel(streak) };
      });
    },

    /** Past entries newest first, `limit` at a time; one more row is read to know whether older ones exist. */
    entries({ before, limit }: ParsedInput<'journal.entries'>): JournalList {
      return db.readConsistently(() => {
        const rows = db.all<{ id: string; day: string; body: string }>(
          `SELECT id, day, body FROM journal_entries WHERE body <> '' AND (:before IS NULL OR day < :before) ORDER BY day DESC LIMIT :limit`,
          { before: before ?? null, limit: limit + 1 },
        );
        const page = rows.slice(0, limit);
        return {
          entries: page.map((row) => ({
            day: row.day,
            excerpt: entryExcerpt(row.body, JOURNAL_EXCERPT_CHARS),
            mentions: mentionsOf(row.id).filter((mention) => !mention.intention),
          })),
          nextBefore: rows.length > limit ? page.at(-1)!.day : null,
        };
      });
    },

    onThisDay({ day }: ParsedInput<'journal.onThisDay'>): OnThisDayEntry[] {
      requireJournalDay(day, localDay(clock));
      const [first, second = first] = onThisDayMonthDays(day);
      const rows = db.all<{ day: string; body: string }>(
        `SELECT day, body FROM journal_entries WHERE substr(day, 6) IN (?, ?) AND day < ? AND body <> ''`,
        [first, second, day],
      );
      const bodies = new Map(rows.map((row) => [row.day, row.body]));
      return onThisDay([...bodies.keys()], day).map((earlier) => ({
        day: earlier,
        yearsAgo: differenceInCalendarYears(parseISO(day), parseISO(earlier)),
        body: bodies.get(earlier)!,
      }));
    },

    /**
     * One investment for each active person the day's entry mentions as contact (intentions are never
     * time invested): everyone with the same minutes, or those the leader chose, each with their own.
     * Plain SQL here (the invest feature's service lives on its own branch).
     */
    logMentioned({ day, minutes, kind, people }: ParsedInput<'journal.logMentioned'>): Investment[] {
      return db.transaction(() => {
        requireJournalDay(day, localDay(clock));
        const stored = entryOf(day);
        if (!stored || stored.body === '') throw new TendError('not_found', 'There is no entry for that day yet; write it first.', 'day');
        const mentioned = mentionsOf(stored.id).filter((mention) => !mention.intention);
        if (mentioned.length === 0) {
          throw new TendError('conflict', 'This entry mentions no one as contact; @mention someone first.', 'day');
        }
        const contacts = new Set(mentioned.map((mention) => mention.personId));
        let chosen: { personId: string; minutes: number }[];
        if (people) {
          if (people.some((person) => !contacts.has(person.personId))) {
            throw new TendError('invalid_input', 'Log time only with people this entry mentions; reload the entry and choose again.', 'people');
          }
          chosen = people;
        } else {
          if (minutes === undefined) throw new TendError('invalid_input', 'Enter the minutes invested.', 'minutes');
          chosen = mentioned.map(({ personId }) => ({ personId, minutes }));
        }
        const now = instant(clock);
        return chosen.map(({ personId, minutes: invested }) => {
          const id = randomUUID();
          db.run(
            `INSERT INTO investments (id, person_id, day, minutes, kind, note, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
            [id, personId, day, invested, kind, now, now],
          );
          return db.get<Investment>(`SELECT ${INVESTMENT_COLUMNS} FROM investments WHERE id = ?`, [id])!;
        });
      });
    },
  };
}

export type JournalService = ReturnType<typeof createJournalService>;
