import { describe, expect, test } from 'vitest';
import type { EncryptionStatus } from '../../../../src/shared/encryption';
import { keyStorageWords, passphraseProblem } from '../../../../src/renderer/features/settings/security/security-display';

const status = (patch: Partial<EncryptionStatus>): EncryptionStatus => ({
  encrypted: true,
  keyStorage: 'keychain',
  keychainBackend: 'gnome_libsecret',
  keyFile: '/home/a/.config/Tend/tend.key',
  plaintextExports: [],
  ...patch,
});

describe('Settings → Security words', () => {
  test.each([
    [{ keyStorage: 'keychain' as const }, 'Key kept in your system keychain', null],
    [{ keyStorage: 'basic_text' as const, keychainBackend: 'basic_text' }, 'No system keychain found', 'Anyone who copies the data folder can also read the key. Set a passphrase to protect it.'],
    [{ keyStorage: 'key-file' as const }, 'Key kept in a key file', null],
    [{ keyStorage: 'passphrase' as const }, 'Key protected by your passphrase', null],
    [{ encrypted: false, keyStorage: null }, 'Not encrypted', null],
  ])('%o → %s', (patch, title, warning) => {
    const words = keyStorageWords(status(patch));
    expect(words.title).toBe(title);
    expect(words.warning).toBe(warning);
  });

  test.each([
    ['short', 'short', 'Use at least 8 characters.'],
    ['long enough', 'long enougH', 'The two passphrases are not the same.'],
    ['long enough', 'long enough', null],
  ])('passphrase %s / %s → %s', (next, repeat, problem) => {
    expect(passphraseProblem(next, repeat)).toBe(problem);
  });
});
