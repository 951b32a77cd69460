import { type InvestedStrip, type PersonProfile, type profileMethods } from '../../shared/profile';
import type { Person } from '../../shared/people';
import { attentionState, maximumDays } from '../attention/assess-attention';
import { daysBetween, firstOfMonth, localDayOf } from '../calendar/local-days';
import { localDay, type Clock } from '../clock';
import type { CommitmentsService } from '../commitments/commitments-service';
import type { HandlersOf } from '../compose-handlers';
import type { DatesService } from '../dates/dates-service';
import type { Database } from '../db/database';
import type { DetailsService } from '../details/details-service';
import { notFound } from '../errors';
import type { GoalsService } from '../goals/goals-service';
import type { MattersService } from '../matters/matters-service';
import { PERSON_COLUMNS, toPerson, type PersonRow } from '../people/people-service';
import type { TalkingPointsService } from '../talking-points/talking-points-service';

export interface ProfileParts {
  matters: MattersService;
  goals: GoalsService;
  details: DetailsService;
  dates: DatesService;
  commitments: CommitmentsService;
  talkingPoints: TalkingPointsService;
}

interface HeaderRow extends PersonRow {
  anniversary_days_ahead: number;
  note_count: number | null;
  last_invested_on: string | null;
  month_minutes: number;
}

/**
 * Everything the page header shows, in one read: the person, how far ahead their work anniversary
 * shows, their note count and latest invested day (kept by triggers in note_counts and
 * last_investments, as Today reads them) and the Invested strip's two figures.
 * Each is one index seek or range whatever the history; one statement rather than four because the
 * statements, not the rows, were most of what this read cost.
 */
const HEADER = `SELECT ${PERSON_COLUMNS}, anniversary_days_ahead,
    (SELECT notes FROM note_counts WHERE person_id = people.id) AS note_count,
    (SELECT day FROM last_investments WHERE person_id = people.id) AS last_invested_on,
    (SELECT coalesce(sum(minutes), 0) FROM investments WHERE person_id = people.id AND day BETWEEN :monthStart AND :today) AS month_minutes
  FROM people WHERE id = :id`;

/** The Person page's one read: every section but the timeline, from one consistent snapshot. */
export function profileHandlers(db: Database, clock: Clock, parts: ProfileParts): HandlersOf<typeof profileMethods> {
  /** The header strip, by the attention rules. */
  function investedIn(person: Person, header: HeaderRow, today: string): InvestedStrip {
    const lastOn = header.last_invested_on;
    const maxDays = maximumDays(person.cadenceDays, person.maxDays);
    const daysSince = lastOn === null ? null : Math.max(0, daysBetween(lastOn, today));
    const countedFrom = daysSince ?? Math.max(0, daysBetween(localDayOf(new Date(person.createdAt)), today));
    return {
      lastOn,
      daysSince,
      monthMinutes: header.month_minutes,
      cadenceDays: person.cadenceDays,
      maxDays,
      state: attentionState(countedFrom, person.cadenceDays, maxDays, lastOn === null),
    };
  }

  function profileOf(id: string): PersonProfile {
    const today = localDay(clock);
    const header = db.get<HeaderRow>(HEADER, { id, monthStart: firstOfMonth(today), today });
    if (!header) throw notFound('That person');
    const person = toPerson(header);
    const details = parts.details.listFor(id);
    return {
      person,
      matters: parts.matters.listFor(id),
      goals: parts.goals.listFor(id),
      details,
      dates: parts.dates.listFor({ id, startedOn: person.startedOn, anniversaryDaysAhead: header.anniversary_days_ahead }, details, today),
      noteCount: header.note_count ?? 0,
      invested: investedIn(person, header, today),
      commitments: {
        open: parts.commitments.openOf(id),
        recentlyClosed: parts.commitments.recentlyClosed(id),
      },
      talkingPoints: {
        queued: parts.talkingPoints.queued(id),
        recentlyDiscussed: parts.talkingPoints.recentlyDiscussed(id),
      },
    };
  }

  return {
    'people.profile': ({ id }) => db.readConsistently(() => profileOf(id)),
  };
}
