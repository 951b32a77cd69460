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
import type { GoalsService } from '../goals/goals-service';
import type { InvestmentsService } from '../investments/investments-service';
import type { MattersService } from '../matters/matters-service';
import type { NotesService } from '../notes/notes-service';
import type { PeopleService } from '../people/people-service';
import type { TalkingPointsService } from '../talking-points/talking-points-service';

export interface ProfileParts {
  people: PeopleService;
  matters: MattersService;
  goals: GoalsService;
  details: DetailsService;
  dates: DatesService;
  notes: NotesService;
  investments: InvestmentsService;
  commitments: CommitmentsService;
  talkingPoints: TalkingPointsService;
}

/** The Person page's one read: every section but the timeline, from one consistent snapshot. */
export function profileHandlers(db: Database, clock: Clock, parts: ProfileParts): HandlersOf<typeof profileMethods> {
  /** The header strip, by the attention rules; one read of two index seeks whatever the history. */
  function investedIn(person: Person, today: string): InvestedStrip {
    const { lastOn, minutes } = parts.investments.investedSummary(person.id, firstOfMonth(today), today);
    const maxDays = maximumDays(person.cadenceDays, person.maxDays);
    const daysSince = lastOn === null ? null : Math.max(0, daysBetween(lastOn, today));
    const countedFrom = daysSince ?? Math.max(0, daysBetween(localDayOf(new Date(person.createdAt)), today));
    return {
      lastOn,
      daysSince,
      monthMinutes: minutes,
      cadenceDays: person.cadenceDays,
      maxDays,
      state: attentionState(countedFrom, person.cadenceDays, maxDays, lastOn === null),
    };
  }

  function profileOf(id: string): PersonProfile {
    const today = localDay(clock);
    const { person, anniversaryDaysAhead } = parts.people.getWithAnniversary(id);
    const details = parts.details.listFor(id);
    return {
      person,
      matters: parts.matters.listFor(id),
      goals: parts.goals.listFor(id),
      details,
      dates: parts.dates.listFor({ id, startedOn: person.startedOn, anniversaryDaysAhead }, details),
      noteCount: parts.notes.count(id),
      invested: investedIn(person, today),
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
