import type { EncryptionStatus } from '../../../../shared/encryption';

/** Words for Settings → Security: how the key is kept, said plainly. Pure, so they are table-tested. */

export interface KeyStorageWords {
  /** One short line: where the key is. */
  title: string;
  /** What that means for the leader, in a sentence or two. */
  detail: string;
  /** A warning to show prominently (no real keychain), or null. */
  warning: string | null;
}

export function keyStorageWords(status: EncryptionStatus): KeyStorageWords {
  switch (status.keyStorage) {
    case 'keychain':
      return {
        title: 'Key kept in your system keychain',
        detail: `Your computer’s keychain (${status.keychainBackend ?? 'system'}) unlocks the journal when you log in, so Tend never asks you for anything.`,
        warning: null,
      };
    case 'basic_text':
      return {
        title: 'No system keychain found',
        detail: 'This computer offers no keychain (no secret service is running), so the key is stored beside your data, only obscured.',
        warning: 'Anyone who copies the data folder can also read the key. Set a passphrase to protect it.',
      };
    case 'key-file':
      return {
        title: 'Key kept in a key file',
        detail: `The key is in ${status.keyFile ?? 'its key file'}, outside the data folder. Keep that file safe: without it the journal cannot be read.`,
        warning: null,
      };
    case 'passphrase':
      return {
        title: 'Key protected by your passphrase',
        detail: 'Tend asks for your passphrase when it starts. Without it the journal cannot be read.',
        warning: null,
      };
    default:
      return {
        title: 'Not encrypted',
        detail: 'This journal is stored without encryption; anyone who can read its files can read what you wrote.',
        warning: null,
      };
  }
}

/** Why a new passphrase cannot be saved yet, or null when it can (the core checks again). */
export function passphraseProblem(next: string, repeat: string): string | null {
  if (next.length < 8) return 'Use at least 8 characters.';
  if (next !== repeat) return 'The two passphrases are not the same.';
  return null;
}

export const UNRECOVERABLE =
  'If you forget your passphrase, nobody can open your journal — not Tend, not its makers. Save a recovery key file and keep it somewhere safe, away from this computer.';
