import type { talkingPointsMethods } from '../../shared/talking-points';
import type { HandlersOf } from '../compose-handlers';
import type { TalkingPointsService } from './talking-points-service';

export function talkingPointsHandlers(points: TalkingPointsService): HandlersOf<typeof talkingPointsMethods> {
  return {
    'talkingPoints.save': (input) => points.save(input),
    'talkingPoints.discuss': (input) => points.discuss(input),
    'talkingPoints.requeue': ({ id }) => points.requeue(id),
    'talkingPoints.reorder': (input) => points.reorder(input),
    'talkingPoints.delete': ({ id }) => (points.delete(id), null),
  };
}
