import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../../src/core/dispatch';
import { AnniversarySaveInput, DAYS_AHEAD_MESSAGE, ImportantDateSaveInput } from '../../../src/shared/dates';

const PERSON = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c01';

/** The first issue as the dispatcher reports it: one message naming one field. */
function refusal(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return result.success ? null : describeIssue(result.issues[0]);
}

describe('days ahead is refused in the words of the field the forms show ("Remind me … days ahead")', () => {
  test.each([91, -1, 1.5, '7', Number.NaN])('%j', (daysAhead) => {
    const date = { personId: PERSON, title: 'Exam', on: '2027-02-27', daysAhead };
    expect(refusal(ImportantDateSaveInput, date)).toEqual({ field: 'daysAhead', message: DAYS_AHEAD_MESSAGE });
    expect(refusal(AnniversarySaveInput, { personId: PERSON, daysAhead })).toEqual({ field: 'daysAhead', message: DAYS_AHEAD_MESSAGE });
  });

  test('the message names the label and the range, and 0 and 90 pass', () => {
    expect(DAYS_AHEAD_MESSAGE).toBe('“Remind me” must be a whole number of days ahead, from 0 to 90.');
    for (const daysAhead of [0, 90]) expect(refusal(AnniversarySaveInput, { personId: PERSON, daysAhead })).toBeNull();
  });
});
