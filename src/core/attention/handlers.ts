import type { attentionMethods } from '../../shared/attention';
import type { HandlersOf } from '../compose-handlers';
import type { AttentionService } from './attention-service';

export function attentionHandlers(attention: AttentionService): HandlersOf<typeof attentionMethods> {
  return {
    'attention.summary': (input) => attention.summary(input),
    'attention.snooze': (input) => attention.snooze(input),
  };
}
