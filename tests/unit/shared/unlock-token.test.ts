import { describe, expect, it } from 'vitest';
import { unlockTokenFrom } from '../../../src/shared/unlock-token';

describe('unlockTokenFrom: what the transports keep from an answer', () => {
  it.each([
    ['lock.unlock', { ok: true, value: { unlocked: true, unlockToken: 'abc' } }, 'abc'],
    ['lock.unlock', { ok: true, value: { unlocked: false, reason: 'wrong', retryAt: null } }, null],
    ['lock.unlock', { ok: false, error: { code: 'locked', message: 'x' } }, null],
    ['lock.unlock', { ok: true, value: { unlocked: true, unlockToken: '' } }, null],
    ['lock.unlock', null, null],
    ['lock.unlock', 'text', null],
    // Only the unlock's own answer carries a token: a field of that name elsewhere is data.
    ['notes.save', { ok: true, value: { unlockToken: 'planted' } }, null],
  ])('%s → %j gives %j', (method, result, token) => {
    expect(unlockTokenFrom(method, result)).toBe(token);
  });
});
