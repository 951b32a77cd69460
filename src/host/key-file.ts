import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { EncryptionSetup } from '../core/crypto/handlers';
import { createKeyring } from '../core/crypto/keyring';
import { WrongPassphraseError } from '../core/crypto/passphrase-seal';
import { StartupError } from '../core/tend';

/**
 * Where the web host keeps its database key by default: the user's config folder, apart from the data
 * (a copy of the data folder — a synced folder, a backup — does not carry the key with it).
 */
export function defaultWebKeyFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'tend-web', 'tend.key');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'tend-web', 'tend.key');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'tend-web', 'tend.key');
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The web host's key: from the key file (made, 0600, on first start), unwrapped with the passphrase
 * when the key file holds a passphrase-wrapped key. A passphrase given for a bare key file wraps the
 * key under it from now on (the data is not re-encrypted).
 */
export async function webEncryption(options: { dataDir: string; keyFile: string; passphrase?: string }): Promise<EncryptionSetup> {
  const keyFile = resolve(options.keyFile);
  if (isInside(options.dataDir, keyFile)) {
    throw new StartupError(`The key file ${keyFile} is inside the data folder; keep it elsewhere (--key-file), or a copy of the data carries its key.`);
  }
  const keyring = createKeyring({ file: keyFile });
  try {
    if (options.passphrase !== undefined && keyring.wrap() === 'none') {
      const key = await keyring.unlock();
      await keyring.setPassphrase(key, options.passphrase);
      return { key, keyring, keychainBackend: null, recoveryDir: dirname(keyFile) };
    }
    const key = await keyring.unlock(options.passphrase);
    return { key, keyring, keychainBackend: null, recoveryDir: dirname(keyFile) };
  } catch (cause) {
    if (cause instanceof WrongPassphraseError) throw new StartupError(`That passphrase does not open the key in ${keyFile}.`, { cause });
    throw cause;
  }
}

/** The passphrase piped in with `--passphrase-stdin`: everything up to the end of input, without the final line break. */
export async function readPassphrase(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const passphrase = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (passphrase.length === 0) throw new StartupError('--passphrase-stdin read an empty passphrase.');
  return passphrase;
}
