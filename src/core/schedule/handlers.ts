import type { scheduleMethods } from '../../shared/schedule';
import type { HandlersOf } from '../compose-handlers';
import type { ScheduleService } from './schedule-service';

export function scheduleHandlers(schedule: ScheduleService): HandlersOf<typeof scheduleMethods> {
  return {
    'schedule.status': () => schedule.status(),
    'schedule.setFile': (input) => schedule.setFile(input),
    'schedule.clearFile': () => schedule.clear('file'),
    'schedule.setUrl': (input) => schedule.setUrl(input),
    'schedule.clearUrl': () => schedule.clear('url'),
    'schedule.refresh': () => schedule.refresh(),
    'schedule.setPreferences': (input) => schedule.setPreferences(input),
    'schedule.review': () => schedule.review(),
    'schedule.confirm': (input) => schedule.confirm(input),
    'schedule.week': () => schedule.week(),
    'schedule.offers': () => schedule.offers(),
    'schedule.answerOffer': (input) => schedule.answerOffer(input),
    'schedule.person': (input) => schedule.person(input),
  };
}
