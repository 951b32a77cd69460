import { describe, expect, it } from 'vitest';
import { firstOf } from '../../../../src/renderer/features/insights/first-rows';

describe('firstOf', () => {
  const ten = Array.from({ length: 10 }, (_, i) => i);
  it.each([
    { what: 'a list longer than the limit is cut to it', items: ten, limit: 4, all: false, shown: [0, 1, 2, 3] },
    { what: 'a list as long as the limit is whole', items: ten, limit: 10, all: false, shown: ten },
    { what: 'a shorter list is whole', items: ten.slice(0, 3), limit: 4, all: false, shown: [0, 1, 2] },
    { what: 'asked for all, a long list is whole', items: ten, limit: 4, all: true, shown: ten },
    { what: 'an empty list stays empty', items: [], limit: 4, all: false, shown: [] },
  ])('$what', ({ items, limit, all, shown }) => {
    expect(firstOf(items, limit, all)).toEqual(shown);
  });
});
