import { closeSync, openSync, readSync } from 'node:fs';
import { isSealed, seal, unseal, WrongPassphraseError, type ScryptCost, type Sealed } from './passphrase-seal';

/**
 * A JSON archive encrypted with a passphrase (docs/archive-format.md, "Encrypted archives"):
 * `{"format":"tend-encrypted-archive","version":1,"sealed":{…}}`, where `sealed` holds the archive's
 * UTF-8 JSON text under scrypt + AES-256-GCM. The format name comes first, so a reader can tell an
 * encrypted archive from a plain one by its first bytes.
 */
export const ENCRYPTED_ARCHIVE_FORMAT = 'tend-encrypted-archive';
const PREFIX = `{"format":"${ENCRYPTED_ARCHIVE_FORMAT}"`;

export interface EncryptedArchive {
  format: typeof ENCRYPTED_ARCHIVE_FORMAT;
  version: 1;
  sealed: Sealed;
}

/** The largest scrypt cost an archive may ask for: a file from elsewhere must not make Tend allocate gigabytes. */
const MAX_N = 2 ** 20;

export async function sealArchive(archiveJson: string, passphrase: string, cost?: ScryptCost): Promise<string> {
  const envelope: EncryptedArchive = { format: ENCRYPTED_ARCHIVE_FORMAT, version: 1, sealed: await seal(Buffer.from(archiveJson, 'utf8'), passphrase, cost) };
  return JSON.stringify(envelope);
}

export function isEncryptedArchiveText(text: string): boolean {
  return text.trimStart().startsWith(PREFIX);
}

export function isEncryptedArchiveFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PREFIX.length + 8);
    const read = readSync(fd, head, 0, head.length, 0);
    return isEncryptedArchiveText(head.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

export class ArchiveEnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveEnvelopeError';
  }
}

/** The archive's JSON text from an encrypted archive; throws WrongPassphraseError or ArchiveEnvelopeError. */
export async function openSealedArchive(text: string, passphrase: string): Promise<string> {
  let envelope: Partial<EncryptedArchive>;
  try {
    envelope = JSON.parse(text) as Partial<EncryptedArchive>;
  } catch {
    throw new ArchiveEnvelopeError('That encrypted archive is damaged (it is not complete JSON).');
  }
  if (envelope.format !== ENCRYPTED_ARCHIVE_FORMAT || envelope.version !== 1 || !isSealed(envelope.sealed)) {
    throw new ArchiveEnvelopeError('That encrypted archive was made by a newer Tend, or is damaged.');
  }
  if (envelope.sealed.N > MAX_N || envelope.sealed.r > 32 || envelope.sealed.p > 16) {
    throw new ArchiveEnvelopeError('That encrypted archive asks for more work to open than Tend allows.');
  }
  return (await unseal(envelope.sealed, passphrase)).toString('utf8');
}

export { WrongPassphraseError };
