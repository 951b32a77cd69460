// @vitest-environment node
// (Its own module state: the count below needs words.ts loaded fresh, after the stand-in.)
import { afterEach, describe, expect, it, vi } from 'vitest';

const Real = Intl.DateTimeFormat;
let made = 0;

afterEach(() => {
  Intl.DateTimeFormat = Real;
});

describe('time words make their formatter on first use (issue 21)', () => {
  it('loading the module makes none; the first time worded makes one, and later ones reuse it', async () => {
    made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    vi.resetModules();
    const { timeOfDayWords, wallTimeWords } = await import('../../../src/shared/words');
    expect(made).toBe(0);
    expect(timeOfDayWords(new Date('2026-11-23T14:00:00Z'))).toBe('9:00 AM');
    expect(timeOfDayWords(new Date('2026-11-23T15:30:00Z'))).toBe('10:30 AM');
    expect(made).toBe(1);
    expect(wallTimeWords('14:00')).toBe('2:00 PM');
    expect(made).toBe(2);
  });
});
