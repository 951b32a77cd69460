import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import type { EncryptionSetup } from '../../../src/core/crypto/handlers';
import { createKeyring, type Keyring, type OsKeyProtector } from '../../../src/core/crypto/keyring';
import { StartupError } from '../../../src/core/tend';

/** The wrapped database key, beside the data in userData (the OS keychain, or a passphrase, wraps it). */
export const KEY_FILE = 'tend.key';

/**
 * Electron's safeStorage as the keyring's protector. On Linux it names its backend; `basic_text`
 * means no secret service was found and the key is only obscured, which Settings says plainly.
 */
export function safeStorageProtector(): OsKeyProtector {
  return {
    backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'keychain' : 'dpapi'),
    encrypt: (plain) => safeStorage.encryptString(plain.toString('hex')),
    decrypt: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'hex'),
  };
}

/** Asks the leader for the passphrase at start until one unwraps the key, and returns the key. */
export type AskPassphrase = (keyring: Keyring) => Promise<Buffer>;

/**
 * The desktop app's database key: unwrapped by the OS keychain (nobody is asked), or, when a
 * passphrase wraps it, by what `askPassphrase` gets from the leader. Made on first start.
 */
export async function desktopEncryption(userData: string, askPassphrase: AskPassphrase): Promise<EncryptionSetup> {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new StartupError('Tend cannot reach the system keychain to protect its encryption key; start it again once you are logged in to the desktop.');
  }
  const protector = safeStorageProtector();
  const keyring = createKeyring({ file: join(userData, KEY_FILE), protector });
  const key = keyring.hasPassphrase() ? await askPassphrase(keyring) : await keyring.unlock();
  return { key, keyring, keychainBackend: protector.backend(), recoveryDir: app.getPath('documents') };
}
