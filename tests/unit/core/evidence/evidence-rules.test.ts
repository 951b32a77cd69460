import { describe, expect, it } from 'vitest';
import { durationWords, evidenceMarkdown } from '../../../../src/core/evidence/evidence-markdown';
import type { EvidencePack } from '../../../../src/shared/evidence';
import { linesMentioning } from '../../../../src/core/evidence/journal-lines';
import { mentionParser } from '../../../../src/core/journal/mentions';
import { evidencePeriod } from '../../../../src/core/evidence/period';

describe('evidencePeriod', () => {
  it.each([
    ['2026-11-23', undefined, undefined, { from: '2026-05-23', to: '2026-11-23' }],
    // 31 August minus six months has no 31 February: the month's last day.
    ['2026-08-31', undefined, undefined, { from: '2026-02-28', to: '2026-08-31' }],
    ['2026-11-23', undefined, '2026-06-30', { from: '2025-12-30', to: '2026-06-30' }],
    ['2026-11-23', '2026-01-01', undefined, { from: '2026-01-01', to: '2026-11-23' }],
    ['2026-11-23', '2026-01-01', '2026-03-31', { from: '2026-01-01', to: '2026-03-31' }],
  ])('today %s, from %s, to %s → %o', (today, from, to, expected) => {
    expect(evidencePeriod(today, from, to)).toEqual(expected);
  });
});

describe('linesMentioning', () => {
  const people = [
    { id: 'sam', name: 'Samuel Okafor', preferredName: 'Sam' },
    { id: 'priya', name: 'Priya Raman', preferredName: null },
  ];
  it.each([
    ['accents and case fold as the journal folds them', 'Café with @SAM.\nÉté: @sam again', ['Café with @SAM.', 'Été: @sam again']],
    ['one line, said once', 'Met @Sam today.', ['Met @Sam today.']],
    ['a line naming them twice is one line', '@Sam and @Samuel Okafor', ['@Sam and @Samuel Okafor']],
    ['lines of others are left out', 'Lunch with @Priya\n  Pairing with @Sam  \nQuiet.', ['Pairing with @Sam']],
    ['an open to-do is an intention, a done one happened', '- [ ] call @Sam\n- [x] thanked @Sam', ['- [x] thanked @Sam']],
    ['code and e-mail addresses are not mentions', '`@Sam` and sam@example.com', []],
    ['two lines, in the entry’s order', '@Sam first\nthen\n@Sam last', ['@Sam first', '@Sam last']],
  ])('%s', (_, body, expected) => {
    expect(linesMentioning(body, 'sam', mentionParser(people))).toEqual(expected);
  });
});

describe('durationWords', () => {
  it.each([
    [5, '5 min'],
    [60, '1 h'],
    [75, '1 h 15 min'],
    [600, '10 h'],
  ])('%i → %s', (minutes, words) => expect(durationWords(minutes)).toBe(words));
});

describe('evidenceMarkdown: journal lines', () => {
  const pack = (lines: string[]): EvidencePack => ({
    person: { id: 'p1', name: 'Priya Raman', callName: 'Priya', role: null },
    from: '2026-05-23',
    to: '2026-11-23',
    feedback: { praise: [], constructive: [] },
    recognition: [],
    goals: { closed: [], progress: [] },
    commitments: { mine: [], theirs: [] },
    matters: [],
    time: { totalMinutes: 0, byKind: [] },
    journal: lines.map((line) => ({ entryId: 'e1', day: '2026-11-20', line })),
  });

  // A mention reads as the name, as on the evidence page and everywhere else (shared/journal-plain-text.ts).
  it.each([
    ['Hard talk with @Priya Raman about @Sam.', '- 20 Nov 2026 (journal): Hard talk with Priya Raman about Sam.'],
    ['(@Priya Raman) led the review', '- 20 Nov 2026 (journal): (Priya Raman) led the review'],
    ['Mail priya@example.com', '- 20 Nov 2026 (journal): Mail priya@example.com'],
  ])('%s → %s', (line, expected) => {
    expect(evidenceMarkdown(pack([line]), ['journal']).split('\n')).toContain(expected);
  });
});
