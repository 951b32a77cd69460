import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../../src/shared/contract';
import type { ImportantDate } from '../../../../src/shared/dates';
import type { Goal } from '../../../../src/shared/goals';
import type { Note } from '../../../../src/shared/notes';
import { anniversaryInput, dateDraft, dateInput } from '../../../../src/renderer/features/person/dates/date-form';
import { detailDraft, detailInput } from '../../../../src/renderer/features/person/details/detail-form';
import { goalDraft, goalInput, progressDraft, progressInput } from '../../../../src/renderer/features/person/goals/goal-form';
import { matterDraft, matterInput } from '../../../../src/renderer/features/person/matters/matter-form';
import { noteCounter, noteDraft, noteInput } from '../../../../src/renderer/features/timeline/note-form';
import { problemFor } from '../../../../src/renderer/ui/forms/field-problem';

const PERSON = '0b6f1c3e-6a0e-4c8e-9a53-2f1f6d3c9b10';
const RECORD = '5f0c6c9e-3f7e-4b8e-9a51-1d2b3c4d5e6f';
const STAMP = '2026-11-20T14:00:00.000Z';
const TODAY = '2026-11-23';

/** The first issue the contract raises for an input, as the UI would see it. */
function issueOf(method: keyof typeof methods, input: unknown): { field: string | undefined; message: string } | null {
  const result = v.safeParse(methods[method].input, input);
  if (result.success) return null;
  const issue = result.issues[0];
  return { field: issue.path?.map((item) => String(item.key)).join('.'), message: issue.message };
}

describe('inline form drafts become contract input', () => {
  it('sends what matters as typed, with today as the day for a new one', () => {
    const draft = matterDraft(null, TODAY);
    expect(draft).toEqual({ what: '', why: '', notedOn: TODAY });
    expect(matterInput({ ...draft, what: 'Autonomy' }, PERSON)).toEqual({ personId: PERSON, what: 'Autonomy', why: '', notedOn: TODAY });
    expect(issueOf('matters.save', matterInput({ ...draft, what: 'Autonomy' }, PERSON))).toBeNull();
    expect(issueOf('matters.save', matterInput(draft, PERSON))).toEqual({ field: 'what', message: 'What matters cannot be empty.' });
  });

  it('leaves a cleared day out, so the contract keeps the stored one', () => {
    expect(matterInput({ what: 'x', why: '', notedOn: '' }, PERSON, { id: RECORD, updatedAt: STAMP })).toEqual({
      id: RECORD,
      expectedUpdatedAt: STAMP,
      personId: PERSON,
      what: 'x',
      why: '',
    });
    expect(progressInput({ body: 'x', notedOn: ' ', status: '' }, RECORD)).toEqual({ goalId: RECORD, body: 'x' });
  });

  it('adds a goal as active and edits one with everything it has', () => {
    expect(goalInput(goalDraft(null, 'personal'), PERSON, 'goal')).toEqual({
      personId: PERSON,
      kind: 'goal',
      sphere: 'personal',
      title: '',
      detail: '',
      status: 'active',
      targetOn: '',
    });
    const goal = { id: RECORD, sphere: 'professional', title: 'Lead', detail: null, status: 'achieved', targetOn: '2027-01-01' } as Goal;
    const input = goalInput(goalDraft(goal, 'personal'), PERSON, 'goal', { id: RECORD, updatedAt: STAMP });
    expect(input).toMatchObject({ id: RECORD, expectedUpdatedAt: STAMP, sphere: 'professional', status: 'achieved', targetOn: '2027-01-01', detail: '' });
    expect(issueOf('goals.save', input)).toBeNull();
    expect(issueOf('goals.save', { ...input, title: ' ' })).toEqual({ field: 'title', message: 'Title cannot be empty.' });
  });

  it('moves the status with a progress note only when asked', () => {
    expect(progressInput(progressDraft(TODAY), RECORD)).toEqual({ goalId: RECORD, body: '', notedOn: TODAY });
    expect(progressInput({ body: 'Shipped', notedOn: TODAY, status: 'achieved' }, RECORD)).toEqual({
      goalId: RECORD,
      body: 'Shipped',
      notedOn: TODAY,
      status: 'achieved',
    });
  });

  it('sends a relation and birthday only for family and pets', () => {
    const family = { ...detailDraft(null, 'family'), name: 'Maya', relation: 'daughter', birthday: '2018-12-01' };
    expect(detailInput(family, PERSON)).toMatchObject({ kind: 'family', relation: 'daughter', birthday: '2018-12-01' });
    expect(detailInput({ ...family, kind: 'hobby' }, PERSON)).toMatchObject({ kind: 'hobby', relation: '', birthday: '' });
    expect(issueOf('details.save', detailInput({ ...family, birthday: '2019-02-29' }, PERSON))).toMatchObject({ field: 'birthday' });
  });

  it('keeps birthdays yearly and untitled, and turns typed days ahead into a number or NaN', () => {
    const birthday = { ...dateDraft(null, 'birthday'), on: '1991-05-04', title: 'ignored' };
    expect(dateInput(birthday, PERSON)).toEqual({ personId: PERSON, kind: 'birthday', on: '1991-05-04', yearly: true, daysAhead: 7, note: '' });
    const custom = { ...dateDraft(null, 'custom'), title: 'Moves house', on: '2026-12-10', daysAhead: '21' };
    expect(dateInput(custom, PERSON)).toMatchObject({ kind: 'custom', title: 'Moves house', yearly: false, daysAhead: 21 });
    expect(issueOf('dates.save', dateInput({ ...custom, daysAhead: '' }, PERSON))).toMatchObject({ field: 'daysAhead' });
    expect(issueOf('dates.save', dateInput({ ...custom, daysAhead: '2.5' }, PERSON))).toMatchObject({ field: 'daysAhead' });
    expect(anniversaryInput('14', PERSON)).toEqual({ personId: PERSON, daysAhead: 14 });
  });

  it('opens an existing date with its own kind, whatever the form was opened for', () => {
    const stored = { kind: 'custom', title: 'Exam', on: '2027-06-01', yearly: false, daysAhead: 3, note: null } as ImportantDate;
    expect(dateDraft(stored, 'birthday')).toEqual({ kind: 'custom', title: 'Exam', on: '2027-06-01', yearly: false, daysAhead: '3', note: '' });
  });

  it('writes a note with optional mood and energy as numbers or null', () => {
    const draft = noteDraft(null, TODAY);
    expect(draft).toEqual({ kind: 'one_on_one', notedOn: TODAY, body: '', mood: '', energy: '' });
    expect(noteInput({ ...draft, body: 'Hi', mood: '4' }, PERSON)).toEqual({
      personId: PERSON,
      kind: 'one_on_one',
      notedOn: TODAY,
      body: 'Hi',
      mood: 4,
      energy: null,
    });
    const stored = { kind: 'feedback_praise', notedOn: '2026-11-20', body: 'Great', mood: null, energy: 2 } as Note;
    expect(noteDraft(stored, TODAY)).toEqual({ kind: 'feedback_praise', notedOn: '2026-11-20', body: 'Great', mood: '', energy: '2' });
  });

  it('counts characters only near the limit', () => {
    expect(noteCounter(17_999)).toBeNull();
    expect(noteCounter(18_000, 'en-US')).toEqual({ text: '18,000 / 20,000', over: false });
    expect(noteCounter(20_000, 'en-US')).toEqual({ text: '20,000 / 20,000', over: false });
    expect(noteCounter(20_001, 'en-US')).toEqual({ text: '1 character over the limit', over: true });
    expect(noteCounter(20_250, 'en-US')).toEqual({ text: '250 characters over the limit', over: true });
  });
});

describe('where a refused save’s message goes', () => {
  it('beside the field the contract names, when the form has it', () => {
    expect(problemFor({ code: 'invalid_input', message: 'Title cannot be empty.', field: 'title' }, ['title', 'detail'])).toEqual({
      field: 'title',
      message: 'Title cannot be empty.',
    });
  });

  it('above the form otherwise: an archived person, another field, or no field', () => {
    expect(problemFor({ code: 'conflict', message: 'Restore them first.', field: 'personId' }, ['title'])).toEqual({
      field: null,
      message: 'Restore them first.',
    });
    expect(problemFor({ code: 'invalid_input', message: 'Bad id.', field: 'id' }, ['title'])).toEqual({ field: null, message: 'Bad id.' });
    expect(problemFor({ code: 'transport', message: 'Not answering.' }, ['title'])).toEqual({ field: null, message: 'Not answering.' });
  });
});
