import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EncryptionStatus, KeyStorage, encryptionMethods } from '../../shared/encryption';
import type { HandlersOf } from '../compose-handlers';
import { conflict, TendError } from '../errors';
import { isEncryptedArchiveFile } from './archive-envelope';
import { writePrivateFileAtomically, type Keyring, type KeyRecord } from './keyring';

/** What a host hands the core when the data folder is encrypted (the hosts always do). */
export interface EncryptionSetup {
  key: Buffer;
  keyring: Keyring;
  /** Electron's safeStorage backend (`basic_text` when there is no keychain); null on the web host. */
  keychainBackend: string | null;
  /** Where a recovery key file is saved: outside the data folder (Documents, or beside the web host's key file). */
  recoveryDir: string;
}

function keyStorageOf(wrap: KeyRecord['wrap'] | null, backend: string | null): KeyStorage | null {
  if (wrap === 'passphrase') return 'passphrase';
  if (wrap === 'none') return 'key-file';
  if (wrap === 'os') return backend === 'basic_text' ? 'basic_text' : 'keychain';
  return null;
}

/** Exports Tend wrote that encryption does not reach: Markdown folders, calendars, unencrypted archives. */
export function plaintextExportsIn(exportDir: string): string[] {
  if (!existsSync(exportDir)) return [];
  return readdirSync(exportDir)
    .filter((name) => /^tend-(?:json|markdown|ics)-/.test(name))
    .filter((name) => !name.endsWith('.json') || !isEncryptedArchiveFile(join(exportDir, name)))
    .map((name) => join(exportDir, name));
}

export function encryptionStatusOf(setup: EncryptionSetup | undefined, exportDir: string): EncryptionStatus {
  return {
    encrypted: setup !== undefined,
    keyStorage: setup ? keyStorageOf(setup.keyring.wrap(), setup.keychainBackend) : null,
    keychainBackend: setup?.keychainBackend ?? null,
    keyFile: setup?.keyring.file ?? null,
    plaintextExports: plaintextExportsIn(exportDir),
  };
}

const NOT_ENCRYPTED = 'This journal is not encrypted, so it has no key to protect.';

export function encryptionHandlers(setup: EncryptionSetup | undefined, exportDir: string, clock: () => Date): HandlersOf<typeof encryptionMethods> {
  return {
    'encryption.status': () => encryptionStatusOf(setup, exportDir),
    'encryption.setPassphrase': async ({ current, next }) => {
      if (!setup) throw conflict(NOT_ENCRYPTED);
      if (setup.keyring.hasPassphrase()) {
        // The key in memory would do, but a changed passphrase must be one the person at the keyboard knows.
        if (current === undefined || (await setup.keyring.check(current)) !== 'ok') {
          throw new TendError('invalid_input', 'That is not the current passphrase.', 'current');
        }
      }
      await setup.keyring.setPassphrase(setup.key, next);
      return encryptionStatusOf(setup, exportDir);
    },
    'encryption.saveRecoveryKey': () => {
      if (!setup) throw conflict(NOT_ENCRYPTED);
      const stamp = clock().toISOString().slice(0, 10);
      let file = join(setup.recoveryDir, `Tend recovery key ${stamp}.json`);
      for (let n = 2; existsSync(file); n++) file = join(setup.recoveryDir, `Tend recovery key ${stamp} (${n}).json`);
      const record: KeyRecord = { version: 1, wrap: 'none', key: setup.key.toString('hex') };
      writePrivateFileAtomically(file, `${JSON.stringify(record)}\n`);
      return { file };
    },
  };
}
