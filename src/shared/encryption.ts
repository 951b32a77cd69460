import * as v from 'valibot';
import { isBlankText, untrimmedText } from './fields';
import type { MethodTable } from './method-table';

/** Encryption at rest (Settings → Security): how the key is kept, and the passphrase that may wrap it. */

/**
 * Where the database key is kept:
 * - `keychain`: wrapped by the OS keychain (macOS Keychain, Windows DPAPI, libsecret/kwallet);
 * - `basic_text`: Electron found no keychain (Linux without a secret service), so the key is only
 *   obscured beside the data — a passphrase is what protects it there;
 * - `key-file`: the web host's key file, outside the data folder;
 * - `passphrase`: wrapped by the leader's passphrase (asked at start and on unlock).
 */
export const KEY_STORAGES = ['keychain', 'basic_text', 'key-file', 'passphrase'] as const;
export type KeyStorage = (typeof KEY_STORAGES)[number];

export interface EncryptionStatus {
  /** Whether the database and its backups are encrypted (always, in the desktop app and the web host). */
  encrypted: boolean;
  keyStorage: KeyStorage | null;
  /** Electron's safeStorage backend (`gnome_libsecret`, `kwallet5`, `basic_text`…), or the platform's keychain; null on the web host. */
  keychainBackend: string | null;
  /** The key file's path (the web host's, or the desktop app's wrapped key beside the data). */
  keyFile: string | null;
  /** Exports in the exports folder that are plaintext (Markdown, ICS, unencrypted JSON): encryption does not reach them. */
  plaintextExports: string[];
}

/**
 * A passphrase as typed (never trimmed: its spaces are part of it), by the rule every text follows: no
 * control characters, no broken characters, not invisible only.
 */
export function passphraseText(label: string, minLength = 1) {
  return v.pipe(
    untrimmedText(label),
    v.check((s) => !isBlankText(s), `${label} cannot be empty.`),
    v.minLength(minLength, `Use at least ${minLength} characters.`),
    v.maxLength(1024, 'Use at most 1,024 characters.'),
  );
}

/** A new passphrase: long enough to be worth the wait scrypt adds, short enough to type. */
export const Passphrase = passphraseText('The passphrase', 8);

export const SetPassphraseInput = v.strictObject({
  /** The passphrase now, when one is set (re-wrapping asks for it first). */
  current: v.optional(passphraseText('The current passphrase')),
  /** The new passphrase; null goes back to the keychain (desktop) or the key file (web). */
  next: v.nullable(Passphrase),
});

const NoInput = v.optional(v.strictObject({}), {});

export const encryptionMethods = {
  /** Whether the data is encrypted and how its key is kept. */
  'encryption.status': { input: NoInput, touches: [] },
  /** Sets, changes or removes the passphrase: the key is wrapped again, the data is not re-encrypted. */
  'encryption.setPassphrase': { input: SetPassphraseInput, touches: ['settings'] },
  /**
   * Writes a recovery key file (the bare key, 0600; a key file `npm run web -- --key-file` opens the data
   * with) outside the data folder — the Documents folder, or beside the web host's key file — and returns
   * its path. The key itself never crosses the contract.
   */
  'encryption.saveRecoveryKey': { input: NoInput, touches: [] },
} as const satisfies MethodTable;

export interface EncryptionResults {
  'encryption.status': EncryptionStatus;
  'encryption.setPassphrase': EncryptionStatus;
  'encryption.saveRecoveryKey': { file: string };
}
