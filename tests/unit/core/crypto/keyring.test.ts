import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createKeyring, PassphraseNeededError, type OsKeyProtector } from '../../../../src/core/crypto/keyring';
import { passphraseCheckOf } from '../../../../src/core/crypto/unlock';
import { openSealedArchive, sealArchive, isEncryptedArchiveText } from '../../../../src/core/crypto/archive-envelope';
import { seal, unseal, WrongPassphraseError } from '../../../../src/core/crypto/passphrase-seal';
import { TEST_SCRYPT_COST } from '../../../fixtures/encryption';
import { tempDir } from '../../../fixtures/temp-dir';

/** A stand-in keychain that marks what it wrapped, so a test can see the key never sits bare in the file. */
const fakeKeychain: OsKeyProtector = {
  backend: () => 'gnome_libsecret',
  encrypt: (plain) => Buffer.concat([Buffer.from('kc:'), Buffer.from(plain.map((b) => b ^ 0x5a))]),
  decrypt: (wrapped) => Buffer.from(wrapped.subarray(3).map((b) => b ^ 0x5a)),
};

const keyFile = () => join(tempDir('tend-key'), 'tend.key');

describe('keyring', () => {
  test('makes a 256-bit key on first unlock, keeps it in a 0600 file, and gives the same key back', async () => {
    const file = keyFile();
    const keyring = createKeyring({ file });
    const key = await keyring.unlock();
    expect(key.length).toBe(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(keyring.wrap()).toBe('none');
    expect(await createKeyring({ file }).unlock()).toEqual(key);
  });

  test('with the keychain, the file holds only the wrapped key', async () => {
    const file = keyFile();
    const key = await createKeyring({ file, protector: fakeKeychain }).unlock();
    expect(readFileSync(file, 'utf8')).not.toContain(key.toString('hex'));
    expect(createKeyring({ file, protector: fakeKeychain }).wrap()).toBe('os');
    expect(await createKeyring({ file, protector: fakeKeychain }).unlock()).toEqual(key);
  });

  test('a passphrase re-wraps the same key; unlocking then needs it, and a wrong one is a typed error', async () => {
    const file = keyFile();
    const keyring = createKeyring({ file, protector: fakeKeychain, scryptCost: TEST_SCRYPT_COST });
    const key = await keyring.unlock();
    await keyring.setPassphrase(key, 'correct horse battery');
    expect(keyring.hasPassphrase()).toBe(true);
    await expect(keyring.unlock()).rejects.toBeInstanceOf(PassphraseNeededError);
    await expect(keyring.unlock('wrong horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await keyring.unlock('correct horse battery')).toEqual(key);

    await keyring.setPassphrase(key, 'a new passphrase');
    expect(await keyring.unlock('a new passphrase')).toEqual(key);
    await keyring.setPassphrase(key, null);
    expect(keyring.wrap()).toBe('os');
    expect(await keyring.unlock()).toEqual(key);
  });

  test('refuses to re-wrap a key other than the one it holds', async () => {
    const keyring = createKeyring({ file: keyFile(), scryptCost: TEST_SCRYPT_COST });
    await keyring.unlock();
    await expect(keyring.setPassphrase(Buffer.alloc(32, 1), 'some passphrase')).rejects.toThrow(/not the one/);
  });

  test('the lock checks a passphrase through PassphraseCheck without seeing the key', async () => {
    const keyring = createKeyring({ file: keyFile(), scryptCost: TEST_SCRYPT_COST });
    const lock = passphraseCheckOf(keyring);
    const key = await keyring.unlock();
    expect(lock.hasPassphrase()).toBe(false);
    expect(await lock.check('anything at all')).toBe('wrong');
    await keyring.setPassphrase(key, 'open sesame please');
    expect(lock.hasPassphrase()).toBe(true);
    expect(await lock.check('open sesame please')).toBe('ok');
    expect(await lock.check('open sesame')).toBe('wrong');
  });
});

describe('passphrase seal and the encrypted archive envelope', () => {
  test('seals and unseals; a changed byte or a wrong passphrase is refused', async () => {
    const sealed = await seal(Buffer.from('private words'), 'passphrase one', TEST_SCRYPT_COST);
    expect((await unseal(sealed, 'passphrase one')).toString()).toBe('private words');
    await expect(unseal(sealed, 'passphrase two')).rejects.toBeInstanceOf(WrongPassphraseError);
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = data[0]! ^ 1;
    await expect(unseal({ ...sealed, data: data.toString('base64') }, 'passphrase one')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  test('an encrypted archive says what it is in its first bytes and opens with its passphrase', async () => {
    const text = await sealArchive('{"format":"tend-archive"}', 'archive passphrase', TEST_SCRYPT_COST);
    expect(isEncryptedArchiveText(text)).toBe(true);
    expect(isEncryptedArchiveText('{"format":"tend-archive"}')).toBe(false);
    expect(text).not.toContain('tend-archive"}');
    expect(await openSealedArchive(text, 'archive passphrase')).toBe('{"format":"tend-archive"}');
    await expect(openSealedArchive(text, 'other')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  test('an archive asking for an absurd scrypt cost is refused before any work', async () => {
    const envelope = JSON.parse(await sealArchive('{}', 'x'.repeat(8), TEST_SCRYPT_COST)) as { sealed: { N: number } };
    envelope.sealed.N = 2 ** 30;
    await expect(openSealedArchive(JSON.stringify(envelope), 'x'.repeat(8))).rejects.toThrow(/more work/);
  });
});
