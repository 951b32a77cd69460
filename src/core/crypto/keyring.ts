import { randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from '../startup-error';
import { DEFAULT_SCRYPT_COST, isSealed, seal, unseal, WrongPassphraseError, type ScryptCost, type Sealed } from './passphrase-seal';

/**
 * The database key at rest, in one small JSON file. The key itself is 32 random bytes; the file
 * holds it wrapped one of three ways:
 * - `os`: by the OS keychain (Electron's safeStorage), so nobody is asked anything;
 * - `passphrase`: by a passphrase (scrypt + AES-256-GCM), asked at start and on unlock;
 * - `none`: as is, for the web host's key file, which lives outside the data folder (mode 0600).
 * Changing the passphrase re-wraps the same key; the database is never re-encrypted.
 */
export type KeyRecord =
  | { version: 1; wrap: 'os'; blob: string }
  | { version: 1; wrap: 'passphrase'; sealed: Sealed }
  | { version: 1; wrap: 'none'; key: string };

/** Electron's safeStorage, as the keyring needs it (a fake in tests). */
export interface OsKeyProtector {
  /** safeStorage.getSelectedStorageBackend() on Linux (`basic_text` means no real keychain); the platform's name elsewhere. */
  backend(): string;
  encrypt(plain: Buffer): Buffer;
  decrypt(wrapped: Buffer): Buffer;
}

/** The key file needs a passphrase and none was given: the host asks for one. */
export class PassphraseNeededError extends StartupError {
  constructor(readonly keyFile: string) {
    super(`Tend's key (${keyFile}) is protected by a passphrase; enter it to open your journal.`);
    this.name = 'PassphraseNeededError';
  }
}

export const KEY_BYTES = 32;

export interface Keyring {
  readonly file: string;
  /** Whether the key is wrapped by a passphrase (so unlocking asks for it). */
  hasPassphrase(): boolean;
  /** How the key is kept now, for Settings; null before the first unlock made one. */
  wrap(): KeyRecord['wrap'] | null;
  /**
   * The database key: read and unwrapped, or made and stored on first use. Throws
   * PassphraseNeededError when a passphrase is needed and not given, WrongPassphraseError when it is wrong.
   */
  unlock(passphrase?: string): Promise<Buffer>;
  /** Whether `passphrase` unwraps the key; never throws for a wrong one. */
  check(passphrase: string): Promise<'ok' | 'wrong'>;
  /** Re-wraps `key` under a new passphrase, or (null) back under the OS keychain or the bare key file. */
  setPassphrase(key: Buffer, passphrase: string | null): Promise<void>;
}

export interface KeyringOptions {
  file: string;
  /** Electron's safeStorage; without it (the web host) the key is kept bare in a private file. */
  protector?: OsKeyProtector;
  /** Tests lower the cost; the app uses DEFAULT_SCRYPT_COST. */
  scryptCost?: ScryptCost;
}

function parseRecord(file: string, text: string): KeyRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new StartupError(`Tend's key file ${file} cannot be read (it is not the JSON Tend writes). Restore it from your recovery key file.`, { cause });
  }
  const record = value as Partial<Record<string, unknown>>;
  if (record.version === 1) {
    if (record.wrap === 'os' && typeof record.blob === 'string') return record as KeyRecord;
    if (record.wrap === 'passphrase' && isSealed(record.sealed)) return record as KeyRecord;
    if (record.wrap === 'none' && typeof record.key === 'string' && /^[0-9a-f]{64}$/.test(record.key)) return record as KeyRecord;
  }
  throw new StartupError(`Tend's key file ${file} is not one this version of Tend reads.`);
}

/** Written beside, flushed, then renamed over: a crash leaves the old key file or the new one, never half of one. */
export function writePrivateFileAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial-${process.pid}`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  try {
    const dir = openSync(dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Windows cannot fsync a folder; the file itself was flushed.
  }
}

export function createKeyring(options: KeyringOptions): Keyring {
  const { file, protector } = options;
  const cost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  const read = (): KeyRecord | null => (existsSync(file) ? parseRecord(file, readFileSync(file, 'utf8')) : null);

  function unwrapWithoutPassphrase(record: KeyRecord): Buffer {
    if (record.wrap === 'none') return Buffer.from(record.key, 'hex');
    if (record.wrap === 'os') {
      if (!protector) throw new StartupError(`Tend's key file ${file} was made by the desktop app's keychain and cannot be opened here.`);
      return protector.decrypt(Buffer.from(record.blob, 'base64'));
    }
    throw new PassphraseNeededError(file);
  }

  function recordWithoutPassphrase(key: Buffer): KeyRecord {
    return protector
      ? { version: 1, wrap: 'os', blob: protector.encrypt(key).toString('base64') }
      : { version: 1, wrap: 'none', key: key.toString('hex') };
  }

  function store(record: KeyRecord): void {
    writePrivateFileAtomically(file, `${JSON.stringify(record)}\n`);
  }

  async function unwrap(record: KeyRecord, passphrase: string | undefined): Promise<Buffer> {
    if (record.wrap !== 'passphrase') return unwrapWithoutPassphrase(record);
    if (passphrase === undefined) throw new PassphraseNeededError(file);
    const key = await unseal(record.sealed, passphrase);
    if (key.length !== KEY_BYTES) throw new WrongPassphraseError();
    return key;
  }

  return {
    file,
    hasPassphrase: () => read()?.wrap === 'passphrase',
    wrap: () => read()?.wrap ?? null,
    async unlock(passphrase) {
      const record = read();
      if (record) return unwrap(record, passphrase);
      const key = randomBytes(KEY_BYTES);
      store(passphrase === undefined ? recordWithoutPassphrase(key) : { version: 1, wrap: 'passphrase', sealed: await seal(key, passphrase, cost) });
      return key;
    },
    async check(passphrase) {
      const record = read();
      if (record?.wrap !== 'passphrase') return 'wrong';
      try {
        await unwrap(record, passphrase);
        return 'ok';
      } catch (error) {
        if (error instanceof WrongPassphraseError) return 'wrong';
        throw error;
      }
    },
    async setPassphrase(key, passphrase) {
      const current = read();
      // Only the key this file already holds may be re-wrapped: a mistake here would lose the data.
      if (current && current.wrap !== 'passphrase') {
        const held = unwrapWithoutPassphrase(current);
        if (held.length !== key.length || !timingSafeEqual(held, key)) throw new Error('The key to re-wrap is not the one this key file holds.');
      }
      store(passphrase === null ? recordWithoutPassphrase(key) : { version: 1, wrap: 'passphrase', sealed: await seal(key, passphrase, cost) });
    },
  };
}
