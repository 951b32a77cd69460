import type { RecoveryOutcome, RecoveryStatus } from '../../../shared/recovery';
import { call } from '../../app/api';

/** The recovery screen's calls: what is damaged, and restoring the newest good backup. */

/** Null when Tend opened normally (then the app starts as usual). */
export function loadRecoveryStatus(): Promise<RecoveryStatus | null> {
  return call('recovery.status');
}

/** Moves the damaged file aside and restores the backup; the host is in normal mode when this resolves. */
export function restoreFromBackup(file: string): Promise<RecoveryOutcome> {
  return call('recovery.restore', { file });
}
