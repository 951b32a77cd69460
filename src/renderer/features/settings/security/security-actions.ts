import type { EncryptionStatus } from '../../../../shared/encryption';
import { call, messageOf } from '../../../app/api';
import { written } from '../../../app/data-changes';
import { toasts } from '../../../app/toasts.svelte';

/** What Settings → Security does: read the encryption status, set or change the passphrase, save a recovery key file. */

export function loadEncryptionStatus(): Promise<EncryptionStatus> {
  return call('encryption.status');
}

/**
 * Sets, changes or (next = null) removes the passphrase. A refusal (a wrong current passphrase)
 * rejects with its ApiFailure, whose sentence the form shows; nothing changed then.
 */
export async function setPassphrase(current: string | undefined, next: string | null): Promise<EncryptionStatus> {
  const status = await written('encryption.setPassphrase', { ...(current === undefined ? {} : { current }), next });
  toasts.show(next === null ? 'Passphrase removed: the key is kept as before.' : 'Passphrase saved. Tend asks for it when it starts.');
  return status;
}

export async function saveRecoveryKey(): Promise<string | null> {
  try {
    const { file } = await call('encryption.saveRecoveryKey');
    return file;
  } catch (error) {
    toasts.show(messageOf(error, 'Tend could not save the recovery key file.'));
    return null;
  }
}
