import type { lockMethods } from '../../shared/lock';
import type { HandlersOf } from '../compose-handlers';
import type { LockService } from './lock-service';

export function lockHandlers(lock: LockService): HandlersOf<typeof lockMethods> {
  return {
    'lock.status': (_input, caller) => lock.status(caller),
    'lock.lock': (_input, caller) => {
      lock.lock('on demand');
      return lock.status(caller);
    },
    'lock.unlock': ({ passphrase }) => lock.unlock(passphrase),
    'lock.activity': (_input, caller) => {
      lock.activity(caller);
      return null;
    },
  };
}
