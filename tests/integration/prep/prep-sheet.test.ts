import { describe, expect, it } from 'vitest';
import { DAY } from '../../fixtures/clock';
import { expectError, expectOk } from '../../fixtures/results';
import { sideConnection } from '../../fixtures/side-connection';
import { openTestTend } from '../../fixtures/open-test-tend';
import { withPerson } from '../../fixtures/with-person';

// Today is Monday 2026-11-23 in New York (TEST_START).

describe('the prep sheet', () => {
  it('"since last time" covers the days from the last one-on-one, not just recent ones', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    const personId = person.id;
    rows.investment(personId, '2026-11-09', 'one_on_one', 45);
    rows.investment(personId, '2026-11-16', 'one_on_one', 30);
    rows.investment(personId, '2026-11-20', 'coaching', 20);
    for (const [notedOn, body] of [['2026-11-12', 'before the last 1:1'], ['2026-11-16', 'at the last 1:1'], ['2026-11-18', 'after it']]) {
      expectOk(await tend.dispatch('notes.save', { personId, body: body!, notedOn: notedOn! }));
    }
    const goal = expectOk(await tend.dispatch('goals.save', { personId, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }));
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: 'old progress', notedOn: '2026-11-10' }));
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: 'new progress', notedOn: '2026-11-19' }));

    const since = expectOk(await tend.dispatch('prep.forPerson', { personId })).sinceLastTime;
    expect(since).toMatchObject({
      lastOneOnOneOn: '2026-11-16',
      daysSinceOneOnOne: 7,
      lastInvestedOn: '2026-11-20',
      daysSinceInvestment: 3,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(since.notes.map((n) => n.body)).toEqual(['after it', 'at the last 1:1']);
    expect(since.progress.map((p) => [p.body, p.goalTitle])).toEqual([['new progress', 'Lead the launch']]);
    expect(since.investments.map((i) => [i.day, i.kind])).toEqual([
      ['2026-11-20', 'coaching'],
      ['2026-11-16', 'one_on_one'],
    ]);
  });

  it('before any one-on-one, "since last time" is the last 30 days', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    sideConnection(tend).investment(person.id, '2026-11-02', 'check_in');
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: '40 days ago', notedOn: '2026-10-14' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: '20 days ago', notedOn: '2026-11-03' }));

    const since = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).sinceLastTime;
    expect(since).toMatchObject({ lastOneOnOneOn: null, daysSinceOneOnOne: null, lastInvestedOn: '2026-11-02', daysSinceInvestment: 21, from: '2026-10-24' });
    expect(since.notes.map((n) => n.body)).toEqual(['20 days ago']);
  });

  it('follow through lists my open commitments overdue first, then their asks, each with its age', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    rows.commitment(person.id, { text: 'undated', madeOn: '2026-11-01' });
    rows.commitment(person.id, { text: 'due Friday', dueOn: '2026-11-27', madeOn: '2026-11-20' });
    rows.commitment(person.id, { text: 'two days late', dueOn: '2026-11-21', madeOn: '2026-11-10' });
    rows.commitment(person.id, { text: 'five days late', dueOn: '2026-11-18', madeOn: '2026-11-16' });
    rows.commitment(person.id, { text: 'done already', status: 'done' });
    rows.commitment(person.id, { text: 'their draft', owner: 'them', dueOn: '2026-11-22', madeOn: '2026-11-16' });

    const follow = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).followThrough;
    expect(follow.mine.map((c) => [c.text, c.daysOverdue, c.ageDays])).toEqual([
      ['five days late', 5, 7],
      ['two days late', 2, 13],
      ['due Friday', null, 3],
      ['undated', null, 22],
    ]);
    expect(follow.theirs.map((c) => [c.text, c.daysOverdue, c.ageDays])).toEqual([['their draft', 1, 7]]);
  });

  it('talking points show how often they were carried over, and one carried three times is flagged', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    rows.talkingPoint(person.id, 'Promo timeline', '2026-11-01', 1);
    rows.talkingPoint(person.id, 'On-call load', '2026-11-10', 2);
    rows.talkingPoint(person.id, 'Queued at the last 1:1', '2026-11-16', 3);
    for (const day of ['2026-11-02', '2026-11-09', '2026-11-16']) rows.investment(person.id, day, 'one_on_one');
    // A second one-on-one logged the same day counts once.
    rows.investment(person.id, '2026-11-16', 'one_on_one');

    const points = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).talkingPoints;
    expect(points.map((p) => [p.text, p.carried, p.label, p.flag])).toEqual([
      ['Promo timeline', 3, 'carried since 2 Nov · 3rd time', 'still open after three 1:1s — drop it or act?'],
      ['On-call load', 1, 'carried since 16 Nov', null],
      ['Queued at the last 1:1', 0, null, null],
    ]);
  });

  it('shows active goals and challenges with the latest progress and how long since, what matters, and dates in their window', async () => {
    const { tend, person } = await withPerson('Sam Lee', '2021-11-27');
    const personId = person.id;
    const goal = expectOk(await tend.dispatch('goals.save', { personId, kind: 'goal', sphere: 'personal', title: 'Run a half marathon' }));
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: '10 km done', notedOn: '2026-11-02' }));
    expectOk(await tend.dispatch('progress.save', { goalId: goal.id, body: '15 km done', notedOn: '2026-11-13' }));
    expectOk(await tend.dispatch('goals.save', { personId, kind: 'challenge', sphere: 'professional', title: 'Public speaking' }));
    expectOk(await tend.dispatch('goals.save', { personId, kind: 'goal', sphere: 'professional', title: 'Old goal', status: 'achieved' }));
    expectOk(await tend.dispatch('matters.save', { personId, what: 'Home for bedtime', why: 'Two small kids' }));
    expectOk(await tend.dispatch('details.save', { personId, kind: 'family', name: 'Maya', relation: 'daughter', birthday: '2018-11-26' }));
    expectOk(await tend.dispatch('dates.save', { personId, title: 'Moves house', on: '2027-01-10' }));

    const sheet = expectOk(await tend.dispatch('prep.forPerson', { personId }));
    expect(sheet.goals.map((g) => [g.title, g.latestProgress?.body ?? null, g.daysSinceProgress])).toEqual([
      ['Run a half marathon', '15 km done', 10],
      ['Public speaking', null, 0],
    ]);
    expect(sheet.matters.map((m) => [m.what, m.why])).toEqual([['Home for bedtime', 'Two small kids']]);
    expect(sheet.dates.map((d) => [d.title, d.nextOn])).toEqual([
      ['Maya’s birthday', '2026-11-26'],
      ['Work anniversary', '2026-11-27'],
    ]);
    // The family birthday in the window becomes a question too.
    expect(sheet.questions.map((q) => q.rule)).toContain('family-birthday');
  });

  it('"a year ago with them" shows notes within three days of this day last year', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    for (const notedOn of ['2025-11-19', '2025-11-20', '2025-11-26', '2025-11-27', '2026-11-20']) {
      expectOk(await tend.dispatch('notes.save', { personId: person.id, body: `note of ${notedOn}`, notedOn }));
    }
    const yearAgo = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).yearAgo;
    expect(yearAgo).toMatchObject({ from: '2025-11-20', to: '2025-11-26' });
    expect(yearAgo.notes.map((n) => n.notedOn)).toEqual(['2025-11-20', '2025-11-26']);
  });

  it('questions can be dismissed for a week ("not now") or for good ("never") for this person only', async () => {
    const { tend, person, clock } = await withPerson('Sam Lee');
    const other = expectOk(await tend.dispatch('people.save', { name: 'Ana Lima' }));
    // A work goal and a hobby known: two gaps left.
    expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }));
    expectOk(await tend.dispatch('details.save', { personId: person.id, kind: 'hobby', name: 'Climbing' }));
    const before = expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).questions;
    expect(before.map((q) => q.text)).toEqual(['What matters most to Sam right now, and why?', 'What is Sam hoping for outside work this year?']);
    const [matters, personal] = before;

    const afterNotNow = expectOk(await tend.dispatch('prep.dismissQuestion', { personId: person.id, key: matters!.key, how: 'not_now' }));
    expect(afterNotNow.map((q) => q.key)).toEqual([personal!.key]);
    expectOk(await tend.dispatch('prep.dismissQuestion', { personId: person.id, key: personal!.key, how: 'never' }));
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).questions).toEqual([]);
    // Another person's questions are untouched.
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: other.id })).questions).toHaveLength(4);

    clock.advance(7 * DAY);
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).questions.map((q) => q.key)).toEqual([matters!.key]);
  });

  it('refuses an archived or unknown person with a typed error naming personId', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    expectOk(await tend.dispatch('people.archive', { id: person.id }));
    expect(expectError(await tend.dispatch('prep.forPerson', { personId: person.id }))).toMatchObject({ code: 'conflict', field: 'personId' });
    expect(expectError(await tend.dispatch('prep.markdown', { personId: person.id }))).toMatchObject({ code: 'conflict', field: 'personId' });
    const unknown = '6f1d2c3b-0000-4000-8000-000000000000';
    expect(expectError(await tend.dispatch('prep.forPerson', { personId: unknown }))).toMatchObject({ code: 'not_found', field: 'personId' });
    expect(expectError(await tend.dispatch('prep.dismissQuestion', { personId: unknown, key: 'x', how: 'never' }))).toMatchObject({ code: 'not_found' });
    expect(expectError(await tend.dispatch('prep.forPerson', { personId: 'nope' }))).toMatchObject({ code: 'invalid_input', field: 'personId' });
  });

  it('exports the sheet as Markdown with every section', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    rows.investment(person.id, '2026-11-16', 'one_on_one');
    rows.commitment(person.id, { text: 'Send the budget link', dueOn: '2026-11-20', madeOn: '2026-11-16' });
    rows.talkingPoint(person.id, 'Promo timeline', '2026-11-10');
    expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Home for bedtime', why: 'Two small kids' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Seemed tired.\nAsked about the move.', notedOn: '2026-11-18' }));

    const markdown = expectOk(await tend.dispatch('prep.markdown', { personId: person.id }));
    expect(markdown).toContain('# Prep: Sam Lee');
    expect(markdown).toContain('- Last 1:1 7 days ago');
    expect(markdown).toContain('- 18 Nov · note: Seemed tired. Asked about the move.');
    expect(markdown).toContain('- [ ] Send the budget link (overdue 3 days · made 7 days ago)');
    expect(markdown).toContain('- [ ] Promo timeline (carried since 16 Nov)');
    expect(markdown).toContain('- Home for bedtime — Two small kids');
    expect(markdown).toContain('## A year ago with them\n\n- Nothing written that week last year.');
    expect(markdown).toContain('## Questions to consider\n\n- What is Sam working toward at work right now, and what stands in the way? (No goal or challenge at work recorded yet.)');
  });

  it('asks what a thin profile’s gaps call for: a new person, one with only notes, and everyone on the sample team (issue 20)', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rules = async (personId: string) => expectOk(await tend.dispatch('prep.forPerson', { personId })).questions.map((q) => q.rule);
    const thin = ['what-matters-gap', 'no-work-goal', 'little-known-outside-work', 'no-personal-goal'];
    expect(await rules(person.id)).toEqual(thin);
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Quiet in standup.', mood: 2 }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Good demo.', notedOn: '2026-11-20' }));
    expect(await rules(person.id)).toEqual(thin);
    expect(expectOk(await tend.dispatch('prep.markdown', { personId: person.id }))).not.toContain('None this time');

    const sample = await openTestTend();
    expectOk(await sample.tend.dispatch('sample.load', {}));
    const team = expectOk(await sample.tend.dispatch('people.list', {}));
    expect(team.length).toBeGreaterThan(5);
    for (const member of team) {
      const questions = expectOk(await sample.tend.dispatch('prep.forPerson', { personId: member.id })).questions;
      expect(questions.length, member.name).toBeGreaterThan(0);
    }
  });

  it('offers their usual one-on-one length: their recent ones, else one for their cadence (issue 20)', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).usualMinutes).toBe(30);
    expectOk(await tend.dispatch('people.save', { id: person.id, expectedUpdatedAt: person.updatedAt, name: 'Sam Lee', cadenceDays: 14 }));
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).usualMinutes).toBe(45);
    const rows = sideConnection(tend);
    rows.investment(person.id, '2026-11-02', 'one_on_one', 50);
    rows.investment(person.id, '2026-11-16', 'one_on_one', 40);
    rows.investment(person.id, '2026-11-18', 'coaching', 120);
    rows.investment(person.id, '2026-11-09', 'one_on_one', 60);
    expect(expectOk(await tend.dispatch('prep.forPerson', { personId: person.id })).usualMinutes).toBe(50);
  });

  it('words the Markdown as the app does: kinds by name, hours, "today", what they asked for, the why as written (issue 20)', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    rows.investment(person.id, '2026-11-16', 'one_on_one', 120);
    rows.investment(person.id, '2026-11-20', 'check_in', 45);
    rows.commitment(person.id, { text: 'A review of the rota', owner: 'them', madeOn: '2026-11-23' });
    expectOk(await tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }));
    expectOk(await tend.dispatch('matters.save', { personId: person.id, what: 'Being heard', why: 'Felt overlooked in the launch' }));

    const markdown = expectOk(await tend.dispatch('prep.markdown', { personId: person.id }));
    expect(markdown).toContain('- 16 Nov · 2 h · One-on-one');
    expect(markdown).toContain('- 20 Nov · 45 min · Informal check-in');
    expect(markdown).toContain('Sam asked for:\n\n- [ ] A review of the rota (made today)');
    expect(markdown).toContain('- Goal (professional): Lead the launch — nothing noted yet (added today)');
    expect(markdown).toContain('- Being heard — Felt overlooked in the launch');
    expect(markdown).not.toMatch(/one on one|120 min|because|0 days ago|Their asks/);
  });

  it('lists “Since last time” newest day first across notes and time, as the sheet does', async () => {
    const { tend, person } = await withPerson('Sam Lee');
    const rows = sideConnection(tend);
    rows.investment(person.id, '2026-11-16', 'coaching', 30);
    rows.investment(person.id, '2026-11-21', 'check_in', 15);
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Asked about the move.', notedOn: '2026-11-18' }));
    expectOk(await tend.dispatch('notes.save', { personId: person.id, body: 'Good demo.', notedOn: '2026-11-22' }));

    const markdown = expectOk(await tend.dispatch('prep.markdown', { personId: person.id }));
    const since = markdown.slice(markdown.indexOf('## Since last time'), markdown.indexOf('## Follow through'));
    expect(since.match(/^- \d+ Nov · .*$/gm)).toEqual([
      '- 22 Nov · note: Good demo.',
      '- 21 Nov · 15 min · Informal check-in',
      '- 18 Nov · note: Asked about the move.',
      '- 16 Nov · 30 min · Coaching',
    ]);
  });
});
