/**
 * How the lock asks whether a passphrase unlocks Tend (issue 24). The key store (encryption at rest)
 * implements it; the lock only calls it, so neither depends on how the other is built.
 */
export type PassphraseCheck = { hasPassphrase(): boolean; check(passphrase: string): Promise<'ok' | 'wrong'> };
