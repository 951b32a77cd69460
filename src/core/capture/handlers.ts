import type { captureMethods } from '../../shared/capture';
import type { HandlersOf } from '../compose-handlers';
import type { CaptureHost } from './capture-host';

export function captureHandlers(host: CaptureHost): HandlersOf<typeof captureMethods> {
  return {
    'capture.status': () => host.status(),
  };
}
