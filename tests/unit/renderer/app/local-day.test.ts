import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { localDayOf } from '../../../../src/renderer/app/local-day';

// vitest pins TZ=America/New_York: these instants sit on either side of local midnight and the DST changes.
describe('localDayOf, without date-fns, names the same day as its yyyy-MM-dd format', () => {
  it.each([
    ['2026-11-23T14:00:00.000Z', '2026-11-23'],
    ['2026-11-24T04:59:59.999Z', '2026-11-23'],
    ['2026-11-24T05:00:00.000Z', '2026-11-24'],
    ['2026-03-08T07:30:00.000Z', '2026-03-08'],
    ['2026-11-01T05:30:00.000Z', '2026-11-01'],
    ['2027-01-01T04:59:00.000Z', '2026-12-31'],
    ['0999-06-15T12:00:00.000Z', '0999-06-15'],
  ])('%s → %s', (instant, day) => {
    const date = new Date(instant);
    expect(localDayOf(date)).toBe(day);
    expect(localDayOf(date)).toBe(format(date, 'yyyy-MM-dd'));
  });
});
