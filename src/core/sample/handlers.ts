import type { sampleMethods } from '../../shared/sample';
import type { HandlersOf } from '../compose-handlers';
import type { SampleService } from './sample-service';

export function sampleHandlers(sample: SampleService): HandlersOf<typeof sampleMethods> {
  return {
    'sample.status': () => sample.status(),
    'sample.load': () => sample.load(),
    'sample.remove': () => sample.remove(),
  };
}
