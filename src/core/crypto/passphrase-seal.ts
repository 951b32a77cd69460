import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * Bytes sealed under a passphrase: scrypt stretches the passphrase into a 256-bit key, AES-256-GCM
 * encrypts and authenticates. Used to wrap the database key and for encrypted archives; the same
 * versioned shape in both places (docs/archive-format.md describes it).
 */
export interface Sealed {
  v: 1;
  kdf: 'scrypt';
  /** scrypt cost parameters, stored so they can be raised later without breaking old seals. */
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  iv: string;
  /** base64, GCM's 16-byte tag */
  tag: string;
  /** base64 */
  data: string;
}

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** ~0.8 s of CPU on the 2-core development machine (README, Encryption): slow enough to make guessing costly, quick enough to wait for at start. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** The passphrase did not open the seal (GCM's tag did not verify): wrong passphrase, or altered bytes. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not the right one.');
    this.name = 'WrongPassphraseError';
  }
}

function stretch(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128·N·r bytes of memory, plus headroom: Node's default cap (32 MB) is below the default cost.
    const maxmem = 256 * cost.N * cost.r;
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function seal(plaintext: Buffer, passphrase: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<Sealed> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await stretch(passphrase, salt, cost);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    v: 1,
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export async function unseal(sealed: Sealed, passphrase: string): Promise<Buffer> {
  const key = await stretch(passphrase, Buffer.from(sealed.salt, 'base64'), { N: sealed.N, r: sealed.r, p: sealed.p });
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Whether a parsed JSON value has the shape of a seal (a version this Tend reads). */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === 1 &&
    v.kdf === 'scrypt' &&
    [v.N, v.r, v.p].every((n) => Number.isInteger(n) && (n as number) > 0) &&
    [v.salt, v.iv, v.tag, v.data].every((s) => typeof s === 'string')
  );
}
