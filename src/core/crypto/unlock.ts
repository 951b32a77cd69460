import type { Keyring } from './keyring';

/** What the lock screen needs from the key store: is there a passphrase to ask for, and is this one right. */
export type PassphraseCheck = {
  hasPassphrase(): boolean;
  check(passphrase: string): Promise<'ok' | 'wrong'>;
};

/** The lock's view of the keyring: it can test a passphrase, never read or change the key. */
export function passphraseCheckOf(keyring: Keyring): PassphraseCheck {
  return {
    hasPassphrase: () => keyring.hasPassphrase(),
    check: (passphrase) => keyring.check(passphrase),
  };
}
