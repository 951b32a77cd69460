import { describe, expect, it } from 'vitest';
import { nothingSinceWords } from '../../../../src/renderer/features/prep/prep-words';

const day = (iso: string) => `<${iso}>`;

describe('an empty “Since last time”', () => {
  it.each([
    [{ lastOneOnOneOn: '2026-11-16', from: '2026-11-16', to: '2026-11-23' }, 'Nothing written since <2026-11-16>.'],
    // Before any 1:1 the window is the last 30 days, whenever the person was added (found living a
    // week: someone added today read "Nothing written since 24 Oct.").
    [{ lastOneOnOneOn: null, from: '2026-10-24', to: '2026-11-23' }, 'Nothing written in the last 30 days.'],
    [{ lastOneOnOneOn: null, from: '2026-03-01', to: '2026-03-31' }, 'Nothing written in the last 30 days.'],
  ])('%j reads %s', (since, words) => {
    expect(nothingSinceWords(since, day)).toBe(words);
  });
});
