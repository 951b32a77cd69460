import { describe, expect, it } from 'vitest';
import { badDateMessage, dateExample, wordedForField } from '../../../../../src/renderer/ui/forms/field-message';
import { problemFor } from '../../../../../src/renderer/ui/forms/field-problem';

// Monday 23 November 2026 in New York (vitest pins the zone).
const TODAY = new Date('2026-11-23T14:00:00.000Z');

describe('messages say what the form shows', () => {
  it.each([
    ['en-US', '11/23/2026'],
    ['en-GB', '23/11/2026'],
    ['de-DE', '23.11.2026'],
  ])('a date example in %s reads %s, as the date field displays it', (locale, expected) => {
    expect(dateExample(locale, TODAY)).toBe(expected);
  });

  it.each([
    ['Title cannot be empty.', 'What', 'What cannot be empty.'],
    ['Title cannot be empty.', undefined, 'Title cannot be empty.'],
    ['Note must be 20000 characters or fewer.', undefined, 'Note must be 20,000 characters or fewer.'],
    ['Why must be 2000 characters or fewer.', 'Why it matters', 'Why it matters must be 2,000 characters or fewer.'],
    ['Enter a date as YYYY-MM-DD.', 'Date', 'Enter a date like 11/23/2026.'],
    ['Cadence must be at least 1 day.', 'Cadence', 'Cadence must be at least 1 day.'],
  ])('%j for a field labelled %j reads %j', (message, label, expected) => {
    expect(wordedForField(message, label, 'en-US', TODAY)).toBe(expected);
  });

  it('a half-typed date says the format the field shows', () => {
    expect(badDateMessage('en-US', TODAY)).toBe('That date is incomplete or does not exist; enter a date like 11/23/2026.');
  });

  it('problemFor words a field’s refusal with its label, and leaves a form-level one as the contract said it', () => {
    const words = { labels: { title: 'What' }, locale: 'en-US', today: TODAY };
    expect(problemFor({ code: 'invalid_input', message: 'Title cannot be empty.', field: 'title' }, ['title'], words)).toEqual({ field: 'title', message: 'What cannot be empty.' });
    expect(problemFor({ code: 'conflict', message: 'Restore them first.' }, ['title'], words)).toEqual({ field: null, message: 'Restore them first.' });
  });
});
