import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../../src/core/dispatch';
import { attentionMethods } from '../../../src/shared/attention';
import { commitmentsMethods } from '../../../src/shared/commitments';
import { DATA_AREAS, methods } from '../../../src/shared/contract';
import { investmentsMethods, MINUTES_MESSAGE } from '../../../src/shared/investments';
import { composeTables, type MethodTable } from '../../../src/shared/method-table';
import { QUICK_LOG_MAX, quickLogMethods } from '../../../src/shared/quick-log';
import { talkingPointsMethods } from '../../../src/shared/talking-points';

const INVEST_TABLES = [investmentsMethods, commitmentsMethods, talkingPointsMethods, attentionMethods, quickLogMethods] as const;
const ALL = composeTables(...INVEST_TABLES);
type Name = keyof typeof ALL;

const PERSON = '0b6f3a52-5d0e-4c57-9f55-7a3f0e2b1c01';
const ID = '2d3e4f50-0000-4000-8000-000000000001';
const ID2 = '2d3e4f50-0000-4000-8000-000000000002';

/** Validates as the dispatcher will: the first issue becomes one message naming one field. */
function check(method: Name, input: unknown) {
  const result = v.safeParse((ALL[method] as MethodTable[string]).input, input);
  if (result.success) return { ok: true as const, value: result.output as unknown };
  return { ok: false as const, ...describeIssue(result.issues[0]) };
}

describe('good payloads pass, with defaults applied and blanks cleared', () => {
  test.each([
    ['investments.log', { personId: PERSON, minutes: 30 }, { personId: PERSON, minutes: 30, kind: 'check_in', note: null }],
    [
      'investments.log',
      { id: ID, personId: PERSON, day: '2026-11-20', minutes: 600, kind: 'career', note: '  Talked **growth**  ' },
      { id: ID, personId: PERSON, day: '2026-11-20', minutes: 600, kind: 'career', note: 'Talked **growth**' },
    ],
    ['investments.log', { personId: PERSON, minutes: 1, note: '   ' }, { personId: PERSON, minutes: 1, kind: 'check_in', note: null }],
    ['investments.delete', { id: ID }, { id: ID }],
    ['commitments.save', { personId: PERSON, text: ' Send the budget link ' }, { personId: PERSON, text: 'Send the budget link', owner: 'me', dueOn: null }],
    ['commitments.save', { id: ID, personId: PERSON, text: 'Draft the RFC', owner: 'them', dueOn: '2026-12-01' }, { id: ID, personId: PERSON, text: 'Draft the RFC', owner: 'them', dueOn: '2026-12-01' }],
    ['commitments.save', { personId: PERSON, text: 'x', dueOn: '' }, { personId: PERSON, text: 'x', owner: 'me', dueOn: null }],
    ['commitments.complete', { id: ID }, { id: ID }],
    ['commitments.complete', { id: ID, day: '2026-11-22' }, { id: ID, day: '2026-11-22' }],
    ['commitments.drop', { id: ID }, { id: ID, reason: null }],
    ['commitments.drop', { id: ID, reason: ' Budget frozen ' }, { id: ID, reason: 'Budget frozen' }],
    ['commitments.reopen', { id: ID }, { id: ID }],
    ['commitments.delete', { id: ID }, { id: ID }],
    ['commitments.list', { personId: PERSON }, { personId: PERSON, status: 'open' }],
    ['commitments.list', { personId: PERSON, status: 'dropped' }, { personId: PERSON, status: 'dropped' }],
    ['talkingPoints.save', { personId: PERSON, text: ' Promo timeline ' }, { personId: PERSON, text: 'Promo timeline' }],
    ['talkingPoints.discuss', { id: ID }, { id: ID }],
    ['talkingPoints.discuss', { id: ID, day: '2026-11-23' }, { id: ID, day: '2026-11-23' }],
    ['talkingPoints.requeue', { id: ID }, { id: ID }],
    ['talkingPoints.reorder', { personId: PERSON, ids: [ID2, ID] }, { personId: PERSON, ids: [ID2, ID] }],
    ['talkingPoints.delete', { id: ID }, { id: ID }],
    ['attention.summary', undefined, { weekStartsOn: 1 }],
    ['attention.summary', {}, { weekStartsOn: 1 }],
    ['attention.summary', { weekStartsOn: 0 }, { weekStartsOn: 0 }],
    ['attention.snooze', { personId: PERSON, until: '2026-12-01' }, { personId: PERSON, until: '2026-12-01' }],
    ['attention.snooze', { personId: PERSON, until: null }, { personId: PERSON, until: null }],
    ['quickLog.parse', { line: '@Sam 30m coaching' }, { line: '@Sam 30m coaching' }],
    ['quickLog.save', { line: '@Ana 30m', personId: PERSON }, { line: '@Ana 30m', personId: PERSON }],
  ] as const)('%s %j', (method, input, output) => {
    expect(check(method, input)).toEqual({ ok: true, value: output });
  });
});

describe('bad payloads fail with one sentence naming the field', () => {
  test.each([
    ['investments.log', { personId: PERSON, minutes: 0 }, 'minutes', MINUTES_MESSAGE],
    ['investments.log', { personId: PERSON, minutes: 601 }, 'minutes', MINUTES_MESSAGE],
    ['investments.log', { personId: PERSON, minutes: 1.5 }, 'minutes', MINUTES_MESSAGE],
    ['investments.log', { personId: PERSON, minutes: '30' }, 'minutes', MINUTES_MESSAGE],
    ['investments.log', { personId: PERSON }, 'minutes', 'minutes is required.'],
    ['investments.log', { personId: 'sam', minutes: 30 }, 'personId', 'This id is not a valid identifier.'],
    ['investments.log', { personId: PERSON, minutes: 30, kind: 'meeting' }, 'kind', 'Choose a kind of time from the list.'],
    ['investments.log', { personId: PERSON, minutes: 30, day: '2026-02-30' }, 'day', 'That date does not exist.'],
    ['investments.log', { personId: PERSON, minutes: 30, day: 'yesterday' }, 'day', 'Enter a date as YYYY-MM-DD.'],
    ['investments.log', { personId: PERSON, minutes: 30, note: 'x'.repeat(20_001) }, 'note', 'Note must be 20000 characters or fewer.'],
    ['investments.log', { personId: PERSON, minutes: 30, spent: true }, 'spent', '"spent" is not a field this call accepts.'],
    ['investments.delete', { id: ID, personId: PERSON }, 'personId', '"personId" is not a field this call accepts.'],
    ['commitments.save', { personId: PERSON, text: '' }, 'text', 'Commitment cannot be empty.'],
    ['commitments.save', { personId: PERSON, text: '   ' }, 'text', 'Commitment cannot be empty.'],
    ['commitments.save', { personId: PERSON, text: 'x'.repeat(1_001) }, 'text', 'Commitment must be 1000 characters or fewer.'],
    ['commitments.save', { personId: PERSON, text: 'x', owner: 'boss' }, 'owner', 'Owner must be me (you promised it) or them (their ask).'],
    ['commitments.save', { personId: PERSON, text: 'x', dueOn: 'fri' }, 'dueOn', 'Enter a date as YYYY-MM-DD.'],
    // Status changes have their own methods; save does not take one.
    ['commitments.save', { personId: PERSON, text: 'x', status: 'done' }, 'status', '"status" is not a field this call accepts.'],
    ['commitments.list', { personId: PERSON, status: 'pending' }, 'status', 'Status must be open, done or dropped.'],
    ['commitments.complete', { id: ID, day: '2026-13-01' }, 'day', 'That date does not exist.'],
    ['commitments.drop', { id: ID, reason: 'x'.repeat(1_001) }, 'reason', 'Reason must be 1000 characters or fewer.'],
    ['commitments.reopen', {}, 'id', 'id is required.'],
    ['talkingPoints.save', { personId: PERSON, text: '' }, 'text', 'Talking point cannot be empty.'],
    ['talkingPoints.save', { personId: PERSON, text: 'x'.repeat(1_001) }, 'text', 'Talking point must be 1000 characters or fewer.'],
    ['talkingPoints.discuss', { id: ID, day: '23/11/2026' }, 'day', 'Enter a date as YYYY-MM-DD.'],
    ['talkingPoints.reorder', { personId: PERSON, ids: [] }, 'ids', 'The new order must list the talking points.'],
    ['talkingPoints.reorder', { personId: PERSON, ids: [ID, ID] }, 'ids', 'The new order lists a talking point twice.'],
    ['talkingPoints.reorder', { personId: PERSON, ids: [ID, 'x'] }, 'ids.1', 'This id is not a valid identifier.'],
    ['talkingPoints.reorder', { personId: PERSON, ids: 'x' }, 'ids', 'The new order must be a list of talking points.'],
    ['attention.summary', { personId: PERSON }, 'personId', '"personId" is not a field this call accepts.'],
    ['attention.snooze', { personId: PERSON }, 'until', 'until is required.'],
    ['attention.snooze', { personId: PERSON, until: 'next week' }, 'until', 'Enter a date as YYYY-MM-DD.'],
    ['quickLog.parse', { line: 30 }, 'line', 'Quick log must be text.'],
    ['quickLog.parse', { line: 'x'.repeat(QUICK_LOG_MAX + 1) }, 'line', `Quick log must be ${QUICK_LOG_MAX} characters or fewer.`],
    ['quickLog.save', { line: '@Sam 30m', personId: 'sam' }, 'personId', 'This id is not a valid identifier.'],
    ['quickLog.save', { line: '@Sam 30m', dryRun: true }, 'dryRun', '"dryRun" is not a field this call accepts.'],
  ] as const)('%s %j → %s', (method, input, field, message) => {
    const result = check(method, input);
    expect(result).toEqual({ ok: false, field, message });
    if (!result.ok) expect(result.message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});

describe('the invest tables, composed into the contract', () => {
  test('every invest method is composed into the contract, and names read area.verb', () => {
    for (const name of Object.keys(ALL)) expect(Object.hasOwn(methods, name), name).toBe(true);
    for (const name of Object.keys(ALL)) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  test('every write names only known areas, reads touch nothing, and time written reaches Today', () => {
    for (const spec of Object.values(ALL) as MethodTable[string][]) {
      for (const area of spec.touches) expect(DATA_AREAS).toContain(area);
    }
    const touches = (name: Name) => (ALL[name] as MethodTable[string]).touches;
    expect(touches('attention.summary')).toEqual([]);
    expect(touches('quickLog.parse')).toEqual([]);
    expect(touches('commitments.list')).toEqual([]);
    expect(touches('investments.log')).toEqual(['profile', 'timeline', 'attention']);
    expect(touches('quickLog.save')).toEqual(['profile', 'timeline', 'attention']);
    expect(touches('commitments.complete')).toEqual(['profile', 'timeline', 'attention']);
    expect(touches('talkingPoints.reorder')).toEqual(['profile']);
    expect(touches('attention.snooze')).toEqual(['attention']);
  });
});
