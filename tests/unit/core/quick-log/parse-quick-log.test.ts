import { describe, expect, test } from 'vitest';
import { parseQuickLog, type QuickLogContext } from '../../../../src/core/quick-log/parse-quick-log';
import type { QuickLogField } from '../../../../src/shared/quick-log';
import { MINUTES_MESSAGE } from '../../../../src/shared/investments';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SAM = id(1);
const SAMANTHA = id(2);
const ANA_MARIA = id(3);
const ANA_LIMA = id(4);
const JOSE = id(5);
const LEE = id(6);
const LI = id(7);
const ALEX_1 = id(8);
const ALEX_2 = id(9);
const BOB = id(10);

const people = [
  { id: SAM, name: 'Sam Rivera', preferredName: null },
  { id: SAMANTHA, name: 'Samantha Lee', preferredName: 'Sammy' },
  { id: ANA_MARIA, name: 'Ana María Souza', preferredName: null },
  { id: ANA_LIMA, name: 'Ana Lima', preferredName: null },
  { id: JOSE, name: 'José Núñez', preferredName: 'Pepe' },
  { id: LEE, name: 'Lee Chan', preferredName: null },
  { id: LI, name: 'Li Todorov', preferredName: null },
  { id: ALEX_1, name: 'Alex Kim', preferredName: null },
  { id: ALEX_2, name: 'Alex Kim', preferredName: null },
  { id: BOB, name: 'Robert Fox', preferredName: 'Bob' },
];

/** Monday 23 November 2026, the e2e fixtures' pinned day. */
const TODAY = '2026-11-23';
const context = (extra: Partial<QuickLogContext> = {}): QuickLogContext => ({ today: TODAY, people, ...extra });

const invested = (personId: string, minutes: number, kind: string, day: string, note: string | null = null) => ({
  type: 'investment',
  personId,
  minutes,
  kind,
  day,
  note,
});

describe('time invested: person, minutes, kind, day and note', () => {
  test.each([
    ['@Sam 30m coaching yesterday: walked through the promo case', invested(SAM, 30, 'coaching', '2026-11-22', 'walked through the promo case')],
    // Without a kind, a quick chat is the expected default (a 1:1 would reset "last 1:1" in prep).
    ['@sam 30m', invested(SAM, 30, 'check_in', TODAY)],
    ['  @Sam   45m   ', invested(SAM, 45, 'check_in', TODAY)],
    ['@Samantha 1h', invested(SAMANTHA, 60, 'check_in', TODAY)],
    ['@Sammy 45 min', invested(SAMANTHA, 45, 'check_in', TODAY)],
    ['@Sama 15m', invested(SAMANTHA, 15, 'check_in', TODAY)],
    ['@Rivera 20m', invested(SAM, 20, 'check_in', TODAY)],
    ['@riv 20m', invested(SAM, 20, 'check_in', TODAY)],
    ['@Sam Rivera 1h30 career', invested(SAM, 90, 'career', TODAY)],
    ['@"Ana María" 30m', invested(ANA_MARIA, 30, 'check_in', TODAY)],
    ['@“Ana Maria” 30m', invested(ANA_MARIA, 30, 'check_in', TODAY)],
    ['@Ana Maria 30m', invested(ANA_MARIA, 30, 'check_in', TODAY)],
    ['@ANA MARÍA SOUZA 30m', invested(ANA_MARIA, 30, 'check_in', TODAY)],
    ['@jose 1h', invested(JOSE, 60, 'check_in', TODAY)],
    ['@Pepe 1h', invested(JOSE, 60, 'check_in', TODAY)],
    ['@Núñez 1h', invested(JOSE, 60, 'check_in', TODAY)],
    ['@Bob 30m', invested(BOB, 30, 'check_in', TODAY)],
    ['@Sam: 30m', invested(SAM, 30, 'check_in', TODAY)],
    ['@Sam, 30m coaching', invested(SAM, 30, 'coaching', TODAY)],
    ['@"Ana María": 30m', invested(ANA_MARIA, 30, 'check_in', TODAY)],
    ['@Sam : 1h : the plan', invested(SAM, 60, 'check_in', TODAY, 'the plan')],
    // A whole first name beats a name that merely starts with it.
    ['@Sam 10m', invested(SAM, 10, 'check_in', TODAY)],
  ] as const)('%s', (line, expected) => {
    expect(parseQuickLog(line, context())).toEqual(expected);
  });

  test.each([
    ['@Sam 1h', 60],
    ['@Sam 1hr', 60],
    ['@Sam 45mins', 45],
    ['@Sam 1h 30m', 90],
    ['@Sam 1h 30', 90],
    ['@Sam 1h30m', 90],
    ['@Sam 90 min', 90],
    ['@Sam 2 hours', 120],
    ['@Sam 2 hours 15 minutes', 135],
    ['@Sam 1.5h', 90],
    ['@Sam 0.25h', 15],
    ['@Sam 1m', 1],
    ['@Sam 10h', 600],
    ['@Sam 600 minutes', 600],
  ] as const)('minutes: %s → %i', (line, minutes) => {
    expect(parseQuickLog(line, context())).toMatchObject({ type: 'investment', minutes, note: null });
  });

  test.each([
    ['@Sam 30m 1:1', 'one_on_one', null],
    ['@Sam 30m 1on1', 'one_on_one', null],
    ['@Sam 30m One-on-one', 'one_on_one', null],
    ['@Sam 30m 1:1: went well', 'one_on_one', 'went well'],
    ['@Sam kudos 5m', 'recognition', null],
    ['@Sam 30m check-in', 'check_in', null],
    ['@Sam 30m Personal: moving house', 'personal', 'moving house'],
    // A second kind word is the start of the note, not an error: kind words are ordinary English.
    ['@Sam 30m coaching personal stuff', 'coaching', 'personal stuff'],
    ['@Sam 30m other', 'other', null],
    ['@Sam career 20m', 'career', null],
  ] as const)('kind: %s → %s', (line, kind, note) => {
    expect(parseQuickLog(line, context())).toMatchObject({ type: 'investment', personId: SAM, kind, note });
  });

  test.each([
    // Today is Monday 23 November 2026.
    ['@Sam 30m yesterday', TODAY, '2026-11-22'],
    ['@Sam 30m fri', TODAY, '2026-11-20'],
    ['@Sam 30m sunday', TODAY, '2026-11-22'],
    // A weekday is the most recent one, today included: "monday" on a Monday is today …
    ['@Sam 30m monday', TODAY, TODAY],
    // … and "last monday" is strictly before.
    ['@Sam 30m last monday', TODAY, '2026-11-16'],
    ['@Sam 30m on tue', TODAY, '2026-11-17'],
    ['@Sam 30m 3d ago', TODAY, '2026-11-20'],
    ['@Sam 30m 3 days ago', TODAY, '2026-11-20'],
    ['@Sam 30m 2 weeks ago', TODAY, '2026-11-09'],
    ['@Sam 1h 3 days ago', TODAY, '2026-11-20'],
    ['@Sam yesterday 30m', TODAY, '2026-11-22'],
    ['@Sam 30m 2026-11-01', TODAY, '2026-11-01'],
    ['@Sam 30m today', TODAY, TODAY],
    // Across the year's end and 29 February.
    ['@Sam 30m thu', '2027-01-02', '2026-12-31'],
    ['@Sam 30m 5d ago', '2027-01-02', '2026-12-28'],
    ['@Sam 30m yesterday', '2028-03-01', '2028-02-29'],
    // Across New York's daylight-saving change (8 March 2026).
    ['@Sam 30m sat', '2026-03-09', '2026-03-07'],
  ] as const)('day: %s on %s → %s', (line, today, day) => {
    expect(parseQuickLog(line, context({ today }))).toMatchObject({ type: 'investment', day });
  });

  test.each([
    ['@Sam 30m walked through the promo case', 'walked through the promo case'],
    ['@Sam 30m : a spaced colon', 'a spaced colon'],
    ['@Sam 30m coaching: ', null],
    ['@Sam 30m yesterday: agenda: budget, hiring', 'agenda: budget, hiring'],
    ['@Sam 30m today we talked about *growth*', 'we talked about *growth*'],
  ] as const)('note: %s → %s', (line, note) => {
    expect(parseQuickLog(line, context())).toMatchObject({ type: 'investment', note });
  });

  test('an ambiguous name is settled by the person picked from the candidates', () => {
    expect(parseQuickLog('@Ana 30m', context({ personId: ANA_LIMA }))).toEqual(invested(ANA_LIMA, 30, 'check_in', TODAY));
    // A pick that is not among the candidates does not override the name.
    expect(parseQuickLog('@Sam 30m', context({ personId: ANA_LIMA }))).toMatchObject({ personId: SAM });
  });
});

describe('commitments, asks and talking points', () => {
  test.each([
    ['@Sam todo: send the budget link by fri', 'me', 'send the budget link', '2026-11-27'],
    ['@Sam todo send the link by Friday.', 'me', 'send the link', '2026-11-27'],
    // "by mon" on a Monday is today.
    ['@Sam todo: check the offer by mon', 'me', 'check the offer', TODAY],
    ['@Sam promise: ask about the conference budget by sun', 'me', 'ask about the conference budget', '2026-11-29'],
    ['@Sam todo: book the offsite by 2026-12-04', 'me', 'book the offsite', '2026-12-04'],
    ['@Sam todo: call about the visa tomorrow', 'me', 'call about the visa', '2026-11-24'],
    ['@Sam todo: ping legal', 'me', 'ping legal', null],
    ['@Sam todo: go by bus', 'me', 'go by bus', null],
    ['@Sam todo: reply to Maya, due wed', 'me', 'reply to Maya', '2026-11-25'],
    ['@Sam ask: share the design doc by tomorrow', 'them', 'share the design doc', '2026-11-24'],
    ['@Sam ask: draft the RFC in 3 days', 'them', 'draft the RFC', '2026-11-26'],
    ['@Sam ask: finish the review in 2 weeks', 'them', 'finish the review', '2026-12-07'],
    ['@Li todo: send notes', 'me', 'send notes', null],
    ['@Sam todo: wrap up by fri', 'me', 'wrap up', '2026-11-27'],
    // Across the year's end.
    ['@Sam todo: send the plan by mon', 'me', 'send the plan', '2027-01-04'],
  ] as const)('%s', (line, owner, text, dueOn) => {
    const today = line.includes('send the plan') ? '2027-01-02' : TODAY;
    const personId = line.startsWith('@Li') ? LI : SAM;
    expect(parseQuickLog(line, context({ today }))).toEqual({ type: 'commitment', personId, owner, text, dueOn });
  });

  test.each([
    ['@Sam next: promo timeline', SAM, 'promo timeline'],
    ['@Sam Rivera next: the move to Platform', SAM, 'the move to Platform'],
    ['@Sam NEXT raise by fri as is', SAM, 'raise by fri as is'],
  ] as const)('%s', (line, personId, text) => {
    expect(parseQuickLog(line, context())).toEqual({ type: 'talkingPoint', personId, text });
  });
});

describe('notes: a colon right after the name and no minutes, or “note:”', () => {
  test.each([
    ['@Sam: noticed she stayed late for the launch', SAM, 'noticed she stayed late for the launch'],
    ['@Sam Rivera: calm in the incident review', SAM, 'calm in the incident review'],
    ['@"Ana María": asked to lead the demo', ANA_MARIA, 'asked to lead the demo'],
    ['@Sam : coaching went well', SAM, 'coaching went well'],
    // Words the head would read (a kind, a day) are the note's own words here.
    ['@Sam: coaching yesterday was her best yet', SAM, 'coaching yesterday was her best yet'],
    ['@Sam note: wants more design work', SAM, 'wants more design work'],
    ['@Sam NOTE keeps a tidy backlog', SAM, 'keeps a tidy backlog'],
  ] as const)('%s', (line, personId, text) => {
    expect(parseQuickLog(line, context())).toEqual({ type: 'note', personId, text });
  });

  test.each([
    // Minutes after the colon still log time, as before notes existed.
    ['@Sam: 30m coaching', invested(SAM, 30, 'coaching', TODAY)],
    ['@"Ana María", 1h', invested(ANA_MARIA, 60, 'check_in', TODAY)],
  ] as const)('%s is time invested', (line, entry) => {
    expect(parseQuickLog(line, context())).toEqual(entry);
  });
});

describe('problems name the part of the line to fix', () => {
  test.each([
    ['', 'line', /Type a line/],
    ['   ', 'line', /Type a line/],
    ['Sam 30m', 'person', /Start with @/],
    ['@ 30m', 'person', /name right after @/],
    ['@Zed 30m', 'person', /No one on your team is called “Zed”/],
    ['@"Ana María 30m', 'person', /Close the quotes/],
    ['@"Nobody Here" 30m', 'person', /called “Nobody Here”/],
    ['@Sam coaching', 'minutes', /Add the minutes/],
    ['@Sam', 'minutes', /Add the minutes/],
    ['@Sam coffee 30m', 'minutes', /Add the minutes/],
    ['@Sam 0m', 'minutes', MINUTES_MESSAGE],
    ['@Sam 601m', 'minutes', MINUTES_MESSAGE],
    ['@Sam 11h', 'minutes', MINUTES_MESSAGE],
    ['@Sam 1.5m', 'minutes', MINUTES_MESSAGE],
    ['@Sam 30m 1h', 'minutes', /given twice/],
    ['@Sam 30m tomorrow', 'day', /cannot be in the future/],
    ['@Sam 30m 2026-12-01', 'day', /cannot be in the future/],
    ['@Sam 30m 2026-02-30', 'day', 'Day must be a real date written as YYYY-MM-DD.'],
    ['@Sam 30m 2026-2-3', 'day', 'Day must be a real date written as YYYY-MM-DD.'],
    ['@Sam 30m today yesterday', 'day', /given twice/],
    ['@Sam todo:', 'text', /Commitment cannot be empty/],
    ['@Sam todo: by fri', 'text', /Commitment cannot be empty/],
    ['@Sam ask:', 'text', /Ask cannot be empty/],
    ['@Sam next:', 'text', /Talking point cannot be empty/],
    ['@Sam:', 'text', /Note cannot be empty/],
    ['@Sam note:', 'text', /Note cannot be empty/],
    [`@Sam: ${'x'.repeat(20_001)}`, 'text', 'Note must be 20000 characters or fewer.'],
    ['@Sam todo: send it by 2026-11-01', 'dueOn', 'Due day has already passed; choose today or a later day.'],
    ['@Sam todo: send it by 2026-13-01', 'dueOn', 'Due day must be a real date written as YYYY-MM-DD.'],
    ['@Sam todo: send it by next fri', 'dueOn', 'Due day “next Friday” is unclear; write “by fri” for 2026-11-27 or give the date.'],
    [`@Sam 30m: ${'x'.repeat(20_001)}`, 'note', 'Note must be 20000 characters or fewer.'],
    [`@Sam todo: ${'x'.repeat(1_001)}`, 'text', 'Commitment must be 1000 characters or fewer.'],
    [`@Sam next: ${'x'.repeat(1_001)}`, 'text', 'Talking point must be 1000 characters or fewer.'],
  ] as const)('%s → %s', (line, field: QuickLogField, message) => {
    const result = parseQuickLog(line, context());
    expect(result).toMatchObject({ type: 'error', field });
    if (result.type !== 'error') return;
    if (typeof message === 'string') expect(result.message).toBe(message);
    else expect(result.message).toMatch(message);
    // One sentence each.
    expect(result.message.match(/[.!?](\s|$)/g) ?? []).toHaveLength(1);
  });

  test.each([
    ['@Sa 15m', 'Sa', [SAM, SAMANTHA]],
    ['@Ana 30m', 'Ana', [ANA_LIMA, ANA_MARIA]],
    // Whole words anywhere in the name fit equally: a first name and a surname.
    ['@Lee 10m', 'Lee', [LEE, SAMANTHA]],
    // Two people with the same name can only be told apart by picking one.
    ['@Alex Kim 30m', 'Alex Kim', [ALEX_1, ALEX_2]],
  ] as const)('%s is ambiguous: asks which', (line, shown, ids) => {
    const result = parseQuickLog(line, context());
    expect(result).toMatchObject({ type: 'error', field: 'person' });
    if (result.type !== 'error') return;
    expect(result.candidates?.map((c) => c.id)).toEqual(ids);
    expect(result.message).toMatch(new RegExp(`^“${shown}” could be .+ or .+; choose one\\.$`));
  });

  test('archived people are not passed in, so their names are not found', () => {
    const active = people.filter((p) => p.id !== BOB);
    expect(parseQuickLog('@Bob 30m', { today: TODAY, people: active })).toMatchObject({ type: 'error', field: 'person' });
  });
});
