import type { quickLogMethods } from '../../shared/quick-log';
import type { HandlersOf } from '../compose-handlers';
import type { QuickLogService } from './quick-log-service';

export function quickLogHandlers(quickLog: QuickLogService): HandlersOf<typeof quickLogMethods> {
  return {
    'quickLog.parse': (input) => quickLog.preview(input),
    'quickLog.save': (input) => quickLog.save(input),
  };
}
